import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Outcome, PlaybookItemKey } from "../../src/shared/vocabulary";
import { api } from "./api";
import type { CasePriority, CaseStatus, Channel, User } from "./api-types";

export type { Outcome, PlaybookItemKey };

export type Fault = "yes" | "no" | "partly";
export type HelpTarget = "supervisor" | "team" | "user";

export interface Person {
  id: string;
  name: string;
}

export interface FieldProblem {
  field: string;
  reason: string;
}

export interface PlaybookItem {
  key: PlaybookItemKey;
  label: string;
  done: boolean;
  source: "mend" | "agent" | null;
  evidence: Record<string, unknown> | null;
  doneAt: string | null;
}

export interface SlaClock {
  state: string;
  startedAt: string;
  dueAt: string | null;
  remainingMinutes: number;
}

export interface HelpRequest {
  id: string;
  case: { id: string; number: number; subject: string | null };
  requestedBy: Person | null;
  to: { kind: HelpTarget; team: string | null; userId: string | null };
  priority: CasePriority;
  note: string;
  status: "open" | "answered" | "withdrawn";
  answer: string | null;
  answeredAt: string | null;
  dueAt: string;
  warnedAt: string | null;
  breachedAt: string | null;
  createdAt: string;
}

export interface CaseWorkflow {
  caseId: string;
  number: number;
  status: CaseStatus;
  priority: CasePriority;
  owner: Person | null;
  queue: string | null;
  difficult: boolean;
  difficultReason: string | null;
  rootCause: { key: string; label: string; fault: string | null; note: string | null } | null;
  outcome: { outcome: string; reason: string | null } | null;
  playbook: PlaybookItem[];
  gates: { resolve: FieldProblem[]; close: FieldProblem[] };
  allowedTransitions: CaseStatus[];
  sla: {
    paused: boolean;
    firstResponseDueAt: string | null;
    nextUpdateDueAt: string | null;
    resolutionDueAt: string | null;
    clocks: { firstResponse: SlaClock | null; nextUpdate: SlaClock | null; resolution: SlaClock | null };
    outcomes: { clock: string; hit: boolean; actualMinutes: number; targetMinutes: number }[];
    alerts: { clock: string; kind: string; firedAt: string }[];
  };
  assignments: {
    from: Person | null;
    to: Person | null;
    queue: string | null;
    reason: string;
    byUserId: string | null;
    at: string;
  }[];
  helpRequests: HelpRequest[];
}

export interface SlaTarget {
  firstResponseMinutes: number;
  updateEveryMinutes: number;
  resolutionMinutes: number;
  calendar: "business" | "24x7";
}

export interface RoutingRule {
  name: string;
  when: { channels?: Channel[]; rootCauses?: string[]; tiers?: string[]; languages?: string[] };
  assign: { team?: string; skills?: string[]; userId?: string };
}

export interface WorkflowSettings {
  gates: { resolve: PlaybookItemKey[]; close: PlaybookItemKey[] };
  rootCauses: { key: string; label: string }[];
  sla: {
    policy: { targets: Record<Channel, Record<CasePriority, SlaTarget>>; warnAtShare: number };
    calendars: Record<string, unknown>;
  };
  routing: {
    autoAssign: boolean;
    maxOpenCasesPerAgent: number;
    defaultQueue: string;
    specialistQueue: string;
    specialistSkills: string[];
    rules: RoutingRule[];
  };
  teams: { key: string; name: string; memberIds: string[] }[];
  helpRequests: { warnAtShare: number };
}

export interface AppNotification {
  id: string;
  kind: string;
  caseId: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: AppNotification[];
  nextCursor: string | null;
}

export const workflowKey = (caseId: string) => ["case", caseId, "workflow"] as const;
export const workflowSettingsKey = ["settings", "workflow"] as const;
export const helpRequestsKey = ["help-requests"] as const;
export const notificationsKey = ["notifications"] as const;

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export function useCaseWorkflow(caseId: string) {
  return useQuery({
    queryKey: workflowKey(caseId),
    queryFn: ({ signal }) => api.get<CaseWorkflow>(`${casePath(caseId)}/workflow`, { signal }),
  });
}

export function useWorkflowSettings() {
  return useQuery({
    queryKey: workflowSettingsKey,
    queryFn: ({ signal }) => api.get<WorkflowSettings>("/api/v1/settings/workflow", { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useUsers() {
  return useQuery({
    queryKey: ["users"],
    queryFn: ({ signal }) => api.get<{ items: User[] }>("/api/v1/users", { signal }),
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
  request: (body: Body) => { method: "post" | "put"; path: string; body: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => {
      const { method, path, body: payload } = request(body);
      return api[method]<CaseWorkflow>(`${casePath(caseId)}${path}`, payload);
    },
    onSuccess: (workflow) => refreshCase(queryClient, caseId, workflow),
  });
}

export interface HelpRequestInput {
  to: HelpTarget;
  team?: string;
  userId?: string;
  priority: CasePriority;
  dueAt: string;
  note: string;
}

export function useRequestHelp(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HelpRequestInput) =>
      api.post<{ id: string; dueAt: string }>(`${casePath(caseId)}/help-requests`, input),
    onSuccess: () => refreshCase(queryClient, caseId),
  });
}

export function useAnswerHelpRequest(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: string }) =>
      api.post<{ ok: true }>(`/api/v1/help-requests/${encodeURIComponent(id)}/answer`, { answer }),
    onSuccess: () => refreshCase(queryClient, caseId),
  });
}

export function useWithdrawHelpRequest(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ ok: true }>(`/api/v1/help-requests/${encodeURIComponent(id)}/withdraw`, {}),
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
