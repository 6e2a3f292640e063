import { Badge, Button, Collapse, Group, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { TriageAnalysis } from "../api-types";
import { labelOf, riskColor, riskPercent } from "../format";
import { riskFactorLabels } from "../triage";

/** The risk score and the points behind it, which add up to the score. */
export function RiskReasons({ risk }: { risk: TriageAnalysis["risk"] }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <div>
      <Group gap="xs" wrap="wrap">
        <Badge
          variant="filled"
          color={riskColor(risk.score)}
          data-testid="analysis-risk"
          aria-label={`Risk ${riskPercent(risk.score)} of 100`}
        >
          Risk {riskPercent(risk.score)}
        </Badge>
        {risk.reasons.length > 0 && (
          <Button variant="subtle" size="compact-xs" onClick={toggle} aria-expanded={opened}>
            {opened ? "Hide why" : "Why this score"}
          </Button>
        )}
      </Group>
      <Collapse expanded={opened}>
        <Table mt={6} fz="xs" verticalSpacing={4} withRowBorders={false} data-testid="risk-reasons">
          <Table.Tbody>
            {risk.reasons.map((reason) => (
              <Table.Tr key={reason.factor}>
                <Table.Td fw={500}>{labelOf(riskFactorLabels, reason.factor)}</Table.Td>
                <Table.Td c="dimmed">{reason.detail}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {reason.points > 0 ? `+${reason.points}` : reason.points}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={600} colSpan={2}>
                Risk score
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {riskPercent(risk.score)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          An admin can change how much each reason counts under Settings → Risk weights.
        </Text>
      </Collapse>
    </div>
  );
}
