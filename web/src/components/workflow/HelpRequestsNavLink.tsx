import { useQuery } from "@tanstack/react-query";
import { api } from "../../api";
import { type HelpRequest, helpRequestsKey } from "../../workflow-api";
import { CountedNavLink } from "../CountedNavLink";
import { useFollowLiveCaseEvents } from "./use-follow-live";

export function useHelpRequests(scope: "me" | "mine") {
  useFollowLiveCaseEvents(helpRequestsKey);
  return useQuery({
    queryKey: [...helpRequestsKey, scope],
    queryFn: ({ signal }) =>
      api.get<{ items: HelpRequest[] }>("/api/v1/help-requests", {
        signal,
        query: { for: scope, status: scope === "me" ? "open" : "all" },
      }),
    refetchInterval: 60_000,
  });
}

/** Requests for help sit above normal work, so the way in shows how many are waiting. */
export function HelpRequestsNavLink({ active, onClick }: { active: boolean; onClick: () => void }) {
  const waiting = useHelpRequests("me").data?.items.length ?? 0;
  return (
    <CountedNavLink
      to="/help-requests"
      label="Help requests"
      count={waiting}
      testId="help-request-count"
      active={active}
      onClick={onClick}
    />
  );
}
