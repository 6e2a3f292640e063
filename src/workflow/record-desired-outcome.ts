import type { Tx } from "../platform/db/client";
import { casePlaybookItems } from "./tables";

// The outcome a customer asked for in their own words (R17), e.g. on the web form: it fills the
// playbook's item for the agent to confirm, and never replaces what an agent already recorded.
export async function recordDesiredOutcome(options: {
  tx: Tx;
  orgId: string;
  caseId: string;
  text: string;
  interactionId: string;
  at: Date;
}) {
  const { tx, orgId, caseId } = options;
  await tx
    .insert(casePlaybookItems)
    .values({
      orgId,
      caseId,
      item: "desired_outcome",
      done: true,
      evidence: { text: options.text.slice(0, 2000), interactionId: options.interactionId },
      source: "mend",
      doneAt: options.at,
    })
    .onConflictDoNothing({ target: [casePlaybookItems.caseId, casePlaybookItems.item] });
}
