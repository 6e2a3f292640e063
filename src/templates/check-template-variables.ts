import { knownVariables, listVariables } from "../coach/engine/fill-template";
import { AppError } from "../platform/http/app-error";

// A variable Mend cannot fill would reach the customer as "{{…}}", so it is refused on save.
export function checkTemplateVariables(body: string) {
  const unknown = listVariables(body).filter((name) => !knownVariables.includes(name));
  if (unknown.length === 0) return;
  const known = knownVariables.map((name) => `{{${name}}}`).join(", ");
  const reason = `${unknown.map((name) => `{{${name}}}`).join(", ")} ${
    unknown.length === 1 ? "is not a variable" : "are not variables"
  } Mend can fill; use ${known}`;
  throw AppError.forField("body", reason);
}
