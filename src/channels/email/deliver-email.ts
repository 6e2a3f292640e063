import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { cases, interactions } from "../../cases/tables";
import { customerIdentities } from "../../customers/tables";
import type { Db, Tx } from "../../platform/db/client";
import { publishCaseEvent } from "../../platform/events";
import { buildReplyMessage } from "./build-reply";
import { createSmtpTransport } from "./create-smtp-transport";
import { domainOf, plusAddress } from "./mailbox-address";
import { createReplyToken } from "./reply-token";
import { replyTokenSecret } from "./secret-box";
import { emailChannels } from "./tables";

export const MAX_DELIVERY_ATTEMPTS = 5;

type Details = { channelId?: string; from?: string; automatic?: boolean; attempts?: number };

export class RetryDeliveryError extends Error {}

// Sends one outbound interaction. The row stays locked while the SMTP server takes the mail, so a
// duplicate job waits and then sees "sent". A crash between the server's OK and our commit can
// send twice; both copies carry the same Message-ID, which mail clients collapse into one.
export async function deliverEmail(options: {
  db: Db;
  secretKey: string;
  orgId: string;
  interactionId: string;
}): Promise<"sent" | "failed" | "skipped"> {
  const { db, orgId } = options;
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(interactions)
      .where(
        and(
          eq(interactions.orgId, orgId),
          eq(interactions.id, options.interactionId),
          eq(interactions.direction, "outbound"),
        ),
      )
      .for("update");
    if (!row || row.deliveryStatus === "sent" || row.deliveryStatus === "failed") return "skipped" as const;
    const details = (row.emailDetails ?? {}) as Details;
    const [current] = await tx
      .select({ number: cases.number, subject: cases.subject, customerId: cases.customerId })
      .from(cases)
      .where(eq(cases.id, row.caseId));
    const parent = await latestInboundEmail(tx, orgId, row.caseId);
    const channel = await pickChannel(tx, orgId, details.channelId ?? parent?.channelId);
    const to = parent?.from ?? (await customerEmail(tx, orgId, current!.customerId));
    const fail = async (message: string, permanent: boolean) => {
      const attempts = (details.attempts ?? 0) + 1;
      const final = permanent || attempts >= MAX_DELIVERY_ATTEMPTS;
      await tx
        .update(interactions)
        .set({
          deliveryStatus: final ? "failed" : "pending",
          deliveryError: message.slice(0, 500),
          emailDetails: { ...details, attempts },
        })
        .where(eq(interactions.id, row.id));
      await publishCaseEvent(tx, orgId, {
        type: "case.updated",
        caseId: row.caseId,
        number: current!.number,
      });
      return final ? ("failed" as const) : ("retry" as const);
    };
    if (!channel) return fail("No email mailbox is connected.", true);
    if (!to) return fail("The customer has no email address.", true);

    const token = createReplyToken({
      orgId,
      caseId: row.caseId,
      secret: replyTokenSecret(options.secretKey),
    });
    const message = buildReplyMessage({
      from: { name: channel.name, address: channel.address },
      to,
      subject: current!.subject ?? row.subject ?? "",
      text: row.text,
      caseNumber: current!.number,
      inReplyTo: parent?.messageId ?? null,
      references: parent?.references ?? [],
      replyTo: plusAddress(channel.address, token),
      messageIdDomain: domainOf(channel.address),
      idempotencyKey: `interaction:${row.id}`,
      automatic: details.automatic === true,
    });
    const transport = createSmtpTransport({ channel, secretKey: options.secretKey });
    try {
      await transport.sendMail(message);
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      return fail(error instanceof Error ? error.message : String(error), code !== undefined && code >= 500);
    } finally {
      transport.close();
    }
    await tx
      .update(interactions)
      .set({
        deliveryStatus: "sent",
        deliveryError: null,
        emailMessageId: message.messageId as string,
        emailReferences: (message.references as string[] | undefined) ?? [],
        emailDetails: { ...details, channelId: channel.id, to, sentAt: new Date().toISOString() },
      })
      .where(eq(interactions.id, row.id));
    await publishCaseEvent(tx, orgId, { type: "case.updated", caseId: row.caseId, number: current!.number });
    return "sent" as const;
  });
  if (outcome === "retry") throw new RetryDeliveryError("delivery failed; pg-boss retries with backoff");
  return outcome;
}

async function latestInboundEmail(tx: Tx, orgId: string, caseId: string) {
  const [row] = await tx
    .select({
      messageId: interactions.emailMessageId,
      references: interactions.emailReferences,
      details: interactions.emailDetails,
    })
    .from(interactions)
    .where(
      and(
        eq(interactions.orgId, orgId),
        eq(interactions.caseId, caseId),
        eq(interactions.direction, "inbound"),
        eq(interactions.channel, "email"),
        isNotNull(interactions.emailDetails),
      ),
    )
    .orderBy(desc(interactions.occurredAt))
    .limit(1);
  if (!row) return null;
  const details = row.details as Details;
  return {
    messageId: row.messageId,
    references: (row.references as string[] | null) ?? [],
    from: details.from ?? null,
    channelId: details.channelId,
  };
}

async function pickChannel(tx: Tx, orgId: string, preferredId: string | undefined) {
  const [channel] = await tx
    .select()
    .from(emailChannels)
    .where(and(eq(emailChannels.orgId, orgId), eq(emailChannels.enabled, true)))
    .orderBy(
      sql`case when ${emailChannels.id} = ${preferredId ?? null}::uuid then 0 else 1 end`,
      asc(emailChannels.createdAt),
    )
    .limit(1);
  return channel ?? null;
}

async function customerEmail(tx: Tx, orgId: string, customerId: string) {
  const [identity] = await tx
    .select({ value: customerIdentities.value })
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.orgId, orgId),
        eq(customerIdentities.customerId, customerId),
        eq(customerIdentities.kind, "email"),
      ),
    )
    .orderBy(desc(customerIdentities.createdAt))
    .limit(1);
  return identity?.value ?? null;
}
