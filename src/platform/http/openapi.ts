import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { z } from "zod";
import { packageRoot } from "../../package-root";
import { type AppErrorCode, statusByCode } from "./app-error";
import type { RouteAccess } from "./auth";

const packageJson = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as {
  version: string;
};

// The one error shape every route answers with (src/platform/http/error-handler.ts).
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(statusByCode) as [AppErrorCode, ...AppErrorCode[]]),
      message: z.string().meta({ description: "Safe to show to a person as it is." }),
      details: z
        .array(z.object({ field: z.string(), reason: z.string() }))
        .optional()
        .meta({ description: "One entry per field that is wrong, named by its path in the request." }),
    }),
  })
  .meta({ id: "Error" });

type ErrorBody = z.infer<typeof errorBodySchema>;

const errorResponses: Record<number, { name: string; description: string; example: ErrorBody }> = {
  400: {
    name: "ValidationFailed",
    description: "The request is not valid; `details` names each field and what is wrong with it.",
    example: {
      error: {
        code: "validation_failed",
        message: "text: must not be empty",
        details: [{ field: "text", reason: "must not be empty" }],
      },
    },
  },
  401: {
    name: "Unauthorized",
    description: "No valid session or API token (or, when signing in, wrong credentials).",
    example: { error: { code: "unauthorized", message: "Sign in to continue." } },
  },
  403: {
    name: "Forbidden",
    description: "Signed in, but this role or an API token may not do this.",
    example: { error: { code: "forbidden", message: "Your role does not allow this." } },
  },
  404: {
    name: "NotFound",
    description: "Nothing with that id in this organization.",
    example: { error: { code: "not_found", message: "That case was not found." } },
  },
  409: {
    name: "Conflict",
    description: "The request clashes with the current state; the message says what to change first.",
    example: {
      error: {
        code: "conflict",
        message: "The case cannot move to Resolved yet.",
        details: [{ field: "rootCause", reason: "record the root cause first" }],
      },
    },
  },
  413: {
    name: "PayloadTooLarge",
    description: "The request body is larger than this endpoint accepts.",
    example: { error: { code: "payload_too_large", message: "The request body is too large." } },
  },
  429: {
    name: "RateLimited",
    description: "Too many attempts; wait the number of seconds in Retry-After.",
    example: {
      error: { code: "rate_limited", message: "Too many sign-in attempts. Try again in 5 minutes." },
    },
  },
};

type RouteConfig = { access?: RouteAccess; errors?: readonly AppErrorCode[] };
type Security = Record<string, string[]>[];
type OpenApiSchema = Record<string, unknown> & {
  operationId?: string;
  hide?: boolean;
  description?: string;
  security?: Security;
};

// Who may call, as OpenAPI says it: a browser session for people, a bearer token for integrations.
function securityFor(access: RouteAccess): Security {
  if (access.public) return [];
  return access.apiToken ? [{ session: [] }, { bearer: [] }] : [{ session: [] }];
}

function accessNote(access: RouteAccess): string | null {
  if (access.public) return null;
  const who = access.roles ? `Signed-in ${access.roles.join(" or ")}` : "Any signed-in user";
  return `**Who may call:** ${who}${access.apiToken ? ", or an API token" : ""}.`;
}

// The errors a route can answer with follow from what it takes and who may call it; a route adds
// the rest (409, 429, 401 on a public route) in `config.errors`.
function errorStatusesFor(method: string, schema: OpenApiSchema, config: RouteConfig): number[] {
  const statuses = new Set<number>();
  // Any request with a body can carry malformed JSON, whether or not the route reads one.
  const takesInput = Boolean(schema.body || schema.querystring || schema.params) || method !== "GET";
  if (takesInput) statuses.add(400);
  if (!config.access?.public) {
    statuses.add(401);
    statuses.add(403);
  }
  if (schema.params) statuses.add(404);
  if (schema.body) statuses.add(413);
  for (const code of config.errors ?? []) statuses.add(statusByCode[code]);
  return [...statuses].filter((status) => status in errorResponses).sort((a, b) => a - b);
}

const ERRORS_KEY = "x-mend-errors";

const documentRoute: FastifyDynamicSwaggerOptions["transform"] = (input) => {
  const result = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const schema = result.schema as OpenApiSchema;
  if (schema.hide) return result;
  const method = [input.route.method].flat().join(",");
  if (!schema.operationId) {
    throw new Error(`${method} ${input.url} has no operationId: name it after its use case (docs/api.md).`);
  }
  const config = (input.route.config ?? {}) as RouteConfig;
  const access = config.access ?? {};
  const note = accessNote(access);
  return {
    url: result.url,
    schema: {
      ...schema,
      security: schema.security ?? securityFor(access),
      ...(note ? { description: schema.description ? `${schema.description}\n\n${note}` : note } : {}),
      [ERRORS_KEY]: errorStatusesFor(method, schema, config),
    },
  };
};

