// Fills `{{path.to.value}}` variables and remembers where each replacement landed, so findings on
// the filled text can be pointed back at the agent's own draft.
export type Replacement = {
  originalStart: number;
  originalEnd: number;
  filledStart: number;
  filledEnd: number;
};
export type FilledTemplate = { text: string; replacements: Replacement[]; unfilled: string[] };

const variablePattern = /\{\{\s*([\w.-]+)\s*\}\}/g;

export function fillTemplate(options: { text: string; variables: Record<string, string> }): FilledTemplate {
  const { text, variables } = options;
  const replacements: Replacement[] = [];
  const unfilled: string[] = [];
  let filled = "";
  let cursor = 0;
  for (const match of text.matchAll(variablePattern)) {
    const start = match.index ?? 0;
    const name = match[1] ?? "";
    const value = variables[name];
    filled += text.slice(cursor, start);
    cursor = start + match[0].length;
    if (value === undefined || value.trim() === "") {
      unfilled.push(name);
      filled += match[0];
      continue;
    }
    replacements.push({
      originalStart: start,
      originalEnd: cursor,
      filledStart: filled.length,
      filledEnd: filled.length + value.length,
    });
    filled += value;
  }
  filled += text.slice(cursor);
  return { text: filled, replacements, unfilled };
}

export function toOriginalOffset(options: {
  offset: number;
  replacements: Replacement[];
  edge: "start" | "end";
}): number {
  const { offset, replacements, edge } = options;
  let shift = 0;
  for (const replacement of replacements) {
    if (offset < replacement.filledStart) break;
    if (offset < replacement.filledEnd || (edge === "end" && offset === replacement.filledEnd)) {
      return edge === "start" ? replacement.originalStart : replacement.originalEnd;
    }
    shift = replacement.originalEnd - replacement.filledEnd;
  }
  return offset + shift;
}

// Variables the coach can fill from what it is told about the customer, the case and its promises.
export function variablesFromContext(options: {
  customer?: { name?: string; firstName?: string };
  caseNumber?: string | number;
  nextPromiseDue?: string;
  extra?: Record<string, string>;
}): Record<string, string> {
  const variables: Record<string, string> = {};
  const { customer } = options;
  const firstName = customer?.firstName ?? customer?.name?.split(/\s+/)[0];
  if (firstName) variables["customer.firstName"] = firstName;
  if (customer?.name) variables["customer.name"] = customer.name;
  if (options.caseNumber !== undefined) variables["case.number"] = String(options.caseNumber);
  if (options.nextPromiseDue) variables["promise.due"] = options.nextPromiseDue;
  return { ...variables, ...options.extra };
}

// Every variable the coach can fill, asked of variablesFromContext itself so the two never drift.
export const knownVariables: readonly string[] = Object.keys(
  variablesFromContext({ customer: { name: "-" }, caseNumber: 0, nextPromiseDue: "-" }),
);

export function listVariables(text: string): string[] {
  return [...new Set([...text.matchAll(variablePattern)].map((match) => match[1] ?? ""))];
}
