export type FieldProblem = { field: string; reason: string };

export const statusByCode = {
  validation_failed: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof statusByCode;

// One error type for the whole app: `message` is safe to show a user; `cause` stays in the logs.
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: FieldProblem[] | undefined;
  /** sent as Retry-After with a 429 */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { details?: FieldProblem[]; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return statusByCode[this.code];
  }

  /** A problem with one field: the message reads "field: reason" and the details name the field. */
  static forField(field: string, reason: string, code: AppErrorCode = "validation_failed"): AppError {
    return new AppError(code, `${field}: ${reason}`, { details: [{ field, reason }] });
  }

  static notFound(what: string): AppError {
    return new AppError("not_found", `${what} was not found.`);
  }
}
