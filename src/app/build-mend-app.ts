import { resolvePrincipal } from "../accounts/resolve-principal";
import { registerAccountRoutes } from "../accounts/routes";
import { registerCaseRoutes } from "../cases/routes";
import { registerEmailChannelRoutes } from "../channels/email/routes";
import { registerComplaintFormRoutes } from "../channels/webform/routes";
import { registerCoachRoutes } from "../coach/routes";
import { registerCustomerRoutes } from "../customers/routes";
import { registerConversationRoutes } from "../intake/api/conversation-routes";
import { registerMessageRoutes } from "../intake/api/routes";
import type { AppDeps } from "../platform/http/app-deps";
import { type App, buildApp } from "../platform/http/build-app";
import { registerResolutionRoutes } from "../resolution/routes";
import { registerTemplateRoutes } from "../templates/routes";
import { registerTriageRoutes } from "../triage/routes";
import { registerWorkflowRoutes } from "../workflow/routes";
import { nameApiSchemas } from "./openapi-components";

// The composition root for HTTP: every domain's routes on the platform's shell. A new domain
// adds its registration here and nowhere in the platform.
function registerDomainRoutes(api: App, deps: AppDeps) {
  registerAccountRoutes(api, deps);
  registerCaseRoutes(api, deps);
  registerCoachRoutes(api, deps);
  registerCustomerRoutes(api, deps);
  registerTriageRoutes(api, deps);
  registerMessageRoutes(api, deps);
  registerConversationRoutes(api, deps);
  registerWorkflowRoutes(api, deps);
  registerEmailChannelRoutes(api, deps);
  registerComplaintFormRoutes(api, deps);
  registerTemplateRoutes(api, deps);
  registerResolutionRoutes(api, deps);
}

export function buildMendApp(deps: AppDeps) {
  nameApiSchemas();
  return buildApp({
    deps,
    registerRoutes: registerDomainRoutes,
    resolvePrincipal: (request) => resolvePrincipal({ db: deps.db, request }),
  });
}

export type MendApp = Awaited<ReturnType<typeof buildMendApp>>;
