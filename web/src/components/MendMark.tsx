import { Group, Text } from "@mantine/core";

export function MendMark({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-mend-7)" />
        <path
          d="M9 17.5l4.5 4.5L23 11"
          stroke="#fff"
          strokeWidth="3.2"
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <Text component="span" fw={700} fz={size * 0.75} ff="heading" c="mend.9" lh={1}>
        Mend
      </Text>
    </Group>
  );
}
