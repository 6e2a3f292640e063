export type EmailRejectionCode = "too_large" | "too_many_parts" | "malformed";

/** Thrown when a message is refused before (or instead of) full parsing; the caller records why and moves on. */
export class EmailRejectedError extends Error {
  readonly code: EmailRejectionCode;

  constructor(code: EmailRejectionCode, message: string) {
    super(message);
    this.name = "EmailRejectedError";
    this.code = code;
  }
}
