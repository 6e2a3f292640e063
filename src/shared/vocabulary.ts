import { z } from "zod";

// The words server and web share. The web app imports this file too, so it holds only plain data
// and zod schemas marked pure: a bundle that uses only the data leaves zod out.

export const channels = [
  "email",
  "sms",
  "twitter",
  "facebook",
  "instagram",
  "webform",
  "phone",
  "visit",
  "api",
] as const;
export type Channel = (typeof channels)[number];
export const channelSchema = /* @__PURE__ */ z.enum(channels);
export const socialChannels: readonly Channel[] = ["twitter", "facebook", "instagram"];
// Every channel but "api": a reply always goes out on a channel a person reads.
export const replyChannels = [
  "email",
  "sms",
  "twitter",
  "facebook",
  "instagram",
  "webform",
  "phone",
  "visit",
] as const satisfies readonly Exclude<Channel, "api">[];
export type ReplyChannel = (typeof replyChannels)[number];
export const replyChannelSchema = /* @__PURE__ */ z.enum(replyChannels);

/** what an agent notes on a phone call or visit they log (R5), as stored and shown */
export type ConversationLog = {
  kind: "phone" | "visit";
  concerns: string[];
  holdSeconds: number | null;
  readBack: { summary: string; confirmed: boolean };
  nextStep: string | null;
  loggedBy: { userId: string; name: string };
};

export const roles = ["agent", "specialist", "supervisor", "admin"] as const;
export type Role = (typeof roles)[number];
export const roleSchema = /* @__PURE__ */ z.enum(roles);

/** supervisors and admins oversee the team's work: they may answer, withdraw and reassign for others */
export function isManager(role: Role): boolean {
  return role === "supervisor" || role === "admin";
}

export const casePriorities = ["low", "normal", "high", "critical"] as const;
export type Priority = (typeof casePriorities)[number];
export const prioritySchema = /* @__PURE__ */ z.enum(casePriorities);

export const caseStatuses = [
  "new",
  "open",
  "waiting_customer",
  "waiting_internal",
  "resolved",
  "following_up",
  "closed",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusSchema = /* @__PURE__ */ z.enum(caseStatuses);

export const outcomes = ["recovered", "not_recovered", "unresolvable", "no_response"] as const;
export type Outcome = (typeof outcomes)[number];
export const outcomeSchema = /* @__PURE__ */ z.enum(outcomes);
export const faultSchema = /* @__PURE__ */ z.enum(["yes", "no", "partly"]);

// What a promise to a customer is about (R22): the coach guesses it from a draft, the case records it.
export const promiseKinds = [
  "refund_by",
  "call_back_at",
  "update_by",
  "replacement_shipped_by",
  "other",
] as const;
export type PromiseKind = (typeof promiseKinds)[number];
export const promiseKindSchema = /* @__PURE__ */ z.enum(promiseKinds);

export const replyStages = ["first_reply", "update", "resolution", "follow_up"] as const;
export type ReplyStage = (typeof replyStages)[number];
export const replyStageSchema = /* @__PURE__ */ z.enum(replyStages);

export const taxonomyEntrySchema = /* @__PURE__ */ z.object({
  key: /* @__PURE__ */ z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, "use lower-case letters, digits and underscores"),
  label: /* @__PURE__ */ z.string().trim().min(1).max(80),
});
export type TaxonomyEntry = { key: string; label: string };

export const playbookItemKeys = [
  "concerns_heard",
  "clarifying_questions",
  "feelings_acknowledged",
  "apology_given",
  "root_cause",
  "desired_outcome",
  "plan_shared",
  "anything_else_asked",
  "follow_up_planned",
  "evaluation",
] as const;
export type PlaybookItemKey = (typeof playbookItemKeys)[number];
export const playbookItemKeySchema = /* @__PURE__ */ z.enum(playbookItemKeys);

export const playbookLabels: Record<PlaybookItemKey, string> = {
  concerns_heard: "Concerns heard and read back",
  clarifying_questions: "Clarifying questions asked",
  feelings_acknowledged: "Feelings acknowledged",
  apology_given: "Apology given",
  root_cause: "Root cause recorded",
  desired_outcome: "Customer's desired outcome recorded",
  plan_shared: "Plan and timeline shared with the customer",
  anything_else_asked: "Asked whether there is anything else",
  follow_up_planned: "Follow-up planned",
  evaluation: "Case evaluated",
};

/** A case changed: sent on the live stream (GET /api/v1/events, Server-Sent Events, event "case"). */
export type CaseEvent = { type: "case.created" | "case.updated"; caseId: string; number: number };
