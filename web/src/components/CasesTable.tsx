import { Anchor, Stack, Table, Text, Tooltip } from "@mantine/core";
import type { MouseEvent } from "react";
import { Link, useNavigate } from "react-router";
import type { CaseSummary } from "../api-types";
import { absoluteTime, customerName, relativeTime } from "../format";
import { useNow } from "../use-now";
import { ChannelBadge, PriorityMark, RiskBadge, StatusBadge } from "./CaseBadges";

function CaseRow({ item, now }: { item: CaseSummary; now: number }) {
  const navigate = useNavigate();
  const href = `/cases/${item.id}`;
  // The whole row is a click target for mouse users; the case number stays a real link for keyboards.
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest("a, button")) return;
    if (window.getSelection()?.toString()) return;
    navigate(href);
  };

  return (
    <Table.Tr
      data-testid="case-row"
      data-case-id={item.id}
      onClick={onRowClick}
      style={{ cursor: "pointer" }}
    >
      <Table.Td>
        <Anchor component={Link} to={href} fw={700} size="sm">
          #{item.number}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text
          size="sm"
          fw={500}
          c={item.customer.name ? undefined : "dimmed"}
          style={{ whiteSpace: "nowrap" }}
        >
          {customerName(item.customer.name)}
        </Text>
      </Table.Td>
      <Table.Td miw={240} maw={420}>
        <Stack gap={0}>
          {item.subject && (
            <Text size="sm" fw={500} lineClamp={1}>
              {item.subject}
            </Text>
          )}
          <Text size="xs" c="dimmed" lineClamp={item.subject ? 1 : 2}>
            {item.preview}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <ChannelBadge channel={item.channel} />
      </Table.Td>
      <Table.Td>
        <StatusBadge status={item.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <PriorityMark priority={item.priority} />
      </Table.Td>
      <Table.Td>
        <RiskBadge score={item.riskScore} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={item.owner ? undefined : "dimmed"} style={{ whiteSpace: "nowrap" }}>
          {item.owner?.name ?? "Unassigned"}
        </Text>
      </Table.Td>
      <Table.Td>
        <Tooltip label={absoluteTime(item.lastActivityAt)}>
          <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            <time dateTime={item.lastActivityAt}>{relativeTime(item.lastActivityAt, now)}</time>
          </Text>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

export function CasesTable({ items, caption }: { items: CaseSummary[]; caption: string }) {
  const now = useNow();
  return (
    <Table.ScrollContainer minWidth={1120}>
      <Table highlightOnHover verticalSpacing="sm" stickyHeader aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Case</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>What happened</Table.Th>
            <Table.Th>Channel</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Risk</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Last activity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <CaseRow key={item.id} item={item} now={now} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
