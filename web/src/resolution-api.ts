import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PromiseKind } from "../../src/shared/vocabulary";
import { api } from "./api";
import { useFollowLiveCaseEvents } from "./components/workflow/use-follow-live";

// Every call the resolution panel, the approvals page and Settings → Compensation make.
// Money is in integer minor units (cents) of `currency`.

export type { PromiseKind };
export type Slot = "remedy" | "trouble" | "extra";
export type Unit = "money" | "percent" | "item";
type Person = { id: string; name: string } | null;

export interface CatalogItem {
  type: string;
  label: string;
  unit: Unit;
  costPerUnit: number;
  defaultAmount?: number | null;
  asksOfCustomer: string | null;
  exclusive: boolean;
  separateMessage: boolean;
  active?: boolean;
}

export interface Accommodation {
  id: string;
  type: string;
  label: string;
  unit: Unit;
  amount: number;
  cost: number;
  status: "pending_approval" | "granted" | "delivered" | "rejected";
  note: string | null;
  reason: string | null;
  grantedBy: Person;
  grantedAt: string | null;
  overBudget: boolean;
  deliveredAt: string | null;
  deliveryReference: string | null;
  approval: { id: string; status: string; why: string; dueAt: string; decisionReason: string | null } | null;
}

export interface CasePromise {
  id: string;
  kind: PromiseKind;
  text: string;
  dueAt: string;
  state: "open" | "kept" | "broken" | "cancelled";
  owner: Person;
  evidence: Record<string, string> | null;
  cancelReason: string | null;
  closedAt: string | null;
}

export interface CaseResolution {
  currency: string;
  facts: {
    loss: { amount: number; text: string } | null;
    fault: "yes" | "no" | "partly" | null;
    rootCause: string | null;
    risk: number | null;
    customer: { tier: string | null; lifetimeValue: number | null; followers: number | null };
  };
  desiredOutcome: string | null;
  suggestion: { type: string; label: string; slot: Slot; amount: number; cost: number; reasons: string[] }[];
  catalog: CatalogItem[];
  granted: Accommodation[];
  promises: CasePromise[];
  plan: string | null;
  economics: {
    given: number;
    committed: number;
    lifetimeValue: number | null;
    replacementCost: number;
    acquisitionCostMultiplier: number;
  };
  authorityLeft: {
    perCase: number | null;
    perMonth: number | null;
    budget: number | null;
    budgetWarning: boolean;
  };
  status: string;
}

export type GrantResult =
  | { status: "granted"; accommodationId: string; budgetWarning: boolean }
  | { status: "pending_approval"; accommodationId: string; approvalId: string; why: string };

export interface Approval {
  id: string;
  status: "pending" | "approved" | "rejected";
  why: "per_case" | "per_month" | "budget";
  case: { id: string; number: number; subject: string | null };
  accommodation: {
    id: string;
    type: string;
    label: string;
    unit: Unit;
    amount: number;
    cost: number;
    note: string | null;
  };
  requestedBy: Person;
  decidedBy: Person;
  decisionReason: string | null;
  createdAt: string;
  dueAt: string;
  breachedAt: string | null;
  decidedAt: string | null;
}

type Limit = { perCase: number | null; perMonth: number | null };
export interface CompensationRule {
  name: string;
  slot: Slot;
  when: {
    minLoss?: number;
    maxLoss?: number;
    faults?: ("yes" | "no" | "partly")[];
    rootCauses?: string[];
    tiers?: string[];
    minRisk?: number;
    minLifetimeValue?: number;
    minFollowers?: number;
  };
  give: { type: string; amount?: { fixed: number } | { lossShare: number; max?: number } };
  reason: string;
}
export interface CompensationSettings {
  currency: string;
  catalog: (CatalogItem & { active: boolean; defaultAmount?: number })[];
  rules: CompensationRule[];
  authority: {
    roles: Record<"agent" | "specialist" | "supervisor" | "admin", Limit>;
    users: Record<string, Limit>;
    approvalHours: number;
  };
  budget: { monthly: number | null; warnAtShare: number };
  acquisitionCostMultiplier: number;
  promiseReminderMinutes: number;
}

const caseKey = (caseId: string) => ["case", caseId, "resolution"] as const;
export const approvalsKey = ["approvals"] as const;
const settingsKey = ["settings", "compensation"] as const;
const enc = encodeURIComponent;

