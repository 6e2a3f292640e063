import { and, desc, eq, gt, inArray, ne } from "drizzle-orm";
import { organizations } from "../accounts/tables";
import { cases, interactions } from "../cases/tables";
import { customers } from "../customers/tables";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { casePromises } from "../resolution/tables";
import { MAX_TEMPLATES_PER_ORG } from "../templates/schema";
import { replyTemplates } from "../templates/tables";
import type { CoachInput } from "./engine/schema";

const RECENT_DAYS = 14;
const RECENT_LIMIT = 200;

export type CoachSettings = { disabledRules?: string[]; dictionaryWords?: string[] };

// What the coach needs to know beyond the draft: the customer's name, the case, the replies
// sent to other customers lately and the saved templates (to catch copy-paste), the promises
// registered on the case (to catch unregistered ones), and the organization's own switches.
export async function gatherCoachContext(options: {
  db: Db;
  orgId: string;
  caseId?: string;
}): Promise<
  Pick<
    CoachInput,
    "customer" | "customerMessage" | "case" | "recentReplies" | "templates" | "settings" | "promises"
  >
> {
  const { db, orgId } = options;
  // Runs on every typing pause: one round trip for the settings, the template bodies (through the
  // (org, name) index) and the case, then one for the recent replies, which need the case's customer.
  const caseId = options.caseId;
  const [[org], templateRows, [row]] = await Promise.all([
    db
      .select({ coachSettings: organizations.coachSettings })
      .from(organizations)
      .where(eq(organizations.id, orgId)),
    db
      .select({ body: replyTemplates.body })
      .from(replyTemplates)
      .where(eq(replyTemplates.orgId, orgId))
      .limit(MAX_TEMPLATES_PER_ORG),
    caseId
      ? db
          .select({
            number: cases.number,
            priority: cases.priority,
            customerId: cases.customerId,
            name: customers.name,
          })
          .from(cases)
          .innerJoin(customers, eq(customers.id, cases.customerId))
          .where(and(eq(cases.orgId, orgId), eq(cases.id, caseId)))
      : Promise.resolve([]),
  ]);
  const settings = (org?.coachSettings ?? {}) as CoachSettings;
  const templates = templateRows.map((template) => template.body);
  if (!caseId) return { settings, templates };

  if (!row) throw AppError.notFound("That case");
  const since = new Date(Date.now() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const recentQuery = db
    .select({ text: interactions.text })
    .from(interactions)
    .where(
      and(
        eq(interactions.orgId, orgId),
        eq(interactions.direction, "outbound"),
        ne(interactions.customerId, row.customerId),
        gt(interactions.occurredAt, since),
      ),
    )
    .orderBy(desc(interactions.occurredAt))
    .limit(RECENT_LIMIT);
  // The customer's own last message sets the tone an emoticon has to match.
  const lastInboundQuery = db
    .select({ text: interactions.text })
    .from(interactions)
    .where(
      and(
        eq(interactions.orgId, orgId),
        eq(interactions.caseId, caseId),
        eq(interactions.direction, "inbound"),
      ),
    )
    .orderBy(desc(interactions.occurredAt))
    .limit(1);
  // Kept and open promises both count as registered; a broken or cancelled one no longer covers a date.
  const promiseQuery = db
    .select({ text: casePromises.text, dueAt: casePromises.dueAt })
    .from(casePromises)
    .where(and(eq(casePromises.caseId, caseId), inArray(casePromises.state, ["open", "kept"])));
  const [recent, [lastInbound], promises] = await Promise.all([recentQuery, lastInboundQuery, promiseQuery]);
  return {
    customer: row.name ? { name: row.name, firstName: row.name.split(/\s+/)[0] } : undefined,
    case: { number: row.number, priority: row.priority, formal: row.priority === "critical" },
    customerMessage: lastInbound?.text ?? undefined,
    recentReplies: recent.map((r) => r.text),
    promises: promises.map((p) => ({ description: p.text, dueAt: p.dueAt.toISOString() })),
    templates,
    settings,
  };
}
