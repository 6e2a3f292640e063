import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api";
import { helpRequestsKey } from "../../workflow-api";
import { CountedNavLink } from "../CountedNavLink";
import { useFollowLiveCaseEvents } from "./use-follow-live";

export function useHelpRequests(scope: "me" | "mine") {
  useFollowLiveCaseEvents(helpRequestsKey);
  return useQuery({
    queryKey: [...helpRequestsKey, scope],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/help-requests", {
          params: { query: { for: scope, status: scope === "me" ? "open" : "all" } },
          signal,
        }),
      ),
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
