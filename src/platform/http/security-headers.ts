import type { FastifyReply, FastifyRequest } from "fastify";

// One policy for the web app, the API docs and the API. Scripts only from Mend's own files: the
// built app and Swagger UI load every script from a file, none inline. Styles may be inline because
// Mantine writes its theme into <style> tags and both UIs set style attributes; a style cannot run
// code. Images: own files and data: URLs (the favicon, Swagger's icons); email HTML is shown with
// remote images removed, and this keeps any that slip through from calling out.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function makeSecurityHeaders(publicUrl: string) {
  // HSTS only where Mend is served over https: on plain http it would lock browsers out.
  const https = publicUrl.startsWith("https://");
  return async function setSecurityHeaders(_request: FastifyRequest, reply: FastifyReply) {
    // a route with a stricter policy of its own (attachments: sandboxed) keeps it
    if (!reply.hasHeader("content-security-policy")) {
      reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    }
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "same-origin");
    reply.header("cross-origin-opener-policy", "same-origin");
    if (https) reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  };
}
