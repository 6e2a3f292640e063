import { z } from "zod";
import { loginBody, orgSchema, sessionResponse, userSchema } from "../accounts/schema";
import { caseDetailResponse, caseListResponse, caseSummarySchema, interactionSchema } from "../cases/schema";
import {
  createEmailChannelBody,
  emailChannelResponse,
  updateEmailChannelBody,
} from "../channels/email/schema";
import { coachReportSchema, findingSchema } from "../coach/engine/schema";
import { customerProfileSchema, customerResponse } from "../customers/schema";
import { inboundMessageSchema } from "../intake/schema";
import { approvalListResponse, compensationSummary, resolutionResponse } from "../resolution/api-schema";
import {
  compensationSettingsPatch,
  compensationSettingsSchema,
  grantBody,
  promiseBody,
} from "../resolution/schema";
import { createTemplateBody, templateList, templateResponse, updateTemplateBody } from "../templates/schema";
import { correctionSchema, triageAnalysisSchema } from "../triage/engine/schema";
import {
  helpRequestBody,
  helpRequestSchema,
  notificationListResponse,
  timelineResponse,
  workflowResponse,
} from "../workflow/api-schema";
import { workflowSettingsSchema } from "../workflow/schema";

// The shapes clients name, as components of the OpenAPI document (a request body's name gets
// "Input" appended). The generated web types read them as components["schemas"]["CaseSummary"].
const named = {
  User: userSchema,
  Org: orgSchema,
  Session: sessionResponse,
  Credentials: loginBody,
  CaseSummary: caseSummarySchema,
  CasePage: caseListResponse,
  Interaction: interactionSchema,
  CaseDetail: caseDetailResponse,
  TriageAnalysis: triageAnalysisSchema,
  TriageCorrection: correctionSchema,
  Customer: customerResponse,
  CustomerProfile: customerProfileSchema,
  InboundMessage: inboundMessageSchema,
  CoachReport: coachReportSchema,
  CoachFinding: findingSchema,
  CaseWorkflow: workflowResponse,
  CaseTimeline: timelineResponse,
  HelpRequest: helpRequestSchema,
  NewHelpRequest: helpRequestBody,
  NotificationPage: notificationListResponse,
  WorkflowSettings: workflowSettingsSchema,
  EmailChannel: emailChannelResponse,
  NewEmailChannel: createEmailChannelBody,
  EmailChannelChange: updateEmailChannelBody,
  ReplyTemplate: templateResponse,
  ReplyTemplatePage: templateList,
  NewReplyTemplate: createTemplateBody,
  ReplyTemplateChange: updateTemplateBody,
  CaseResolution: resolutionResponse,
  NewAccommodation: grantBody,
  NewPromise: promiseBody,
  ApprovalPage: approvalListResponse,
  CompensationSummary: compensationSummary,
  CompensationSettings: compensationSettingsSchema,
  CompensationSettingsChange: compensationSettingsPatch,
} satisfies Record<string, z.ZodType>;

export function nameApiSchemas(): void {
  for (const [id, schema] of Object.entries(named)) {
    const meta = z.globalRegistry.get(schema);
    if (meta?.id) continue;
    // Keep what the schema already says of itself (its example) beside its name.
    z.globalRegistry.remove(schema).add(schema, { ...meta, id });
  }
}
