import { AppError } from "../platform/http/app-error";

export function duplicateNameError(name: string): AppError {
  const reason = `a template named “${name}” already exists`;
  return new AppError("conflict", `name: ${reason}`, { details: [{ field: "name", reason }] });
}
