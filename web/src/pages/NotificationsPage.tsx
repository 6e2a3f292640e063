import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../api";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { ActionError } from "../components/workflow/ProblemList";
import { useFollowLiveCaseEvents } from "../components/workflow/use-follow-live";
import { absoluteTime, relativeTime } from "../format";
import { useNow } from "../use-now";
import { type AppNotification, notificationLabels, notificationsKey } from "../workflow-api";

function NotificationRow({ notification, now }: { notification: AppNotification; now: number }) {
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/notifications/{id}/read", { params: { path: { id: notification.id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
  const unread = notification.readAt === null;
  return (
    <Paper
      withBorder
      p="sm"
      style={{ borderColor: "var(--mend-border)", borderLeftWidth: unread ? 3 : undefined }}
      data-testid="notification"
      data-unread={unread}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 600 : 400}>
            {notificationLabels[notification.kind] ?? notification.kind}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={notification.createdAt} title={absoluteTime(notification.createdAt)}>
              {relativeTime(notification.createdAt, now)}
            </time>
            {notification.caseId && (
              <>
                {" · "}
                <Anchor component={Link} to={`/cases/${notification.caseId}`} size="xs">
                  Open the case
                </Anchor>
              </>
            )}
          </Text>
          <ActionError error={markRead.error} />
        </Stack>
        {unread && (
          <Button
            size="compact-xs"
            variant="subtle"
            loading={markRead.isPending}
            onClick={() => markRead.mutate()}
          >
            Mark as read
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function NotificationsPage() {
  const now = useNow();
  const [show, setShow] = useState<"unread" | "all">("unread");
  useFollowLiveCaseEvents(notificationsKey);
  const list = useInfiniteQuery({
    queryKey: [...notificationsKey, "list", show],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET("/api/v1/notifications", {
          params: { query: { unread: show === "unread" ? "true" : "false", cursor: pageParam, limit: 50 } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg" maw={720}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Notifications
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Which notifications"
          data={[
            { value: "unread", label: "Unread" },
            { value: "all", label: "All" },
          ]}
          value={show}
          onChange={(value) => setShow(value as "unread" | "all")}
        />
      </Group>
      {list.isPending && <PageLoader label="Loading notifications…" />}
      {list.isError && (
        <ErrorAlert
          title="Notifications didn't load"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.isSuccess && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {show === "unread" ? "You're all caught up." : "No notifications yet."}
        </Text>
      )}
      <Stack gap="xs" data-testid="notifications">
        {items.map((notification) => (
          <NotificationRow key={notification.id} notification={notification} now={now} />
        ))}
      </Stack>
      {list.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ alignSelf: "center" }}
        >
          Show older
        </Button>
      )}
    </Stack>
  );
}
