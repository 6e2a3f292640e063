import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { CaseDetail } from "../api-types";
import { customerName, relativeTime } from "../format";
import { ChannelBadge, StatusBadge } from "./CaseBadges";

export function CaseSidebar({
  customer,
  otherCases,
  now,
}: {
  customer: CaseDetail["customer"];
  otherCases: CaseDetail["otherCases"];
  now: number;
}) {
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }} data-testid="customer-card">
        <Title order={2} size="h4" mb={4}>
          {customerName(customer.name)}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          How we can reach them
        </Text>
        {customer.identities.length === 0 ? (
          <Text size="sm" c="dimmed">
            No contact details on file.
          </Text>
        ) : (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {customer.identities.map((identity) => (
              <Group key={`${identity.channel}:${identity.handle}`} gap="xs" wrap="nowrap" component="li">
                <ChannelBadge channel={identity.channel} />
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {identity.handle}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>

      <Paper withBorder p="lg" style={{ borderColor: "var(--mend-border)" }} data-testid="other-cases">
        <Title order={2} size="h4" mb="sm">
          Other cases
        </Title>
        {otherCases.length === 0 ? (
          <Text size="sm" c="dimmed">
            No other cases for this customer.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {otherCases.map((other) => (
              <Stack key={other.id} gap={2} component="li">
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Anchor component={Link} to={`/cases/${other.id}`} size="sm" fw={600} lineClamp={1}>
                    #{other.number} {other.subject || other.preview}
                  </Anchor>
                  <StatusBadge status={other.status} />
                </Group>
                <Text size="xs" c="dimmed">
                  Last activity {relativeTime(other.lastActivityAt, now)}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
