import { Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** One titled section of a settings page. */
export function SettingsCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }}>
      <Title order={2} size="h4" mb={4}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** Rules edited as JSON: the list, or null while the text is not a JSON list. */
export function parseJsonList<T>(text: string): T[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : null;
  } catch {
    return null;
  }
}
