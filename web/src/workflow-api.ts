import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Outcome, PlaybookItemKey } from "../../src/shared/vocabulary";
import { api, unwrap } from "./api";
import type { BodyOf, Schemas } from "./api-types";

export type { Outcome, PlaybookItemKey };

export type CaseWorkflow = Schemas["CaseWorkflow"];
export type FieldProblem = CaseWorkflow["gates"]["resolve"][number];
export type PlaybookItem = CaseWorkflow["playbook"][number];
export type SlaClock = NonNullable<CaseWorkflow["sla"]["clocks"]["resolution"]>;
export type HelpRequest = Schemas["HelpRequest"];
export type HelpRequestInput = Schemas["NewHelpRequestInput"];
export type HelpTarget = HelpRequestInput["to"];
export type Fault = BodyOf<"recordRootCause">["fault"];
export type WorkflowSettings = Schemas["WorkflowSettings"];
export type RoutingRule = WorkflowSettings["routing"]["rules"][number];
export type NotificationPage = Schemas["NotificationPage"];
export type AppNotification = NotificationPage["items"][number];

export const workflowKey = (caseId: string) => ["case", caseId, "workflow"] as const;
export const workflowSettingsKey = ["settings", "workflow"] as const;
export const helpRequestsKey = ["help-requests"] as const;
export const notificationsKey = ["notifications"] as const;

export function useCaseWorkflow(caseId: string) {
  return useQuery({
    queryKey: workflowKey(caseId),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/cases/{id}/workflow", { params: { path: { id: caseId } }, signal })),
  });
}

export function useWorkflowSettings() {
  return useQuery({
    queryKey: workflowSettingsKey,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/settings/workflow", { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useUsers() {
  return useQuery({
    queryKey: ["users"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/users", { signal })),
    staleTime: 5 * 60_000,
  });
}

function refreshCase(queryClient: QueryClient, caseId: string, workflow?: CaseWorkflow) {
  if (workflow) queryClient.setQueryData(workflowKey(caseId), workflow);
  // The header, the queue and the help lists all show what a workflow action changes.
  void queryClient.invalidateQueries({ queryKey: ["case", caseId] });
  void queryClient.invalidateQueries({ queryKey: ["cases"] });
  void queryClient.invalidateQueries({ queryKey: helpRequestsKey });
}

/** Every write on a case answers with its fresh workflow view, which replaces the cached one. */
export function useWorkflowAction<Body>(
  caseId: string,
  request: (path: { id: string }, body: Body) => Promise<CaseWorkflow>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => request({ id: caseId }, body),
    onSuccess: (workflow) => refreshCase(queryClient, caseId, workflow),
  });
}

export function useRequestHelp(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HelpRequestInput) =>
      unwrap(api.POST("/api/v1/cases/{id}/help-requests", { params: { path: { id: caseId } }, body: input })),
    onSuccess: () => refreshCase(queryClient, caseId),
  });
}

export function useAnswerHelpRequest(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: string }) =>
      unwrap(api.POST("/api/v1/help-requests/{id}/answer", { params: { path: { id } }, body: { answer } })),
    onSuccess: () => refreshCase(queryClient, caseId),
  });
}

export function useWithdrawHelpRequest(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST("/api/v1/help-requests/{id}/withdraw", { params: { path: { id } } })),
    onSuccess: () => refreshCase(queryClient, caseId),
  });
}

export const outcomeLabels: Record<Outcome, string> = {
  recovered: "Recovered",
  not_recovered: "Not recovered",
  unresolvable: "Unresolvable",
  no_response: "No response",
};

export const faultLabels: Record<Fault, string> = { yes: "Yes", no: "No", partly: "Partly" };

export const helpTargetLabels: Record<HelpTarget, string> = {
  supervisor: "A supervisor",
  team: "A team",
  user: "A colleague",
};

export const notificationLabels: Record<string, string> = {
  "case.assigned": "A case was assigned to you",
  "sla.warning": "A case is close to its due time",
  "sla.breached": "A case missed its due time",
  "help_request.created": "Someone asked for your help",
  "help_request.warning": "A help request is nearly due",
  "help_request.breached": "A help request is overdue",
  "help_request.answered": "Your request for help was answered",
  "help_request.withdrawn": "A request for help was withdrawn",
  "approval.requested": "An agent asks you to approve compensation",
  "approval.approved": "Your compensation request was approved",
  "approval.rejected": "Your compensation request was not approved",
  "approval.late": "An approval request is overdue",
  "promise.reminder": "A promise to a customer is nearly due",
  "promise.broken": "A promise to a customer was broken",
};

export const clockLabels: Record<string, string> = {
  firstResponse: "First response",
  first_response: "First response",
  nextUpdate: "Next update",
  next_update: "Next update",
  resolution: "Resolution",
};

/** Business minutes as people say them: "45 min", "4 h", "2 days" (a day here is 8 open hours). */
export function durationLabel(minutes: number, minutesPerDay = 1440): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < minutesPerDay || minutes % minutesPerDay !== 0) {
    const hours = Math.round((minutes / 60) * 10) / 10;
    return `${hours} h`;
  }
  const days = minutes / minutesPerDay;
  return days === 1 ? "1 day" : `${days} days`;
}

/** Red once a due time has passed, amber after the warning, calm otherwise. */
export function clockColor(state: string): string {
  if (state === "breached") return "red";
  if (state === "warning") return "orange";
  if (state === "met") return "teal";
  return "gray";
}
