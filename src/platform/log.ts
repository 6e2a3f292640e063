import pino, { type DestinationStream, type Logger } from "pino";

// Secrets never reach the logs: credentials, cookies and tokens are cut wherever they appear.
export const redactedPaths = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "password",
  "*.password",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "databaseUrl",
  "*.databaseUrl",
];

type QueryError = Error & { query: string; params: unknown[] };

function isQueryError(error: unknown): error is QueryError {
  return error instanceof Error && "query" in error && "params" in error;
}

/** The path as asked, each query value masked: a `?secret=` or a search for a customer's name stays out. */
export function maskQuery(url: string): string {
  const at = url.indexOf("?");
  if (at === -1) return url;
  const masked = url
    .slice(at + 1)
    .split("&")
    .map((pair) => `${pair.split("=")[0]}=***`)
    .join("&");
  return `${url.slice(0, at)}?${masked}`;
}

// A failed query's parameters are the customer's words and details, and PostgreSQL repeats a bad
// value in its message; the log keeps the SQL, the error code and where it was thrown.
function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error);
  const wrapped = (error as Error | undefined)?.cause;
  const queryError = isQueryError(error) ? error : isQueryError(wrapped) ? wrapped : null;
  if (!queryError) return serialized;
  const cause = queryError.cause as { code?: string; constraint?: string; table?: string } | undefined;
  return {
    type: serialized.type,
    message: queryError === error ? `Failed query: ${queryError.query}` : serialized.message,
    query: queryError.query,
    code: cause?.code,
    constraint: cause?.constraint,
    table: cause?.table,
    stack: (serialized.stack ?? "")
      .split("\n")
      .filter((line) => line.startsWith("    at "))
      .join("\n"),
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: redactedPaths, censor: "[redacted]" },
      serializers: {
        err: serializeError,
        req: (request: { method: string; url: string; host?: string; ip?: string }) => ({
          method: request.method,
          url: maskQuery(request.url),
          host: request.host,
          remoteAddress: request.ip,
        }),
      },
    },
    destination ?? pino.destination(1),
  );
}

export function describeDatabase(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
