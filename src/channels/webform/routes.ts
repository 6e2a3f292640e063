import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";
import { findOrganization } from "../../accounts/find-organization";
import { packageRoot } from "../../package-root";
import type { AppDeps } from "../../platform/http/app-deps";
import { AppError } from "../../platform/http/app-error";
import { createClientThrottle } from "./client-throttle";
import { type ComplaintField, complaintFields, complaintFormSchema, HONEYPOT_FIELD } from "./complaint-form";
import { renderComplaintForm, renderComplaintReceived, renderNotice } from "./render-complaint-page";
import { formatDue, submitComplaint } from "./submit-complaint";

// Per client address: a person sends one or two complaints; a flood is turned away with 429.
export const COMPLAINTS_PER_CLIENT = 5;
const WINDOW_MS = 10 * 60_000;
const MAX_FORM_BYTES = 32 * 1024;

// From the package root: the compiled server in dist/ reads the stylesheet from the sources it ships with.
const stylesheet = readFileSync(path.join(packageRoot, "src/channels/webform/complaint.css"), "utf8");
const publicRoute = { access: { public: true } };

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header("content-type", "text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .send(body);
}

// The public complaint form at /c/{orgSlug}/complaint (R1, R17): plain HTML that works without
// JavaScript, posted form-encoded to the same address.
export function registerComplaintFormRoutes(instance: FastifyInstance, deps: AppDeps) {
  const throttle = createClientThrottle({ limit: COMPLAINTS_PER_CLIENT, windowMs: WINDOW_MS });

  const findOrg = async (slug: string) => {
    try {
      return await findOrganization({ db: deps.db, slug });
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return null;
      throw error;
    }
  };
  const notFound = (reply: FastifyReply) =>
    html(
      reply,
      404,
      renderNotice({ title: "Page not found", text: "There is no complaint form at this address." }),
    );

  instance.register(async (scope) => {
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: MAX_FORM_BYTES },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

    scope.get("/c/complaint.css", { config: publicRoute, schema: { hide: true } }, async (_request, reply) =>
      reply
        .header("content-type", "text/css; charset=utf-8")
        .header("cache-control", "public, max-age=3600")
        .send(stylesheet),
    );

    scope.get<{ Params: { orgSlug: string } }>(
      "/c/:orgSlug/complaint",
      {
        config: { ...publicRoute, errors: ["not_found"] },
        schema: {
          operationId: "showComplaintForm",
          tags: ["webform"],
          summary: "The public complaint form (HTML; 404 page when no organisation has this slug)",
        },
      },
      async (request, reply) => {
        const org = await findOrg(request.params.orgSlug);
        if (!org) return notFound(reply);
        return html(
          reply,
          200,
          renderComplaintForm({ orgName: org.name, action: request.url.split("?")[0]! }),
        );
      },
    );

    scope.post<{ Params: { orgSlug: string }; Body: Record<string, unknown> }>(
      "/c/:orgSlug/complaint",
      {
        config: { ...publicRoute, errors: ["not_found", "rate_limited"] },
        schema: {
          operationId: "submitComplaint",
          tags: ["webform"],
          summary: "Send a complaint from the public form (form-encoded); answers an HTML page",
          description: `Fields: ${complaintFields.join(", ")}. At most ${COMPLAINTS_PER_CLIENT} per client every ${WINDOW_MS / 60_000} minutes (429 after).`,
        },
      },
      async (request, reply) => {
        const retryAfter = throttle.take(request.ip);
        if (retryAfter !== null) {
          return html(
            reply.header("retry-after", String(retryAfter)),
            429,
            renderNotice({
              title: "Please wait a moment",
              text: "We have received several complaints from you just now. Please try again in a few minutes.",
            }),
          );
        }
        const org = await findOrg(request.params.orgSlug);
        if (!org) return notFound(reply);
        const body = request.body && typeof request.body === "object" ? request.body : {};
        const action = request.url.split("?")[0]!;
        // A robot filled the field people never see: thank it, and keep nothing.
        if (typeof body[HONEYPOT_FIELD] === "string" && body[HONEYPOT_FIELD] !== "") {
          return html(
            reply,
            200,
            renderComplaintReceived({ orgName: org.name, reference: null, due: null, emailed: false }),
          );
        }
        const parsed = complaintFormSchema.safeParse(body);
        if (!parsed.success) {
          const errors: Partial<Record<ComplaintField, string>> = {};
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? "message") as ComplaintField;
            errors[field] ??= issue.message;
          }
          const values = Object.fromEntries(
            complaintFields.map((field) => [
              field,
              typeof body[field] === "string" ? (body[field] as string) : "",
            ]),
          );
          return html(reply, 400, renderComplaintForm({ orgName: org.name, action, values, errors }));
        }
        const received = await submitComplaint({
          db: deps.db,
          jobs: deps.jobs,
          outbound: deps.outbound,
          org,
          form: parsed.data,
        });
        return html(
          reply,
          200,
          renderComplaintReceived({
            orgName: org.name,
            reference: received.caseNumber,
            due: received.firstResponseDueAt ? formatDue(received.firstResponseDueAt) : null,
            emailed: received.emailed,
          }),
        );
      },
    );
  });
}
