import { and, asc, eq, inArray } from "drizzle-orm";
import { interactions } from "../cases/tables";
import { findGenuineApologies } from "../coach/engine/find-apologies";
import { splitSentences } from "../coach/engine/text-spans";
import type { Db, Tx } from "../platform/db/client";
import type { FieldProblem } from "../platform/http/app-error";
import { type PlaybookItemKey, playbookItemKeys, playbookLabels } from "../shared/vocabulary";
import type { CaseRow } from "./lock-case";
import { casePlaybookItems } from "./tables";

export type PlaybookItem = {
  key: PlaybookItemKey;
  label: string;
  done: boolean;
  // "mend" when filled from what happened and not yet confirmed; "agent" once a person set it.
  source: "mend" | "agent" | null;
  evidence: Record<string, unknown> | null;
  doneAt: string | null;
};

type Interaction = { id: string; direction: string; text: string; analysis: unknown; occurredAt: Date };
type Suggestion = { evidence: Record<string, unknown>; at: Date };

const anythingElse = /\banything else\b[^?.!\n]*\?/i;

// What Mend can tell from the conversation itself: an apology the coach would accept in a sent
// reply, an "anything else?" in a reply, concerns noted on a logged call.
export function deriveFromInteractions(rows: Interaction[]): Partial<Record<PlaybookItemKey, Suggestion>> {
  const found: Partial<Record<PlaybookItemKey, Suggestion>> = {};
  for (const row of rows) {
    const at = row.occurredAt;
    const concerns = (row.analysis as { concerns?: unknown } | null)?.concerns;
    if (!found.concerns_heard && Array.isArray(concerns) && concerns.length > 0) {
      found.concerns_heard = { evidence: { concerns: concerns.map(String), interactionId: row.id }, at };
    }
    if (row.direction !== "outbound") continue;
    if (!found.apology_given) {
      const apology = findGenuineApologies(row.text)[0];
      if (apology) {
        const sentence = splitSentences(row.text).find(
          (s) => s.start <= apology.start && s.end >= apology.end,
        );
        found.apology_given = {
          evidence: { text: (sentence ?? apology).text.trim(), interactionId: row.id },
          at,
        };
      }
    }
    if (!found.anything_else_asked) {
      const asked = row.text.match(anythingElse);
      if (asked) found.anything_else_asked = { evidence: { text: asked[0], interactionId: row.id }, at };
    }
  }
  return found;
}

export async function loadPlaybook(options: {
  db: Db | Tx;
  orgId: string;
  row: CaseRow;
}): Promise<PlaybookItem[]> {
  const { db, orgId, row } = options;
  // One after the other: inside a transaction both would share one connection.
  const stored = await db
    .select()
    .from(casePlaybookItems)
    .where(and(eq(casePlaybookItems.orgId, orgId), eq(casePlaybookItems.caseId, row.id)));
  const history = await db
    .select({
      id: interactions.id,
      direction: interactions.direction,
      text: interactions.text,
      analysis: interactions.analysis,
      occurredAt: interactions.occurredAt,
    })
    .from(interactions)
    .where(
      and(
        eq(interactions.orgId, orgId),
        eq(interactions.caseId, row.id),
        inArray(interactions.direction, ["inbound", "outbound", "note"]),
      ),
    )
    .orderBy(asc(interactions.occurredAt))
    .limit(500);
  const derived = deriveFromInteractions(history);
  const byKey = new Map(stored.map((item) => [item.item, item]));
  return playbookItemKeys.map((key): PlaybookItem => {
    const base = { key, label: playbookLabels[key] };
    if (key === "root_cause") {
      const done = Boolean(row.rootCauseKey && row.rootCauseFault);
      return {
        ...base,
        done,
        source: done ? "agent" : null,
        evidence: done ? { key: row.rootCauseKey, fault: row.rootCauseFault, note: row.rootCauseNote } : null,
        doneAt: null,
      };
    }
    const item = byKey.get(key);
    if (item) {
      return {
        ...base,
        done: item.done,
        source: item.source as "mend" | "agent",
        evidence: (item.evidence as Record<string, unknown> | null) ?? null,
        doneAt: item.doneAt?.toISOString() ?? null,
      };
    }
    const suggestion = derived[key];
    if (suggestion) {
      return {
        ...base,
        done: true,
        source: "mend",
        evidence: suggestion.evidence,
        doneAt: suggestion.at.toISOString(),
      };
    }
    return { ...base, done: false, source: null, evidence: null, doneAt: null };
  });
}

export function findMissingItems(options: {
  playbook: PlaybookItem[];
  required: readonly PlaybookItemKey[];
  before: string;
}): FieldProblem[] {
  return options.required
    .map((key) => options.playbook.find((item) => item.key === key))
    .filter((item): item is PlaybookItem => Boolean(item && !item.done))
    .map((item) => ({
      field: `playbook.${item.key}`,
      reason: `${item.label}: required before ${options.before}`,
    }));
}
