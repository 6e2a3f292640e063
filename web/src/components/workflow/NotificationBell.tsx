import { ActionIcon, Indicator, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../../api";
import { notificationsKey } from "../../workflow-api";
import { useFollowLiveCaseEvents } from "./use-follow-live";

const unreadLimit = 100;

export function useUnreadNotifications() {
  useFollowLiveCaseEvents(notificationsKey);
  return useQuery({
    queryKey: [...notificationsKey, "unread"],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/notifications", {
          params: { query: { unread: "true", limit: unreadLimit } },
          signal,
        }),
      ),
    refetchInterval: 60_000,
  });
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      aria-hidden
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function NotificationBell() {
  const unread = useUnreadNotifications();
  const count = unread.data?.items.length ?? 0;
  const label =
    count === 0
      ? "Notifications"
      : `Notifications, ${count >= unreadLimit ? `${unreadLimit}+` : count} unread`;
  return (
    <Tooltip label={label}>
      <Indicator
        disabled={count === 0}
        label={count >= unreadLimit ? `${unreadLimit - 1}+` : count}
        size={16}
        color="red"
        offset={4}
        data-testid="notification-count"
      >
        <ActionIcon
          component={Link}
          to="/notifications"
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label}
        >
          <BellIcon />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
