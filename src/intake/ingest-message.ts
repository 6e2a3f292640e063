import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { continueCase } from "../cases/continue-case";
import { cases, interactions } from "../cases/tables";
import { assignCaseNumber, threadIntoCase } from "../cases/thread-into-case";
import { matchCustomer } from "../customers/match-customer";
import { identitiesFrom } from "../customers/normalize-identity";
import type { Db, Tx } from "../platform/db/client";
import { publishCaseEvent } from "../platform/events";
import type { Principal } from "../platform/http/auth";
import { analyzeInbound } from "../triage/analyze-inbound";
import { syncWorkflowAfterInbound } from "../workflow/sync-workflow-after-inbound";
import type { InboundMessage } from "./schema";

export type IngestResult = {
  duplicate: boolean;
  interactionId: string;
  caseId: string;
  caseNumber: number;
  customerId: string;
  caseCreated: boolean;
};

// The first path of every message: dedupe, match the customer, thread into a case, store the
// interaction and tell every process — all in one transaction, so nothing is half-written.
export async function ingestMessage(options: {
  db: Db;
  orgId: string;
  message: InboundMessage;
  actor: Principal | null;
  // Email: the case the mail names (reply token, In-Reply-To); ignored when closed or foreign.
  caseId?: string;
  email?: { html: string | null; messageId: string | null; references: string[]; details: object };
  // Runs in the same transaction, for a new or a duplicate message (e.g. an IMAP mailbox's last UID).
  onStored?: (tx: Tx, result: IngestResult) => Promise<void>;
}): Promise<IngestResult> {
  const { db, orgId, message } = options;
  return db.transaction(async (tx) => {
    // A provider's retry can arrive while the first delivery is still being written.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`message:${orgId}:${message.channel}:${message.externalId}`}, 0))`,
    );
    const [existing] = await tx
      .select({
        id: interactions.id,
        caseId: interactions.caseId,
        customerId: interactions.customerId,
        number: cases.number,
      })
      .from(interactions)
      .innerJoin(cases, eq(cases.id, interactions.caseId))
      .where(
        and(
          eq(interactions.orgId, orgId),
          eq(interactions.channel, message.channel),
          eq(interactions.externalId, message.externalId),
        ),
      );
    if (existing) {
      const result = {
        duplicate: true,
        interactionId: existing.id,
        caseId: existing.caseId,
        caseNumber: existing.number,
        customerId: existing.customerId,
        caseCreated: false,
      };
      await options.onStored?.(tx, result);
      return result;
    }

    const occurredAt = new Date(message.receivedAt);
    const customerId = await matchCustomer({
      tx,
      orgId,
      name: message.from.name,
      identities: identitiesFrom({ channel: message.channel, from: message.from }),
    });
    const preview = message.text.replace(/\s+/g, " ").trim().slice(0, 200);
    const named = options.caseId
      ? await continueCase({ tx, orgId, caseId: options.caseId, preview, occurredAt })
      : null;
    const threaded =
      named ??
      (await threadIntoCase({
        tx,
        orgId,
        customerId,
        channel: message.channel,
        subject: message.subject,
        preview,
        occurredAt,
      }));
    const [interaction] = await tx
      .insert(interactions)
      .values({
        orgId,
        caseId: threaded.case.id,
        customerId,
        direction: "inbound",
        channel: message.channel,
        externalId: message.externalId,
        authorName:
          message.from.name ?? message.from.email ?? message.from.handle ?? message.from.phone ?? null,
        subject: message.subject ?? null,
        text: message.text,
        occurredAt,
        ...(options.email
          ? {
              html: options.email.html,
              emailMessageId: options.email.messageId,
              emailReferences: options.email.references,
              emailDetails: options.email.details,
            }
          : {}),
      })
      .returning({ id: interactions.id });
    await analyzeInbound({
      tx,
      orgId,
      caseId: threaded.case.id,
      customerId,
      interactionId: interaction!.id,
      text: message.text,
      channel: message.channel,
      isPublic: message.public,
    });
    await recordAudit({
      tx,
      orgId,
      actor: options.actor,
      action: threaded.created ? "case.opened" : "interaction.received",
      entityType: "case",
      entityId: threaded.case.id,
      data: { interactionId: interaction!.id, channel: message.channel },
    });
    // Routes a new case and starts its clocks, or resumes clocks paused for this customer's reply.
    await syncWorkflowAfterInbound({ tx, orgId, caseId: threaded.case.id, created: threaded.created });
    const caseNumber = threaded.created
      ? await assignCaseNumber({ tx, orgId, caseId: threaded.case.id })
      : threaded.case.number;
    await publishCaseEvent(tx, orgId, {
      type: threaded.created ? "case.created" : "case.updated",
      caseId: threaded.case.id,
      number: caseNumber,
    });
    const result = {
      duplicate: false,
      interactionId: interaction!.id,
      caseId: threaded.case.id,
      caseNumber,
      customerId,
      caseCreated: threaded.created,
    };
    await options.onStored?.(tx, result);
    return result;
  });
}
