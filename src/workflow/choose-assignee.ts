import { and, arrayContains, count, eq, inArray, notInArray, sql } from "drizzle-orm";
import { users } from "../accounts/tables";
import { cases } from "../cases/tables";
import type { Tx } from "../platform/db/client";
import type { Role } from "../shared/vocabulary";
import type { RoutingRule, WorkflowSettings } from "./schema";

export type RoutingFacts = {
  channel: string;
  rootCause: string | null;
  tier: string | null;
  language: string | null;
  difficult: boolean;
};

export type RoutingDecision = { userId: string | null; queue: string; reason: string };

export function findMatchingRule(rules: RoutingRule[], facts: RoutingFacts): RoutingRule | null {
  const matches = (allowed: readonly string[] | undefined, value: string | null) =>
    !allowed || allowed.length === 0 || (value !== null && allowed.includes(value));
  return (
    rules.find(
      (rule) =>
        matches(rule.when.channels, facts.channel) &&
        matches(rule.when.rootCauses, facts.rootCause) &&
        matches(rule.when.tiers, facts.tier) &&
        matches(rule.when.languages, facts.language),
    ) ?? null
  );
}

// Difficult customers go to the specialist pool (R25); otherwise the first matching rule decides
// the team and skills; among the people who qualify the one with the fewest open cases wins.
export async function chooseAssignee(options: {
  tx: Tx;
  orgId: string;
  settings: WorkflowSettings;
  facts: RoutingFacts;
}): Promise<RoutingDecision> {
  const { tx, orgId, settings, facts } = options;
  const routing = settings.routing;
  if (facts.difficult) {
    const userId = await pickLeastLoaded({
      tx,
      orgId,
      roles: ["specialist"],
      skills: routing.specialistSkills,
      cap: routing.maxOpenCasesPerAgent,
    });
    return { userId, queue: routing.specialistQueue, reason: "specialist" };
  }
  const rule = findMatchingRule(routing.rules, facts);
  if (rule) {
    const team = rule.assign.team ? settings.teams.find((t) => t.key === rule.assign.team) : undefined;
    const userId = await pickLeastLoaded({
      tx,
      orgId,
      roles: ["agent", "specialist"],
      skills: rule.assign.skills ?? [],
      memberIds: rule.assign.userId ? [rule.assign.userId] : team?.memberIds,
      cap: routing.maxOpenCasesPerAgent,
    });
    return { userId, queue: rule.assign.team ?? routing.defaultQueue, reason: `rule:${rule.name}` };
  }
  if (routing.autoAssign) {
    const userId = await pickLeastLoaded({
      tx,
      orgId,
      roles: ["agent", "specialist"],
      skills: [],
      cap: routing.maxOpenCasesPerAgent,
    });
    return { userId, queue: routing.defaultQueue, reason: "load" };
  }
  return { userId: null, queue: routing.defaultQueue, reason: "queue" };
}

async function pickLeastLoaded(options: {
  tx: Tx;
  orgId: string;
  roles: Role[];
  skills: string[];
  memberIds?: string[];
  cap: number;
}): Promise<string | null> {
  // Two cases opening at once would both see the same loads and pick the same person. Only
  // choosing by load needs this; a case that just waits in a queue takes no lock.
  await options.tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`mend:routing:${options.orgId}`}, 0))`,
  );
  const { tx, orgId } = options;
  if (options.memberIds && options.memberIds.length === 0) return null;
  const candidates = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.orgId, orgId),
        eq(users.active, true),
        inArray(users.role, options.roles),
        options.skills.length > 0 ? arrayContains(users.skills, options.skills) : undefined,
        options.memberIds ? inArray(users.id, options.memberIds) : undefined,
      ),
    );
  if (candidates.length === 0) return null;
  const ids = candidates.map((c) => c.id);
  const loads = await tx
    .select({ ownerId: cases.ownerId, open: count() })
    .from(cases)
    .where(
      and(
        eq(cases.orgId, orgId),
        inArray(cases.ownerId, ids),
        notInArray(cases.status, ["resolved", "following_up", "closed"]),
      ),
    )
    .groupBy(cases.ownerId);
  const loadOf = new Map(loads.map((l) => [l.ownerId, Number(l.open)]));
  const ranked = ids
    .map((id) => ({ id, open: loadOf.get(id) ?? 0 }))
    .filter((c) => c.open < options.cap)
    .sort((a, b) => a.open - b.open || a.id.localeCompare(b.id));
  return ranked[0]?.id ?? null;
}
