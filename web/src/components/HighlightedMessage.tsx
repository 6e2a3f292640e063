import type { ReactNode } from "react";
import type { TriageAnalysis } from "../api-types";
import { type HighlightKind, highlightsOf } from "../triage";

const markStyles: Record<HighlightKind, React.CSSProperties> = {
  signal: {
    background: "var(--mantine-color-red-1)",
    borderBottom: "2px solid var(--mantine-color-red-4)",
  },
  intensity: {
    background: "var(--mantine-color-orange-1)",
    borderBottom: "2px dotted var(--mantine-color-orange-5)",
  },
};

/** The customer's words, with what the analysis reacted to marked so an agent can check it. */
export function HighlightedMessage({ text, analysis }: { text: string; analysis: TriageAnalysis }) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const span of highlightsOf(analysis, text.length)) {
    if (span.start > cursor) parts.push(text.slice(cursor, span.start));
    parts.push(
      <mark
        key={`${span.start}-${span.end}`}
        title={span.label}
        data-testid="analysis-highlight"
        data-kind={span.kind}
        style={{ ...markStyles[span.kind], color: "inherit", borderRadius: 2, padding: "0 1px" }}
      >
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