type Media = { schema?: { $ref?: string; example?: unknown }; example?: unknown };
type Operation = {
  operationId?: string;
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, unknown>;
  [ERRORS_KEY]?: number[];
};
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown> };
};

const finishDocument: FastifyDynamicSwaggerOptions["transformObject"] = (input) => {
  const document = jsonSchemaTransformObject(
    input as Parameters<typeof jsonSchemaTransformObject>[0],
  ) as unknown as Document;
  const schemas = (document.components?.schemas ?? {}) as Record<string, { example?: unknown }>;
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem)) {
      showBodyExample(operation, schemas);
      const statuses = operation[ERRORS_KEY] ?? [];
      delete operation[ERRORS_KEY];
      for (const status of statuses) {
        operation.responses ??= {};
        operation.responses[status] ??= { $ref: `#/components/responses/${errorResponses[status]!.name}` };
      }
    }
  }
  document.components = {
    ...document.components,
    responses: Object.fromEntries(
      Object.values(errorResponses).map(({ name, description, example }) => [
        name,
        {
          description,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example } },
          ...(name === "RateLimited"
            ? { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }
            : {}),
        },
      ]),
    ),
  };
  fitToOpenApi30(document);
  dropUnusedSchemas(document);
  return document as ReturnType<NonNullable<FastifyDynamicSwaggerOptions["transformObject"]>>;
};

// Two things zod's OpenAPI 3.0 output leaves for a stricter reader. A record keyed by an enum needs
// every key, but 3.0 has no propertyNames, so the keys were listed as required without being defined:
// define each as the record's value. `nullable` must stand beside a `type`, which a nullable union of
// objects (anyOf of $refs and objects) lacks. And a nullable enum must list null to accept it.
function fitToOpenApi30(value: unknown) {
  if (Array.isArray(value)) return value.forEach(fitToOpenApi30);
  if (value === null || typeof value !== "object") return;
  const schema = value as Record<string, unknown>;
  const values = schema.additionalProperties;
  if (Array.isArray(schema.required) && !schema.properties && values && typeof values === "object") {
    schema.properties = Object.fromEntries(schema.required.map((key: string) => [key, values]));
    delete schema.additionalProperties;
  }
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...schema.enum, null];
  }
  const branches = schema.anyOf;
  if (schema.nullable === true && !schema.type && Array.isArray(branches)) {
    const objects = branches.every((branch) => "$ref" in branch || branch.type === "object");
    if (objects) schema.type = "object";
  }
  for (const child of Object.values(value)) fitToOpenApi30(child);
}

// Every request body shows an example (its zod schema's `.meta({ example })`), where tools look for it.
function showBodyExample(operation: Operation, schemas: Record<string, { example?: unknown }>) {
  for (const media of Object.values(operation.requestBody?.content ?? {})) {
    const ref = media.schema?.$ref?.replace("#/components/schemas/", "");
    media.example ??= ref ? schemas[ref]?.example : media.schema?.example;
    if (media.example === undefined) {
      throw new Error(`${operation.operationId}: give its request body an example with .meta({ example }).`);
    }
  }
}

// fastify-type-provider-zod emits each named schema twice (as read and as written); keep the ones used.
function dropUnusedSchemas(document: Document) {
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string" && child.startsWith("#/components/schemas/")) {
        const name = child.slice("#/components/schemas/".length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  visit({ paths: document.paths, responses: document.components?.responses });
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

export function openApiOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      info: {
        title: "Mend API",
        description:
          "The Mend service-recovery desk. Every error answers with the `Error` shape; see docs/api.md for conventions.",
        version: packageJson.version,
        license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
      },
      // Relative: the Mend that serves this document; a client generated from it sets its own base URL.
      servers: [{ url: "/", description: "The Mend serving this document" }],
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "API token from `mend token create`" },
          session: {
            type: "apiKey",
            in: "cookie",
            name: "mend_session",
            description: "Set by POST /api/v1/auth/login (the web app's session)",
          },
        },
      },
    },
    transform: documentRoute,
    transformObject: finishDocument,
  };
}

/** A 204 answer, documented without a body. */
export function noContent(description: string) {
  return z.undefined().meta({ description });
}
