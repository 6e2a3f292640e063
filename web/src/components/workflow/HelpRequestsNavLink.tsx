import { Badge, NavLink } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../../api";
import { helpRequestsKey } from "../../workflow-api";
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
    <NavLink
      component={Link}
      to="/help-requests"
      label="Help requests"
      active={active}
      onClick={onClick}
      rightSection={
        waiting > 0 ? (
          <Badge size="sm" color="orange" circle data-testid="help-request-count">
            {waiting}
          </Badge>
        ) : null
      }
    />
  );
}
