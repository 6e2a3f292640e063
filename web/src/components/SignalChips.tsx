import { Badge, CloseButton, Group, HoverCard, Stack, Text, Tooltip } from "@mantine/core";
import type { ThreatKind, TriageAnalysis } from "../api-types";
import { colorOf, labelOf } from "../format";
import { formatMoney, intensityLabels, isThreat, percent, signalColors, signalLabels } from "../triage";

type Signal = TriageAnalysis["signals"][number];

function SignalWords({ signal }: { signal: Signal }) {
  if (signal.matches.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {signal.kind === "repeat_contact" && signal.value !== undefined
          ? `${signal.value} earlier messages in the last 30 days`
          : "Found in the customer's history, not in these words."}
      </Text>
    );
  }
  return (
    <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {signal.matches.map((match) => (
        <Text key={`${match.start}-${match.end}`} size="sm" component="li">
          “{match.text}”
        </Text>
      ))}
    </Stack>
  );
}

function SignalChip({
  signal,
  corrected,
  saving,
  onNotThreat,
}: {
  signal: Signal;
  corrected: boolean;
  saving: boolean;
  onNotThreat?: () => void;
}) {
  const label = labelOf(signalLabels, signal.kind);
  const notThreatButton = onNotThreat && !corrected && (
    <Tooltip label="Not a threat" withArrow>
      <CloseButton
        size="xs"
        variant="transparent"
        aria-label={`Not a threat: ${label}`}
        disabled={saving}
        onClick={onNotThreat}
      />
    </Tooltip>
  );
  return (
    <HoverCard openDelay={150} shadow="md" withArrow position="top-start">
      <HoverCard.Target>
        <Badge
          variant={corrected ? "default" : "light"}
          color={colorOf(signalColors, signal.kind)}
          data-testid="signal-chip"
          data-kind={signal.kind}
          tabIndex={0}
          rightSection={notThreatButton}
          td={corrected ? "line-through" : undefined}
        >
          {label}
          {corrected ? " · Corrected" : ""}
        </Badge>
      </HoverCard.Target>
      <HoverCard.Dropdown maw={320} data-testid="signal-words">
        <Text size="xs" fw={600} mb={4}>
          {corrected ? "You said this is not a threat" : "What Mend read"}
        </Text>
        <SignalWords signal={signal} />
      </HoverCard.Dropdown>
    </HoverCard>
  );
}

export function SignalChips({
  analysis,
  isCorrected,
  isSaving,
  onNotThreat,
}: {
  analysis: TriageAnalysis;
  isCorrected: (key: string) => boolean;
  isSaving: (key: string) => boolean;
  onNotThreat: (kind: ThreatKind) => void;
}) {
  const { signals, money, references, intensity } = analysis;
  if (
    signals.length === 0 &&
    money.length === 0 &&
    references.length === 0 &&
    intensity.markers.length === 0
  ) {
    return null;
  }
  const markerKinds = [...new Set(intensity.markers.map((marker) => marker.kind))];
  return (
    <Group gap={6} wrap="wrap" data-testid="analysis-signals">
      {signals.map((signal) => {
        const threat = isThreat(signal.kind) ? signal.kind : null;
        const key = `notThreat:${signal.kind}`;
        return (
          <SignalChip
            key={signal.kind}
            signal={signal}
            corrected={threat !== null && isCorrected(key)}
            saving={isSaving(key)}
            onNotThreat={threat ? () => onNotThreat(threat) : undefined}
          />
        );
      })}
      {money.map((amount) => (
        <Badge key={amount.text} variant="outline" color="clay" data-testid="money-amount">
          {formatMoney(amount.amount, amount.currency)}
        </Badge>
      ))}
      {references.map((reference) => (
        <Badge key={`${reference.kind}:${reference.value}`} variant="outline" color="gray" tt="none">
          {reference.kind} {reference.value}
        </Badge>
      ))}
      {markerKinds.length > 0 && (
        <Tooltip
          multiline
          w={260}
          withArrow
          label={intensity.markers
            .map((marker) => `${labelOf(intensityLabels, marker.kind)}: “${marker.text}”`)
            .join(" · ")}
        >
          <Badge variant="dot" color="orange" data-testid="intensity" tabIndex={0}>
            Intensity {percent(intensity.score)} ·{" "}
            {markerKinds.map((kind) => labelOf(intensityLabels, kind)).join(", ")}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
