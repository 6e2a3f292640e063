import { Input } from "@mantine/core";
import { type CSSProperties, type ReactNode, type Ref, useId } from "react";
import type { CoachFinding, CoachSeverity } from "../api-types";
import "./HighlightedDraft.css";

const markColors: Record<CoachSeverity, string> = {
  blocker: "var(--mantine-color-red-2)",
  warning: "var(--mantine-color-orange-1)",
  hint: "var(--mantine-color-blue-1)",
};

const markUnderlines: Record<CoachSeverity, string> = {
  blocker: "var(--mantine-color-red-7)",
  warning: "var(--mantine-color-orange-6)",
  hint: "var(--mantine-color-blue-5)",
};

const severityRank: Record<CoachSeverity, number> = { blocker: 0, warning: 1, hint: 2 };

// The textarea and the layer behind it must lay text out identically, so they share every
// property that affects wrapping.
const sharedText: CSSProperties = {
  boxSizing: "border-box",
  width: "100%",
  margin: 0,
  padding: "10px 12px",
  borderWidth: 1,
  borderStyle: "solid",
  fontFamily: "inherit",
  fontSize: "var(--mantine-font-size-sm)",
  lineHeight: 1.55,
  letterSpacing: "normal",
  whiteSpace: "pre-wrap",
  overflowWrap: "break-word",
  wordBreak: "normal",
  tabSize: 4,
};

interface Segment {
  text: string;
  severity: CoachSeverity | null;
}

/** Cuts the draft into plain and marked stretches; where findings overlap the gravest wins. */
export function segmentDraft(text: string, findings: CoachFinding[]): Segment[] {
  const marks: (CoachSeverity | null)[] = new Array(text.length).fill(null);
  for (const finding of findings) {
    const start = Math.max(0, finding.start);
    const end = Math.min(text.length, finding.end);
    for (let index = start; index < end; index++) {
      const current = marks[index];
      if (!current || severityRank[finding.severity] < severityRank[current]) marks[index] = finding.severity;
    }
  }
  const segments: Segment[] = [];
  for (let index = 0; index < text.length; index++) {
    const severity = marks[index] ?? null;
    const last = segments[segments.length - 1];
    if (last && last.severity === severity) last.text += text[index];
    else segments.push({ text: text[index] ?? "", severity });
  }
  return segments;
}

function HighlightLayer({ text, findings }: { text: string; findings: CoachFinding[] }) {
  const pieces: ReactNode[] = segmentDraft(text, findings).map((segment, index) =>
    segment.severity ? (
      <mark
        // Segments never move independently, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        key={index}
        data-severity={segment.severity}
        style={{
          color: "transparent",
          background: markColors[segment.severity],
          borderRadius: 2,
          boxShadow: `inset 0 -2px 0 ${markUnderlines[segment.severity]}`,
        }}
      >
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
  return (
    <div
      aria-hidden
      data-testid="draft-highlights"
      style={{ ...sharedText, color: "transparent", borderColor: "transparent" }}
    >
      {pieces}
      {/* A trailing line break needs something after it to take up a line. */}
      {"\u200b"}
    </div>
  );
}

/**
 * A plain textarea laid over a copy of its own text in which the coach's findings are marked.
 * The copy sets the height and the textarea fills it, so neither ever scrolls on its own and
 * the marks stay under the right words.
 */
export function HighlightedDraft({
  value,
  onChange,
  findings,
  label,
  description,
  placeholder,
  disabled,
  textareaRef,
  minRows = 5,
}: {
  value: string;
  onChange: (value: string) => void;
  findings: CoachFinding[];
  label: string;
  description?: ReactNode;
  placeholder?: string;
  disabled?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
  minRows?: number;
}) {
  const id = useId();
  const minHeight = `calc(${minRows} * 1.55 * var(--mantine-font-size-sm) + 22px)`;
  return (
    <Input.Wrapper id={id} label={label} description={description}>
      <div
        style={{
          position: "relative",
          minHeight,
          marginTop: 4,
          borderRadius: "var(--mantine-radius-md)",
          background: disabled ? "var(--mantine-color-gray-0)" : "var(--mantine-color-white)",
        }}
      >
        <HighlightLayer text={value} findings={findings} />
        <textarea
          id={id}
          ref={textareaRef}
          value={value}
          disabled={disabled}
          placeholder={placeholder}
          spellCheck
          onChange={(event) => onChange(event.currentTarget.value)}
          className="mend-draft-input"
          style={{
            ...sharedText,
            position: "absolute",
            inset: 0,
            height: "100%",
            minHeight,
            resize: "none",
            overflow: "hidden",
            background: "transparent",
            color: "var(--mantine-color-text)",
            borderRadius: "var(--mantine-radius-md)",
            outline: "none",
          }}
        />
      </div>
    </Input.Wrapper>
  );
}
