import type { CaseStatus, Channel, Priority, ReplyStage, Role } from "../../src/shared/vocabulary";
import type { components, operations } from "./api/schema";

// The shared words come from the server's vocabulary; the shapes come from its OpenAPI document
// (web/src/api/schema.d.ts, generated): these names only make the web's code read well.
export type { CaseStatus, Channel, ReplyStage, Role };
export type CasePriority = Priority;
export type { CaseEvent, ReplyChannel as CoachChannel } from "../../src/shared/vocabulary";

export type Schemas = components["schemas"];
type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : never;
/** What an operation answers with, by its operationId and status. */
export type ResponseOf<
  Id extends keyof operations,
  Status extends keyof operations[Id]["responses"] = 200 extends keyof operations[Id]["responses"]
    ? 200
    : never,
> = JsonOf<operations[Id]["responses"][Status]>;
/** What an operation takes as its JSON body, by its operationId. */
export type BodyOf<Id extends keyof operations> = operations[Id] extends {
  requestBody: { content: { "application/json": infer T } };
}
  ? T
  : never;

export type Session = Schemas["Session"];

export type CaseSummary = Schemas["CaseSummary"];
export type CasePage = Schemas["CasePage"];
export type Interaction = Schemas["Interaction"];
export type InteractionDirection = Interaction["direction"];
export type EmailExtras = NonNullable<Interaction["email"]>;
export type CaseDetail = Schemas["CaseDetail"];
export type CustomerProfile = CaseDetail["customer"];

export type CoachFinding = Schemas["CoachFinding"];
export type CoachSeverity = CoachFinding["severity"];
export type CoachReport = Schemas["CoachReport"];
export type CoachRuleList = ResponseOf<"listCoachRules">;
export type CoachSettings = BodyOf<"updateCoachSettings">;

export type TriageAnalysis = Schemas["TriageAnalysis"];
export type SignalKind = TriageAnalysis["signals"][number]["kind"];
export type ThreatKind = Extract<SignalKind, "churn" | "public_threat" | "legal_threat">;
/** Offsets into the message's text. */
export type TextSpan = TriageAnalysis["signals"][number]["matches"][number];
export type TriageCorrection = Schemas["TriageCorrectionInput"];
export type TriageSettings = ResponseOf<"getTriageSettings">;
