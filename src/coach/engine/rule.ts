import type { LanguageMessage } from "./analyse-language";
import type { CoachInput, Finding, Severity } from "./schema";
import type { Span } from "./text-spans";

export type RuleContext = {
  // The reply after template variables are filled; every finding's offsets point into it.
  text: string;
  input: CoachInput;
  sentences: Span[];
  unfilledVariables: string[];
  language: () => LanguageMessage[];
  now: Date;
};

export type CoachRule = {
  id: string;
  description: string;
  requirement: string;
  severity: Severity;
  check: (context: RuleContext) => Finding[];
};
