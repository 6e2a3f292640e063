import type {
  CaseStatus,
  Channel,
  Priority,
  PromiseKind,
  ReplyStage,
  Role,
} from "../../src/shared/vocabulary";

// The shared words come from the server's vocabulary; the rest are the API's response shapes.
export type { CaseStatus, Channel, ReplyStage, Role };
export type CasePriority = Priority;
export type { ReplyChannel as CoachChannel } from "../../src/shared/vocabulary";

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface Org {
  id: string;
  slug: string;
  name: string;
}

export interface Session {
  user: User;
  org: Org;
}

export interface CaseSummary {
  id: string;
  number: number;
  subject: string | null;
  preview: string;
  status: CaseStatus;
  priority: CasePriority;
  channel: Channel;
  riskScore: number | null;
  customer: { id: string; name: string | null };
  owner: { id: string; name: string } | null;
  openedAt: string;
  lastActivityAt: string;
  interactionCount: number;
}

export interface CasePage {
  items: CaseSummary[];
  nextCursor: string | null;
}

export type InteractionDirection = "inbound" | "outbound" | "note";

export interface Interaction {
  id: string;
  direction: InteractionDirection;
  channel: Channel;
  authorName: string | null;
  subject: string | null;
  text: string;
  occurredAt: string;
  analysis: Record<string, unknown> | null;
  coachScore: number | null;
  coachOverride: CoachOverride | null;
  /** "pending" until a channel connector has delivered the reply. */
  deliveryStatus: string | null;
  deliveryError: string | null;
  /** email only: quoted history and signature split off the message, and its attachments */
  email: EmailExtras | null;
}

export interface EmailAttachment {
  index: number;
  filename: string;
  contentType: string;
  size: number;
  inline: boolean;
  /** why Mend refused to keep it (too large, type not allowed); null when stored */
  rejected: string | null;
}

export interface EmailExtras {
  quotedText: string | null;
  signature: string | null;
  attachments: EmailAttachment[];
}

export interface CoachOverride {
  name: string;
  reason: string;
  blockers: string[];
}

export interface CustomerIdentity {
  channel: Channel;
  handle: string;
  /** mail to this address came back; replies there will not arrive */
  bounce?: { reason: string; count: number; lastBouncedAt: string };
}

export interface CustomerProfile {
  id: string;
  externalRef: string | null;
  name: string | null;
  /** From the business's own systems, in its own currency. */
  lifetimeValue: number | null;
  tier: string | null;
  /** A calendar date, YYYY-MM-DD. */
  customerSince: string | null;
  followers: number | null;
  advocate: boolean;
  identities: CustomerIdentity[];
}

export interface CaseDetail {
  case: CaseSummary;
  interactions: Interaction[];
  customer: CustomerProfile;
  otherCases: CaseSummary[];
}

export interface CaseEvent {
  type: "case.created" | "case.updated";
  caseId: string;
  number: number;
}

export type CoachSeverity = "blocker" | "warning" | "hint";

export interface CoachFinding {
  ruleId: string;
  severity: CoachSeverity;
  message: string;
  start: number;
  end: number;
  suggestion?: string;
  /** A promise found in the draft, ready to register on the case in one click. */
  promise?: {
    kind: PromiseKind;
    text: string;
    dueAt: string;
  };
}

export interface CoachReport {
  score: number;
  reasons: { ruleId: string; points: number }[];
  findings: CoachFinding[];
  filledText: string;
}

export interface SentReply {
  interactionId: string;
  overridden: boolean;
  report: CoachReport;
}

export interface CoachRule {
  id: string;
  description: string;
  requirement: string;
  severity: string;
  enabled: boolean;
}

export interface CoachRuleList {
  items: CoachRule[];
  dictionaryWords: string[];
}

export interface CoachSettings {
  disabledRules: string[];
  dictionaryWords: string[];
}

export type SignalKind =
  | "churn"
  | "public_threat"
  | "legal_threat"
  | "repeat_contact"
  | "urgency"
  | "money_lost"
  | "reference";

export type ThreatKind = Extract<SignalKind, "churn" | "public_threat" | "legal_threat">;

/** Offsets into the message's text. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface TriageAnalysis {
  modelVersion: string;
  language: { code: string; confidence: number; supported: boolean };
  unhappiness: {
    probability: number;
    label: "unhappy" | "neutral" | "happy";
    uncertain: boolean;
    evidence: { feature: string; weight: number }[];
  };
  intensity: { score: number; markers: (TextSpan & { kind: string })[] };
  signals: { kind: SignalKind; matches: TextSpan[]; value?: number }[];
  money: { amount: number; currency: string; text: string }[];
  references: { kind: string; value: string }[];
  rootCause: {
    key: string;
    label: string;
    fineLabel: string | null;
    confidence: number;
    alternatives: { key: string; confidence: number }[];
  };
  risk: { score: number; reasons: { factor: string; points: number; detail: string }[] };
  priority: CasePriority;
  difficult: boolean;
  difficultReasons: string[];
}

export interface TriageCorrection {
  unhappy?: boolean;
  cause?: string;
  notThreat?: ThreatKind;
}

export interface TaxonomyEntry {
  key: string;
  label: string;
}

export interface TriageSettings {
  riskWeights: Record<string, number>;
  corrections: number;
  factors: string[];
}
