import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, type FieldProblem } from "./app-error";

type ErrorBody = { error: { code: string; message: string; details?: FieldProblem[] } };

// The one place errors become HTTP answers: users see a clear message, logs keep the cause.
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? "body";
    const details = error.validation.map((issue) => ({
      field: fieldName(part, issue.instancePath, issue.params?.issue),
      reason: issue.message ?? "is not valid",
    }));
    const first = details[0];
    return send(reply, 400, {
      error: {
        code: "validation_failed",
        message: first ? `${first.field}: ${first.reason}` : "The request is not valid.",
        details,
      },
    });
  }
  if (error instanceof AppError) {
    if (error.status >= 500) request.log.error({ err: error }, error.message);
    if (error.retryAfterSeconds !== undefined) reply.header("retry-after", String(error.retryAfterSeconds));
    return send(reply, error.status, {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      },
    });
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, "response did not match its schema");
    return send(reply, 500, { error: { code: "internal", message: "Something went wrong on our side." } });
  }
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return send(reply, 413, {
      error: { code: "payload_too_large", message: "The request body is too large." },
    });
  }
  if (status === 415) {
    return send(reply, 415, {
      error: { code: "validation_failed", message: "Send the body as application/json." },
    });
  }
  if (status >= 400 && status < 500) {
    return send(reply, status, { error: { code: "validation_failed", message: error.message } });
  }
  request.log.error({ err: error }, "unhandled error");
  return send(reply, 500, { error: { code: "internal", message: "Something went wrong on our side." } });
}

function fieldName(part: string, instancePath: string, issue: unknown): string {
  const fromIssue = (issue as { path?: (string | number)[] } | undefined)?.path;
  const segments = fromIssue?.length ? fromIssue.map(String) : instancePath.split("/").filter(Boolean);
  const field = segments.join(".");
  if (part === "body") return field || "body";
  return field ? `${part}.${field}` : part;
}

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).type("application/json").send(body);
}
