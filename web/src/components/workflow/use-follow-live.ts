import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

/**
 * The live stream refreshes case queries; notifications and help requests ride along by
 * watching for those refreshes instead of opening a second stream. Pages without any case
 * query fall back to the polling interval of their own query.
 */
export function useFollowLiveCaseEvents(queryKey: readonly unknown[]): void {
  const queryClient = useQueryClient();
  const serialized = JSON.stringify(queryKey);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== "updated" || event.action.type !== "invalidate") return;
      const root = event.query.queryKey[0];
      if (root !== "case" && root !== "cases") return;
      // One invalidation per burst of case events is enough.
      if (timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          void queryClient.invalidateQueries({ queryKey: JSON.parse(serialized) as unknown[] });
        }, 300);
      }
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [queryClient, serialized]);
}
