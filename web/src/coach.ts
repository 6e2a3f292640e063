import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { replyChannels } from "../../src/shared/vocabulary";
import { api, unwrap } from "./api";
import type {
  CoachChannel,
  CoachFinding,
  CoachReport,
  CoachSeverity,
  Interaction,
  ReplyStage,
} from "./api-types";

export const stageLabels: Record<ReplyStage, string> = {
  first_reply: "First reply",
  update: "Update",
  resolution: "Resolution",
  follow_up: "Follow-up",
};

export const stageOptions = (Object.keys(stageLabels) as ReplyStage[]).map((value) => ({
  value,
  label: stageLabels[value],
}));

export const severityLabels: Record<CoachSeverity, string> = {
  blocker: "Blocker",
  warning: "Warning",
  hint: "Hint",
};

export const severityColors: Record<CoachSeverity, string> = {
  blocker: "red",
  warning: "orange",
  hint: "blue",
};

// Blockers first, then in reading order, so the list matches what most needs fixing.
const severityOrder: Record<CoachSeverity, number> = { blocker: 0, warning: 1, hint: 2 };

export function orderFindings(findings: CoachFinding[]): CoachFinding[] {
  return [...findings].sort(
    (a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.start - b.start,
  );
}

export function scoreColor(score: number): string {
  if (score >= 80) return "mend";
  if (score >= 60) return "yellow";
  return "red";
}

export function scoreVerdict(score: number): string {
  if (score >= 80) return "Ready to send";
  if (score >= 60) return "Worth another look";
  return "Needs work";
}

// Cases created through the API have no channel of their own to write for; email is the closest.
export function coachChannelFor(channel: string): CoachChannel {
  return (replyChannels as readonly string[]).includes(channel) ? (channel as CoachChannel) : "email";
}

export function defaultStageFor(interactions: Interaction[]): ReplyStage {
  return interactions.some((interaction) => interaction.direction === "outbound") ? "update" : "first_reply";
}

export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export interface CheckedDraft {
  text: string;
  report: CoachReport;
}

const coachDelayMs = 300;

/**
 * Asks the coach about the draft once typing pauses. Each draft is its own query key, so an
 * answer for older words can never land on newer ones, and the abandoned request is aborted.
 * `isCurrent` says whether the shown report was made for exactly what is in the box now.
 */
export function useCoachReport(options: {
  text: string;
  stage: ReplyStage;
  channel: CoachChannel;
  caseId: string;
}) {
  const { text, stage, channel, caseId } = options;
  const checkedText = useDebouncedValue(text, coachDelayMs);
  const hasWords = checkedText.trim().length > 0;
  const query = useQuery({
    queryKey: ["coach", caseId, stage, channel, checkedText],
    queryFn: async ({ signal }): Promise<CheckedDraft> => {
      const report = await unwrap(
        api.POST("/api/v1/coach", { body: { text: checkedText, channel, stage, caseId }, signal }),
      );
      return { text: checkedText, report };
    },
    enabled: hasWords,
    staleTime: 60_000,
    gcTime: 60_000,
    retry: false,
    placeholderData: keepPreviousData,
  });
  const checked = text.trim().length > 0 ? query.data : undefined;
  return {
    checked,
    isCurrent: Boolean(checked && !query.isPlaceholderData && checked.text === text),
    isChecking: text.trim().length > 0 && (text !== checkedText || query.isFetching),
    error: query.error,
  };
}
