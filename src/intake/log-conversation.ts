import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { cases } from "../cases/tables";
import { customers } from "../customers/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import type { Principal } from "../platform/http/auth";
import { buildReadBack } from "../shared/build-read-back";
import type { ConversationLog } from "../shared/vocabulary";
import { refreshCaseSla } from "../workflow/refresh-case-sla";
import type { ConversationInput } from "./conversation-schema";
import { type IngestResult, ingestMessage } from "./ingest-message";
import type { InboundMessage } from "./schema";

// A phone call or a visit the agent logs is an inbound interaction like any message: it takes the
// one ingest path (threading, triage, workflow), with what the agent noted kept beside its text.
// The customer was spoken to, so it also answers the first-response clock.
export async function logConversation(options: {
  db: Db;
  orgId: string;
  actor: Extract<Principal, { kind: "user" }>;
  kind: ConversationLog["kind"];
  input: ConversationInput;
  // Either the case the agent is on, or who the customer is when they have none yet.
  caseId?: string;
  newCustomer?: { from: InboundMessage["from"]; subject?: string };
}): Promise<IngestResult> {
  const { db, orgId, actor, kind, input } = options;
  let known: { customerId: string; name: string | null } | null = null;
  if (options.caseId) {
    const [row] = await db
      .select({ customerId: cases.customerId, name: customers.name })
      .from(cases)
      .innerJoin(customers, eq(customers.id, cases.customerId))
      .where(and(eq(cases.orgId, orgId), eq(cases.id, options.caseId)));
    if (!row) throw AppError.notFound("That case");
    known = row;
  }
  const concerns = input.concerns;
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  if (occurredAt.getTime() > Date.now() + 5 * 60_000) {
    throw AppError.forField("occurredAt", "must not be in the future");
  }
  const log: ConversationLog = {
    kind,
    concerns,
    holdSeconds: kind === "phone" ? (input.holdSeconds ?? null) : null,
    readBack: {
      summary: input.readBack.summary || buildReadBack(concerns),
      confirmed: input.readBack.confirmed,
    },
    nextStep: input.nextStep || null,
    loggedBy: { userId: actor.userId, name: actor.name },
  };
  const message: InboundMessage = {
    channel: kind,
    externalId: input.externalId ?? `${kind}:${randomUUID()}`,
    receivedAt: occurredAt.toISOString(),
    from: options.newCustomer?.from ?? { name: known?.name ?? undefined },
    subject: options.newCustomer?.subject,
    // Triage reads what the customer said: the concerns, one per line.
    text: concerns.join("\n"),
  };
  return ingestMessage({
    db,
    orgId,
    message,
    actor,
    caseId: options.caseId,
    customerId: known?.customerId,
    conversationLog: log,
    onStored: async (tx, result) => {
      if (result.duplicate) return;
      const at = occurredAt.toISOString();
      await tx
        .update(cases)
        .set({
          firstRespondedAt: sql`least(coalesce(${cases.firstRespondedAt}, ${at}::timestamptz), ${at}::timestamptz)`,
          lastAgentUpdateAt: sql`greatest(coalesce(${cases.lastAgentUpdateAt}, ${at}::timestamptz), ${at}::timestamptz)`,
        })
        .where(and(eq(cases.orgId, orgId), eq(cases.id, result.caseId)));
      await refreshCaseSla({ tx, orgId, caseId: result.caseId });
    },
  });
}
