import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { coachReply } from "../coach/engine/coach-reply";
import { gatherCoachContext } from "../coach/gather-coach-context";
import type { Db } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import type { JobRunner, OutboundDelivery } from "../platform/jobs/define-job";
import { type ReplyStage, replyChannelSchema } from "../shared/vocabulary";
import { refreshCaseSla } from "../workflow/refresh-case-sla";
import { cases, interactions } from "./tables";

// A reply is checked by the coach once more on the server; blockers stop it unless the agent
// overrides them with a reason, which stays on the interaction for supervisors to see.
export async function sendReply(options: {
  db: Db;
  jobs: JobRunner;
  outbound: OutboundDelivery;
  orgId: string;
  caseId: string;
  actor: Extract<Principal, { kind: "user" }>;
  text: string;
  stage: ReplyStage;
  override?: { reason: string };
}) {
  const { db, orgId, caseId, actor } = options;
  const [current] = await db
    .select({
      channel: cases.channel,
      customerId: cases.customerId,
      number: cases.number,
      subject: cases.subject,
    })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)));
  if (!current) throw AppError.notFound("That case");
  // A case opened through the API is answered like email.
  const channel = replyChannelSchema.catch("email").parse(current.channel);
  const context = await gatherCoachContext({ db, orgId, caseId });
  const report = coachReply({ ...context, text: options.text, channel, stage: options.stage });
  const blockers = report.findings.filter((finding) => finding.severity === "blocker");
  if (blockers.length > 0 && !options.override) {
    throw new AppError(
      "conflict",
      "The coach found problems that stop this reply. Fix them, or override with a reason.",
      {
        details: blockers.map((b) => ({
          field: `text[${b.start}:${b.end}]`,
          reason: `${b.ruleId}: ${b.message}`,
        })),
      },
    );
  }
  const override =
    blockers.length > 0 && options.override
      ? {
          userId: actor.userId,
          name: actor.name,
          reason: options.override.reason,
          at: new Date().toISOString(),
          blockers: blockers.map((b) => b.ruleId),
        }
      : null;

  const sent = await db.transaction(async (tx) => {
    const [interaction] = await tx
      .insert(interactions)
      .values({
        orgId,
        caseId,
        customerId: current.customerId,
        direction: "outbound",
        channel: current.channel,
        authorUserId: actor.userId,
        authorName: actor.name,
        subject: current.subject ? `Re: ${current.subject.replace(/^re:\s*/i, "")}` : null,
        text: report.filledText,
        occurredAt: new Date(),
        coachReport: report,
        coachOverride: override,
        // Channels deliver from a queued job; until one is connected the reply waits here.
        deliveryStatus: "pending",
      })
      .returning({ id: interactions.id, occurredAt: interactions.occurredAt });
    await tx
      .update(cases)
      .set({
        interactionCount: sql`${cases.interactionCount} + 1`,
        lastActivityAt: interaction!.occurredAt,
        status: sql`case when ${cases.status} = 'new' then 'open'::case_status else ${cases.status} end`,
        updatedAt: new Date(),
      })
      .where(eq(cases.id, caseId));
    // A reply answers the first-response clock and resets the update cadence.
    await refreshCaseSla({ tx, orgId, caseId });
    await recordAudit({
      tx,
      orgId,
      actor,
      action: override ? "reply.sent_with_override" : "reply.sent",
      entityType: "case",
      entityId: caseId,
      data: { interactionId: interaction!.id, score: report.score, ...(override ? { override } : {}) },
    });
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId, number: current.number });
    await options.outbound.queueDelivery({
      tx,
      jobs: options.jobs,
      orgId,
      interactionId: interaction!.id,
      channel: current.channel,
    });
    return { interactionId: interaction!.id, report, overridden: Boolean(override) };
  });
  return sent;
}
