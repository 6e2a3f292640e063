import type { CoachRule } from "./rule";
import { apologyBeforeQuestion } from "./rules/apology-before-question";
import { blameShifting } from "./rules/blame-shifting";
import { condescension } from "./rules/condescension";
import { customerEffort } from "./rules/customer-effort";
import { emoticon } from "./rules/emoticon";
import { followUpContent } from "./rules/follow-up-content";
import { giftCardSeparate } from "./rules/gift-card-separate";
import { hedge } from "./rules/hedge";
import { missingApology } from "./rules/missing-apology";
import { missingName } from "./rules/missing-name";
import { noAnythingElse } from "./rules/no-anything-else";
import { noNextStep } from "./rules/no-next-step";
import { nonApology } from "./rules/non-apology";
import { overconfidentPromise } from "./rules/overconfident-promise";
import { pronounBalance } from "./rules/pronoun-balance";
import { repeatedWord } from "./rules/repeated-word";
import { roboticDuplicate } from "./rules/robotic-duplicate";
import { spelling } from "./rules/spelling";
import { unfilledVariable } from "./rules/unfilled-variable";
import { unregisteredPromise } from "./rules/unregistered-promise";

export const coachRules: readonly CoachRule[] = [
  unfilledVariable,
  nonApology,
  hedge,
  blameShifting,
  pronounBalance,
  missingApology,
  apologyBeforeQuestion,
  noNextStep,
  unregisteredPromise,
  overconfidentPromise,
  customerEffort,
  roboticDuplicate,
  missingName,
  spelling,
  repeatedWord,
  emoticon,
  condescension,
  noAnythingElse,
  followUpContent,
  giftCardSeparate,
];

export type CoachRuleSummary = { id: string; description: string; requirement: string; severity: string };

// What the web app lists in the organization's settings, where each rule can be switched off.
export function listCoachRules(): CoachRuleSummary[] {
  return coachRules.map(({ id, description, requirement, severity }) => ({
    id,
    description,
    requirement,
    severity,
  }));
}
