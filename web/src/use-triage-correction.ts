import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { api, unwrap } from "./api";
import type { TriageCorrection } from "./api-types";

// The server learns in a background job and sends no event when it re-reads the message, so the
// case is fetched again a few times until the new analysis is likely in.
const refetchDelaysMs = [1500, 4000, 9000];

export function correctionKey(correction: TriageCorrection): string {
  if (correction.unhappy !== undefined) return "unhappy";
  if (correction.cause) return "cause";
  return `notThreat:${correction.notThreat}`;
}

export function useTriageCorrection({ caseId, interactionId }: { caseId: string; interactionId: string }) {
  const queryClient = useQueryClient();
  // Remembered for as long as the case stays open, which is what an agent means by "I did that".
  const [corrected, setCorrected] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const mutation = useMutation({
    mutationFn: (correction: TriageCorrection) =>
      unwrap(
        api.POST("/api/v1/interactions/{id}/corrections", {
          params: { path: { id: interactionId } },
          body: correction,
        }),
      ),
    onSuccess: (_result, correction) => {
      setCorrected((current) => new Set(current).add(correctionKey(correction)));
      notifications.show({ message: "Thanks — Mend will learn from this", color: "mend" });
      for (const delay of refetchDelaysMs) {
        timers.current.push(
          setTimeout(() => void queryClient.invalidateQueries({ queryKey: ["case", caseId] }), delay),
        );
      }
    },
    onError: (error) => {
      notifications.show({ title: "That correction wasn't saved", message: error.message, color: "red" });
    },
  });

  const pendingKey = mutation.isPending && mutation.variables ? correctionKey(mutation.variables) : null;

  return {
    correct: (correction: TriageCorrection) => mutation.mutate(correction),
    isCorrected: (key: string) => corrected.has(key),
    isSaving: (key: string) => pendingKey === key,
  };
}

export function useTaxonomy() {
  return useQuery({
    queryKey: ["triage", "taxonomy"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/triage/taxonomy", { signal })),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => data.items,
  });
}
