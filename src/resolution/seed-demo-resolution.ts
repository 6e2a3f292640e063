import { and, eq, ilike } from "drizzle-orm";
import { cases, interactions } from "../cases/tables";
import type { Db } from "../platform/db/client";
import type { Principal } from "../platform/http/auth";
import type { Role } from "../shared/vocabulary";
import { recordRootCause } from "../workflow/record-root-cause";
import { decideApproval } from "./decide-approval";
import { buildDefaultCompensationSettings } from "./default-settings";
import { grantAccommodation } from "./grant-accommodation";
import { markAccommodationDelivered } from "./mark-accommodation-delivered";
import { markPromiseKept } from "./mark-promise-kept";
import { recordPromise } from "./record-promise";
import { sweepResolutionTimers } from "./sweep-resolution-timers";
import { compensationSettings } from "./tables";

type DemoUser = { id: string; name: string; role: Role };
const HOUR = 3_600_000;

function asPrincipal(orgId: string, user: DemoUser): Extract<Principal, { kind: "user" }> {
  return { kind: "user", orgId, userId: user.id, role: user.role, name: user.name, sessionToken: "" };
}

async function findCase(db: Db, orgId: string, phrase: string) {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(interactions, eq(interactions.caseId, cases.id))
    .where(and(eq(cases.orgId, orgId), ilike(interactions.text, `%${phrase}%`)))
    .limit(1);
  return row!.id;
}

/**
 * The demo shop's compensation: the default catalog, rules and limits in euros, and four cases
 * that show the whole of it on first start — an approval waiting for the supervisor, an item
 * given and delivered, and promises open, kept and broken.
 */
export async function seedDemoResolution(options: { db: Db; orgId: string; users: DemoUser[]; now: Date }) {
  const { db, orgId, now } = options;
  const by = (role: Role) => asPrincipal(orgId, options.users.find((user) => user.role === role)!);
  const agent = by("agent");
  const supervisor = by("supervisor");
  await db.insert(compensationSettings).values({ orgId, settings: buildDefaultCompensationSettings() });

  // Priya's torn tent (€289, our fault, gold customer): the replacement needs the supervisor.
  const tent = await findCase(db, orgId, "Ridge 2 tent (order #48213)");
  await recordRootCause({ db, orgId, caseId: tent, actor: agent, key: "product_quality", fault: "yes" });
  await grantAccommodation({
    db,
    orgId,
    caseId: tent,
    actor: agent,
    body: { type: "replacement", amount: 28_900, note: "Ridge 2 in stock at the Leeds warehouse" },
  });
  const gift = await grantAccommodation({
    db,
    orgId,
    caseId: tent,
    actor: agent,
    body: { type: "gift_card", amount: 1000 },
  });
  await markAccommodationDelivered({
    db,
    orgId,
    accommodationId: gift.accommodationId,
    actor: agent,
    reference: "GC-7731-2204",
  });
  await recordPromise({
    db,
    orgId,
    caseId: tent,
    actor: agent,
    body: {
      kind: "replacement_shipped_by",
      text: "Ship your replacement Ridge 2 tent by express",
      dueAt: new Date(now.getTime() + 30 * HOUR).toISOString(),
    },
    now,
  });

  // George's double charge (£64.50): above the agent's limit, approved, credited, promise kept.
  const charge = await findCase(db, orgId, "charged twice for order #48177");
  await recordRootCause({ db, orgId, caseId: charge, actor: agent, key: "billing", fault: "yes" });
  const credit = await grantAccommodation({
    db,
    orgId,
    caseId: charge,
    actor: agent,
    body: { type: "charge_credit", amount: 6450 },
  });
  if (credit.status === "pending_approval") {
    await decideApproval({
      db,
      orgId,
      approvalId: credit.approvalId,
      actor: supervisor,
      approve: true,
      reason: "Our billing error; credit it in full today.",
    });
  }
  await markAccommodationDelivered({
    db,
    orgId,
    accommodationId: credit.accommodationId,
    actor: agent,
    reference: "re_3PqL8x2eZvKf",
  });
  const refund = await recordPromise({
    db,
    orgId,
    caseId: charge,
    actor: agent,
    body: {
      kind: "refund_by",
      text: "Credit the duplicate £64.50 to your card today",
      dueAt: new Date(now.getTime() + 6 * HOUR).toISOString(),
      accommodationId: credit.accommodationId,
    },
    now: new Date(now.getTime() - 2 * HOUR),
  });
  await markPromiseKept({
    db,
    orgId,
    promiseId: refund.id,
    actor: agent,
    evidence: { accommodationId: credit.accommodationId, note: "Stripe refund re_3PqL8x2eZvKf" },
  });

  // Marco's missing boot refund: an update promised for yesterday was missed.
  const boots = await findCase(db, orgId, "refund for the boots");
  await recordPromise({
    db,
    orgId,
    caseId: boots,
    actor: agent,
    body: {
      kind: "update_by",
      text: "Tell you where your boot refund is",
      dueAt: new Date(now.getTime() - 20 * HOUR).toISOString(),
    },
    now: new Date(now.getTime() - 26 * HOUR),
  });

  // Lena's soaked sleeping bag: a call-back is due this afternoon.
  const parcel = await findCase(db, orgId, "left my parcel in the rain");
  await recordPromise({
    db,
    orgId,
    caseId: parcel,
    actor: agent,
    body: {
      kind: "call_back_at",
      text: "Call you back about a new sleeping bag",
      dueAt: new Date(now.getTime() + 3 * HOUR).toISOString(),
    },
    now,
  });
  await sweepResolutionTimers({ db, orgId, now });
}
