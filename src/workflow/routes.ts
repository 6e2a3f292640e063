import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../platform/http/build-app";

// The recovery workflow's endpoints (issue 5) are registered here.
export function registerWorkflowRoutes(_api: FastifyInstance, _deps: AppDeps) {}
