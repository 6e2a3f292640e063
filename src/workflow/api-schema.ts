import { z } from "zod";
import {
  caseStatusSchema,
  faultSchema,
  outcomeSchema,
  playbookItemKeySchema,
  prioritySchema,
} from "../shared/vocabulary";

const when = z.iso.datetime();
const person = z.object({ id: z.uuid(), name: z.string() });
const problem = z.object({ field: z.string(), reason: z.string() });
const clock = z
  .object({ state: z.string(), startedAt: when, dueAt: when.nullable(), remainingMinutes: z.number() })
  .nullable();

export const transitionBody = z
  .object({
    to: caseStatusSchema,
    outcome: outcomeSchema.optional(),
    reason: z.string().trim().max(2000).optional(),
  })
  .meta({
    example: { to: "resolved", outcome: "recovered", reason: "Refund sent and confirmed by the customer." },
  });

export const playbookParams = z.object({ id: z.uuid(), item: playbookItemKeySchema });
export const playbookBody = z
  .object({
    done: z.boolean(),
    evidence: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({
    example: {
      done: true,
      evidence: { text: "I'm sorry we charged you twice; that should not have happened." },
    },
  });

export const rootCauseBody = z
  .object({
    key: z.string().min(1).max(40),
    fault: faultSchema,
    note: z.string().max(2000).optional(),
  })
  .meta({ example: { key: "billing", fault: "yes", note: "The payment retry ran twice after a timeout." } });

export const assignBody = z
  .object({
    userId: z.uuid().nullable(),
    queue: z.string().min(1).max(40).optional(),
  })
  .meta({ example: { userId: "5b0e4c1a-2f3d-4e5a-8b9c-0d1e2f3a4b5c" } });
export const difficultBody = z
  .object({ difficult: z.boolean(), reason: z.string().max(500).optional() })
  .meta({
    example: { difficult: true, reason: "Third complaint this month, threatens to go to the press." },
  });

export const helpRequestBody = z
  .object({
    to: z.enum(["supervisor", "team", "user"]),
    team: z.string().min(1).max(40).optional(),
    userId: z.uuid().optional(),
    priority: prioritySchema.default("high"),
    dueAt: z.iso.datetime({ offset: true }),
    note: z.string().trim().min(1).max(4000),
  })
  .refine((b) => b.to !== "team" || b.team, { message: "name the team", path: ["team"] })
  .refine((b) => b.to !== "user" || b.userId, { message: "name the user", path: ["userId"] })
  .meta({
    example: {
      to: "supervisor",
      priority: "high",
      dueAt: "2026-03-02T12:00:00Z",
      note: "Can we refund beyond the 30-day window here?",
    },
  });

export const helpRequestStatuses = ["open", "answered", "withdrawn"] as const;
export type HelpRequestStatus = (typeof helpRequestStatuses)[number];

export const helpRequestSchema = z.object({
  id: z.uuid(),
  case: z.object({ id: z.uuid(), number: z.number().int(), subject: z.string().nullable() }),
  requestedBy: person.nullable(),
  to: z.object({
    kind: z.enum(["supervisor", "team", "user"]),
    team: z.string().nullable(),
    userId: z.uuid().nullable(),
  }),
  priority: prioritySchema,
  note: z.string(),
  status: z.enum(helpRequestStatuses),
  answer: z.string().nullable(),
  answeredAt: when.nullable(),
  dueAt: when,
  warnedAt: when.nullable(),
  breachedAt: when.nullable(),
  createdAt: when,
});

export const helpRequestListQuery = z.object({
  for: z.enum(["me", "mine"]).default("me"),
  status: z.enum([...helpRequestStatuses, "all"]).default("open"),
  caseId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const answerBody = z
  .object({ answer: z.string().trim().min(1).max(4000) })
  .meta({ example: { answer: "Yes: refund in full and add a goodwill voucher." } });

export const notificationListQuery = z.object({
  unread: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export const notificationListResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      caseId: z.uuid().nullable(),
      data: z.record(z.string(), z.unknown()).nullable(),
      createdAt: when,
      readAt: when.nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const workflowResponse = z.object({
  caseId: z.uuid(),
  number: z.number().int(),
  status: caseStatusSchema,
  priority: prioritySchema,
  owner: person.nullable(),
  queue: z.string().nullable(),
  difficult: z.boolean(),
  difficultReason: z.string().nullable(),
  rootCause: z
    .object({ key: z.string(), label: z.string(), fault: z.string().nullable(), note: z.string().nullable() })
    .nullable(),
  outcome: z.object({ outcome: z.string(), reason: z.string().nullable() }).nullable(),
  playbook: z.array(
    z.object({
      key: playbookItemKeySchema,
      label: z.string(),
      done: z.boolean(),
      source: z.enum(["mend", "agent"]).nullable(),
      evidence: z.record(z.string(), z.unknown()).nullable(),
      doneAt: when.nullable(),
    }),
  ),
  gates: z.object({ resolve: z.array(problem), close: z.array(problem) }),
  allowedTransitions: z.array(caseStatusSchema),
  sla: z.object({
    paused: z.boolean(),
    firstResponseDueAt: when.nullable(),
    nextUpdateDueAt: when.nullable(),
    resolutionDueAt: when.nullable(),
    clocks: z.object({ firstResponse: clock, nextUpdate: clock, resolution: clock }),
    outcomes: z.array(
      z.object({ clock: z.string(), hit: z.boolean(), actualMinutes: z.number(), targetMinutes: z.number() }),
    ),
    alerts: z.array(z.object({ clock: z.string(), kind: z.string(), firedAt: when })),
  }),
  assignments: z.array(
    z.object({
      from: person.nullable(),
      to: person.nullable(),
      queue: z.string().nullable(),
      reason: z.string(),
      byUserId: z.uuid().nullable(),
      at: when,
    }),
  ),
  helpRequests: z.array(helpRequestSchema),
});

export const timelineResponse = z.object({
  items: z.array(
    z.object({
      kind: z.enum(["interaction", "event"]),
      id: z.string(),
      at: when,
      action: z.string(),
      actor: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});
