import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, unwrap } from "./api";
import type { CaseEvent } from "./api-types";

export type LiveStatus = "connecting" | "live" | "reconnecting";

const eventsUrl = "/api/v1/events";
// Bursts (an import, a busy inbox) arrive as many events; one refetch covers them all.
const coalesceMs = 250;
const maxRetryMs = 30_000;

function parseCaseEvent(data: string): CaseEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === "object" && value !== null && "caseId" in value) return value as CaseEvent;
  } catch {
    // A malformed message should not break the stream; the next one may be fine.
  }
  return null;
}

/**
 * Keeps one EventSource open for the signed-in console and refreshes case data when the
 * server says something changed. The browser retries dropped streams by itself, but gives up
 * for good after an HTTP error, so that case is retried here with a growing delay.
 */
export function useLiveCaseEvents(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let retryDelay = 1000;
    let hadConnection = false;
    let stopped = false;
    const changedCaseIds = new Set<string>();

    const flush = () => {
      flushTimer = undefined;
      void queryClient.invalidateQueries({ queryKey: ["cases"] });
      for (const caseId of changedCaseIds) void queryClient.invalidateQueries({ queryKey: ["case", caseId] });
      changedCaseIds.clear();
    };

    const scheduleFlush = () => {
      if (flushTimer === undefined) flushTimer = setTimeout(flush, coalesceMs);
    };

    const connect = () => {
      source = new EventSource(eventsUrl, { withCredentials: true });
      source.onopen = () => {
        retryDelay = 1000;
        setStatus("live");
        // Anything that happened while we were away was missed; refetch once to catch up.
        if (hadConnection) {
          void queryClient.invalidateQueries({ queryKey: ["case"] });
          scheduleFlush();
        }
        hadConnection = true;
      };
      source.addEventListener("case", (message) => {
        const event = parseCaseEvent((message as MessageEvent<string>).data);
        if (event) changedCaseIds.add(event.caseId);
        scheduleFlush();
      });
      source.onerror = () => {
        setStatus("reconnecting");
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          // EventSource hides the status code; an expired session is the usual cause, and this
          // probe lets the shared 401 handling send the person to sign in.
          void unwrap(api.GET("/api/v1/auth/me")).catch(() => undefined);
          retryTimer = setTimeout(connect, retryDelay);
          retryDelay = Math.min(retryDelay * 2, maxRetryMs);
        }
      };
    };

    connect();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(retryTimer);
      clearTimeout(flushTimer);
    };
  }, [queryClient]);

  return status;
}