export function useCaseResolution(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: ({ signal }) => api.get<CaseResolution>(`/api/v1/cases/${enc(caseId)}/resolution`, { signal }),
  });
}

function useCaseMutation<Vars, Result>(caseId: string, call: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["case", caseId] });
      void queryClient.invalidateQueries({ queryKey: approvalsKey });
      // A registered promise changes what the coach says about the draft.
      void queryClient.invalidateQueries({ queryKey: ["coach"] });
    },
  });
}

export function useGrant(caseId: string) {
  return useCaseMutation(caseId, (body: { type: string; amount?: number; note?: string; reason?: string }) =>
    api.post<GrantResult>(`/api/v1/cases/${enc(caseId)}/accommodations`, body),
  );
}

export function useMarkDelivered(caseId: string) {
  return useCaseMutation(caseId, (vars: { id: string; reference: string }) =>
    api.post(`/api/v1/accommodations/${enc(vars.id)}/delivered`, { reference: vars.reference }),
  );
}

export function useRecordPromise(caseId: string) {
  return useCaseMutation(caseId, (body: { kind: PromiseKind; text: string; dueAt: string }) =>
    api.post<{ id: string }>(`/api/v1/cases/${enc(caseId)}/promises`, body),
  );
}

export function useKeepPromise(caseId: string) {
  return useCaseMutation(
    caseId,
    (vars: { id: string; evidence: { note?: string; reference?: string; accommodationId?: string } }) =>
      api.post(`/api/v1/promises/${enc(vars.id)}/kept`, { evidence: vars.evidence }),
  );
}

export function useCancelPromise(caseId: string) {
  return useCaseMutation(caseId, (vars: { id: string; reason: string }) =>
    api.post(`/api/v1/promises/${enc(vars.id)}/cancel`, { reason: vars.reason }),
  );
}

export function useApprovals(status: "pending" | "all") {
  useFollowLiveCaseEvents(approvalsKey);
  return useQuery({
    queryKey: [...approvalsKey, status],
    queryFn: ({ signal }) =>
      api.get<{ currency: string; items: Approval[] }>("/api/v1/approvals", { signal, query: { status } }),
    refetchInterval: 60_000,
  });
}

export interface CompensationSummary {
  currency: string;
  month: string;
  budget: number | null;
  spent: number;
  budgetWarning: boolean;
  committed: number;
  given: number;
  cases: number;
  lifetimeValue: number;
  replacementCost: number;
  byType: { type: string; label: string; count: number; cost: number }[];
}

export function useCompensationSummary() {
  useFollowLiveCaseEvents([...approvalsKey, "summary"]);
  return useQuery({
    queryKey: [...approvalsKey, "summary"],
    queryFn: ({ signal }) => api.get<CompensationSummary>("/api/v1/compensation/summary", { signal }),
  });
}

export function useDecideApproval(caseId: string) {
  return useCaseMutation(caseId, (vars: { id: string; approve: boolean; reason: string }) =>
    api.post(`/api/v1/approvals/${enc(vars.id)}/decision`, { approve: vars.approve, reason: vars.reason }),
  );
}

export function useCompensationSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get<CompensationSettings>("/api/v1/settings/compensation", { signal }),
  });
}

export function useSaveCompensationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<CompensationSettings>) =>
      api.put<CompensationSettings>("/api/v1/settings/compensation", patch),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      void queryClient.invalidateQueries({ queryKey: ["case"] });
    },
  });
}

/** Minor units → "€64.50"; percent and item amounts read as "20 %" and "1 ×". */
export function formatMoney(minor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);
}

export function formatAmountOf(item: { unit: Unit; amount: number }, currency: string): string {
  if (item.unit === "money") return formatMoney(item.amount, currency);
  if (item.unit === "percent") return `${item.amount} % off`;
  return item.amount === 1 ? "" : `× ${item.amount}`;
}

export const promiseKindLabels: Record<PromiseKind, string> = {
  refund_by: "Refund by",
  call_back_at: "Call back at",
  update_by: "Update by",
  replacement_shipped_by: "Replacement shipped by",
  other: "Other",
};

export const whyLabels: Record<Approval["why"], string> = {
  per_case: "Above the agent's limit per case",
  per_month: "Above the agent's monthly limit",
  budget: "Past this month's budget (admins only)",
};
