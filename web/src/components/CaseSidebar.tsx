import { Anchor, Badge, Group, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { CaseDetail, CustomerProfile } from "../api-types";
import { customerName, customerSinceLabel, followersLabel, formatAmount, relativeTime } from "../format";
import { ChannelBadge, StatusBadge } from "./CaseBadges";

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      justify="space-between"
      align="baseline"
      component="div"
      data-testid={testId}
    >
      <Text size="sm" c="dimmed" component="dt" style={{ flex: "none" }}>
        {label}
      </Text>
      <Text size="sm" fw={500} component="dd" m={0} ta="right" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </Group>
  );
}

// What the business's own systems say about this customer; it also feeds the risk score.
function CustomerStanding({ customer, now }: { customer: CustomerProfile; now: number }) {
  const { lifetimeValue, tier, customerSince, followers, externalRef } = customer;
  if (lifetimeValue === null && !tier && !customerSince && followers === null && !externalRef) {
    return (
      <Text size="sm" c="dimmed" mb="sm">
        Nothing on file from your own systems yet.
      </Text>
    );
  }
  return (
    <Stack gap={4} component="dl" m={0} mb="md">
      {lifetimeValue !== null && (
        <Fact label="Lifetime value" testId="customer-value">
          {formatAmount(lifetimeValue)}
        </Fact>
      )}
      {tier && <Fact label="Tier">{tier}</Fact>}
      {customerSince && (
        <Fact label="Customer since" testId="customer-since">
          {customerSinceLabel(customerSince, now)}
        </Fact>
      )}
      {followers !== null && (
        <Fact label="Reach" testId="customer-reach">
          {followersLabel(followers)}
        </Fact>
      )}
      {externalRef && <Fact label="Your reference">{externalRef}</Fact>}
    </Stack>
  );
}

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
        <Group gap="xs" mb="sm" wrap="wrap">
          <Title order={2} size="h4">
            {customerName(customer.name)}
          </Title>
          {customer.advocate && (
            <Tooltip label="Speaks up for you to others; losing them costs more than one customer">
              <Badge variant="light" color="teal" data-testid="customer-advocate" tabIndex={0}>
                Advocate
              </Badge>
            </Tooltip>
          )}
        </Group>
        <CustomerStanding customer={customer} now={now} />
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
                <Text
                  size="sm"
                  style={{ overflowWrap: "anywhere" }}
                  td={identity.bounce ? "line-through" : undefined}
                >
                  {identity.handle}
                </Text>
                {identity.bounce && (
                  <Tooltip
                    label={`Mail to this address came back ${identity.bounce.count === 1 ? "once" : `${identity.bounce.count} times`}, last ${relativeTime(identity.bounce.lastBouncedAt, now)}: ${identity.bounce.reason}. Reach them another way.`}
                    multiline
                    w={260}
                  >
                    <Badge size="xs" color="red" variant="light" data-testid="identity-bounced">
                      Bounces
                    </Badge>
                  </Tooltip>
                )}
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
