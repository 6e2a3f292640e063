import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { cases, interactions } from "../../cases/tables";
import { ingestMessage } from "../../intake/ingest-message";
import type { Db, Tx } from "../../platform/db/client";
import type { JobRunner, OutboundDelivery } from "../../platform/jobs/define-job";
import { recordDesiredOutcome } from "../../workflow/record-desired-outcome";
import type { ComplaintForm } from "./complaint-form";

type Org = { id: string; name: string };

// A complaint from the public form takes the one ingest path; what the customer wants done is
// recorded on the case (R17), and when they gave an email address they get the reference by mail
// through the outbound port (only if the organization has a way to send it).
export async function submitComplaint(options: {
  db: Db;
  jobs: JobRunner;
  outbound: OutboundDelivery;
  org: Org;
  form: ComplaintForm;
}) {
  const { form, org } = options;
  const receivedAt = new Date();
  const details = [form.orderReference ? `Order reference: ${form.orderReference}` : null]
    .concat(`What I would like: ${form.desiredOutcome}`)
    .filter(Boolean);
  let firstResponseDueAt: Date | null = null;
  let emailed = false;
  const result = await ingestMessage({
    db: options.db,
    orgId: org.id,
    actor: null,
    message: {
      channel: "webform",
      externalId: `webform:${randomUUID()}`,
      receivedAt: receivedAt.toISOString(),
      from: { name: form.name, email: form.email, phone: form.phone },
      subject: form.orderReference
        ? `Complaint about order ${form.orderReference}`
        : "Complaint from the web form",
      text: `${form.message}\n\n${details.join("\n")}`,
    },
    onStored: async (tx, stored) => {
      await recordDesiredOutcome({
        tx,
        orgId: org.id,
        caseId: stored.caseId,
        text: form.desiredOutcome,
        interactionId: stored.interactionId,
        at: receivedAt,
      });
      const [row] = await tx
        .select({ due: cases.firstResponseDueAt })
        .from(cases)
        .where(and(eq(cases.orgId, org.id), eq(cases.id, stored.caseId)));
      firstResponseDueAt = row?.due ?? null;
      if (form.email) {
        emailed = await queueConfirmation({
          ...options,
          tx,
          caseId: stored.caseId,
          customerId: stored.customerId,
          caseNumber: stored.caseNumber,
          due: firstResponseDueAt,
        });
      }
    },
  });
  return { caseNumber: result.caseNumber, firstResponseDueAt: firstResponseDueAt as Date | null, emailed };
}

async function queueConfirmation(options: {
  tx: Tx;
  jobs: JobRunner;
  outbound: OutboundDelivery;
  org: Org;
  caseId: string;
  customerId: string;
  caseNumber: number;
  due: Date | null;
}): Promise<boolean> {
  const { tx, org } = options;
  const promise = options.due
    ? `We will answer by ${formatDue(options.due)}.`
    : "We will answer as soon as we can.";
  const [row] = await tx
    .insert(interactions)
    .values({
      orgId: org.id,
      caseId: options.caseId,
      customerId: options.customerId,
      direction: "outbound",
      channel: "email",
      authorName: org.name,
      subject: `We have your complaint (reference ${options.caseNumber})`,
      text: `Hello,\n\nThank you for telling us what went wrong. Your reference is ${options.caseNumber}. ${promise} If you write again, mention the reference and it reaches the same person.\n\n${org.name}`,
      occurredAt: new Date(),
      deliveryStatus: "pending",
      // Automatic: an acknowledgement is not the first response a person owes the customer.
      emailDetails: { automatic: true },
    })
    .returning({ id: interactions.id });
  const queued = await options.outbound.queueDelivery({
    tx,
    jobs: options.jobs,
    orgId: org.id,
    interactionId: row!.id,
    channel: "email",
  });
  // No mailbox to send from: the confirmation page is all the customer gets.
  if (!queued) {
    await tx.delete(interactions).where(eq(interactions.id, row!.id));
    return false;
  }
  await tx
    .update(cases)
    .set({ interactionCount: sql`${cases.interactionCount} + 1` })
    .where(eq(cases.id, options.caseId));
  return true;
}

export function formatDue(due: Date): string {
  return `${new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(due)} UTC`;
}
