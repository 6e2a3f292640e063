import { Group, Text, Tooltip } from "@mantine/core";
import type { LiveStatus } from "../live";

const descriptions: Record<LiveStatus, string> = {
  live: "New and changed cases appear here as they happen.",
  connecting: "Connecting to live updates…",
  reconnecting: "Live updates paused. Reconnecting — the queue will catch up by itself.",
};

export function LiveIndicator({ status }: { status: LiveStatus }) {
  const live = status === "live";
  return (
    <Tooltip label={descriptions[status]} multiline w={240}>
      <Group
        gap={6}
        wrap="nowrap"
        aria-label={descriptions[status]}
        role="status"
        data-testid="live-indicator"
        data-status={status}
      >
        <span
          aria-hidden
          style={{
            width: 8,
            height: 8,
            borderRadius: "50%",
            background: live ? "var(--mantine-color-green-6)" : "var(--mantine-color-gray-5)",
            boxShadow: live ? "0 0 0 3px var(--mantine-color-green-1)" : "none",
          }}
        />
        <Text size="xs" fw={600} c={live ? "green.8" : "dimmed"}>
          Live
        </Text>
      </Group>
    </Tooltip>
  );
}
