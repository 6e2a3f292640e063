import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PromiseKind } from "../../src/shared/vocabulary";
import { api, unwrap } from "./api";
import type { BodyOf, ResponseOf, Schemas } from "./api-types";
import { useFollowLiveCaseEvents } from "./components/workflow/use-follow-live";

// Every call the resolution panel, the approvals page and Settings → Compensation make.
// Money is in integer minor units (cents) of `currency`.

export type { PromiseKind };
export type CaseResolution = Schemas["CaseResolution"];
export type CatalogItem = CaseResolution["catalog"][number];
export type Unit = CatalogItem["unit"];
export type Accommodation = CaseResolution["granted"][number];
export type CasePromise = CaseResolution["promises"][number];
export type GrantResult = ResponseOf<"grantAccommodation", 201> | ResponseOf<"grantAccommodation", 202>;
export type Approval = Schemas["ApprovalPage"]["items"][number];
export type CompensationSettings = Schemas["CompensationSettings"];
export type CompensationRule = CompensationSettings["rules"][number];

const caseKey = (caseId: string) => ["case", caseId, "resolution"] as const;
export const approvalsKey = ["approvals"] as const;
const settingsKey = ["settings", "compensation"] as const;

export function useCaseResolution(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/cases/{id}/resolution", { params: { path: { id: caseId } }, signal })),
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
  return useCaseMutation(caseId, (body: BodyOf<"grantAccommodation">) =>
    unwrap(api.POST("/api/v1/cases/{id}/accommodations", { params: { path: { id: caseId } }, body })),
  );
}

export function useMarkDelivered(caseId: string) {
  return useCaseMutation(caseId, (vars: { id: string; reference: string }) =>
    unwrap(
      api.POST("/api/v1/accommodations/{id}/delivered", {
        params: { path: { id: vars.id } },
        body: { reference: vars.reference },
      }),
    ),
  );
}

export function useRecordPromise(caseId: string) {
  return useCaseMutation(caseId, (body: BodyOf<"recordPromise">) =>
    unwrap(api.POST("/api/v1/cases/{id}/promises", { params: { path: { id: caseId } }, body })),
  );
}

export function useKeepPromise(caseId: string) {
  return useCaseMutation(caseId, (vars: { id: string } & BodyOf<"markPromiseKept">) =>
    unwrap(
      api.POST("/api/v1/promises/{id}/kept", {
        params: { path: { id: vars.id } },
        body: { evidence: vars.evidence },
      }),
    ),
  );
}

export function useCancelPromise(caseId: string) {
  return useCaseMutation(caseId, (vars: { id: string; reason: string }) =>
    unwrap(
      api.POST("/api/v1/promises/{id}/cancel", {
        params: { path: { id: vars.id } },
        body: { reason: vars.reason },
      }),
    ),
  );
}

export function useApprovals(status: "pending" | "all") {
  useFollowLiveCaseEvents(approvalsKey);
  return useQuery({
    queryKey: [...approvalsKey, status],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/approvals", { params: { query: { status } }, signal })),
    refetchInterval: 60_000,
  });
}

export function useCompensationSummary() {
  useFollowLiveCaseEvents([...approvalsKey, "summary"]);
  return useQuery({
    queryKey: [...approvalsKey, "summary"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/compensation/summary", { signal })),
  });
}

export function useDecideApproval(caseId: string) {
  return useCaseMutation(caseId, (vars: { id: string; approve: boolean; reason: string }) =>
    unwrap(
      api.POST("/api/v1/approvals/{id}/decision", {
        params: { path: { id: vars.id } },
        body: { approve: vars.approve, reason: vars.reason },
      }),
    ),
  );
}

export function useCompensationSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/settings/compensation", { signal })),
  });
}

export function useSaveCompensationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: BodyOf<"updateCompensationSettings">) =>
      unwrap(api.PUT("/api/v1/settings/compensation", { body: patch })),
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
