import { replyChannels } from "../../../../src/shared/vocabulary";
import type { PlaybookItemKey } from "../../workflow-api";

export type FieldKind = "text" | "textarea" | "lines" | "datetime" | "choice" | "checkbox";

export interface EvidenceField {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: { value: string; label: string }[];
}

const worked = [
  { value: "yes", label: "Yes" },
  { value: "partly", label: "Partly" },
  { value: "no", label: "No" },
];

const channels = replyChannels.map((value) => ({
  value,
  label: value === "sms" ? "SMS" : value[0]!.toUpperCase() + value.slice(1),
}));

// What each checklist item asks for as evidence, in the server's own field names.
export const evidenceFields: Record<Exclude<PlaybookItemKey, "root_cause">, EvidenceField[]> = {
  concerns_heard: [
    { name: "concerns", label: "The customer's concerns, one per line", kind: "lines", required: true },
    { name: "readBack", label: "Read back to the customer", kind: "checkbox" },
  ],
  clarifying_questions: [
    { name: "questions", label: "Questions asked, one per line", kind: "lines", required: true },
  ],
  feelings_acknowledged: [{ name: "text", label: "What you said", kind: "textarea", required: true }],
  apology_given: [{ name: "text", label: "The apology", kind: "textarea", required: true }],
  desired_outcome: [{ name: "text", label: "What the customer wants", kind: "textarea", required: true }],
  plan_shared: [
    { name: "plan", label: "The plan", kind: "textarea", required: true },
    { name: "timeline", label: "By when", kind: "text", required: true },
  ],
  anything_else_asked: [
    { name: "text", label: "What you asked", kind: "text" },
    { name: "answer", label: "Their answer", kind: "text" },
  ],
  follow_up_planned: [
    { name: "at", label: "When", kind: "datetime", required: true },
    { name: "channel", label: "How", kind: "choice", required: true, options: channels },
    { name: "note", label: "Note", kind: "text" },
  ],
  evaluation: [
    { name: "handling", label: "How the case was handled", kind: "textarea", required: true },
    { name: "worked", label: "Did it work?", kind: "choice", required: true, options: worked },
    { name: "customerFeedback", label: "What the customer said", kind: "text" },
    { name: "lessons", label: "Lessons for the team", kind: "textarea" },
  ],
};

export type Draft = Record<string, string | boolean>;

function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function draftFrom(fields: EvidenceField[], evidence: Record<string, unknown> | null): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    const value = evidence?.[field.name];
    if (field.kind === "checkbox") draft[field.name] = value === true;
    else if (field.kind === "lines") draft[field.name] = Array.isArray(value) ? value.join("\n") : "";
    else if (field.kind === "datetime")
      draft[field.name] = typeof value === "string" ? localDateTime(value) : "";
    else draft[field.name] = typeof value === "string" ? value : "";
  }
  return draft;
}

/** Empty optional fields are left out: the server rejects blank text. */
export function evidenceFrom(fields: EvidenceField[], draft: Draft): Record<string, unknown> {
  const evidence: Record<string, unknown> = {};
  for (const field of fields) {
    const value = draft[field.name];
    if (field.kind === "checkbox") {
      evidence[field.name] = value === true;
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    if (!text) continue;
    if (field.kind === "lines") {
      evidence[field.name] = text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
    } else if (field.kind === "datetime") {
      evidence[field.name] = new Date(text).toISOString();
    } else evidence[field.name] = text;
  }
  return evidence;
}

export function missingRequired(fields: EvidenceField[], draft: Draft): boolean {
  return fields.some((field) => field.required && !String(draft[field.name] ?? "").trim());
}

/** One line of what an item's evidence says, for the checklist. */
export function evidenceSummary(evidence: Record<string, unknown> | null): string {
  if (!evidence) return "";
  const parts: string[] = [];
  for (const [name, value] of Object.entries(evidence)) {
    if (name === "interactionId" || value === null || value === undefined || value === false) continue;
    if (Array.isArray(value)) parts.push(value.join("; "));
    else if (value === true) parts.push(name === "readBack" ? "read back" : name);
    else if (name === "at" && typeof value === "string") parts.push(new Date(value).toLocaleString());
    else parts.push(String(value));
  }
  return parts.join(" · ");
}
