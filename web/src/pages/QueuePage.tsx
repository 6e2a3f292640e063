import { Button, Center, EmptyState, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, unwrap } from "../api";
import type { CasePage, CaseSummary, Session } from "../api-types";
import { CasesTable } from "../components/CasesTable";
import { ErrorAlert, PageLoader } from "../components/PageStates";
import { QueueFilterBar } from "../components/QueueFilterBar";
import { hasActiveFilters, toCaseQuery, useQueueFilters } from "../queue-filters";

const pageSize = 50;

function uniqueCases(pages: CasePage[]): CaseSummary[] {
  // A case that moves while pages are loading can show up on two pages; list it once.
  const seen = new Set<string>();
  const items: CaseSummary[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}

export function QueuePage({ session }: { session: Session }) {
  const [filters, updateFilters, resetFilters] = useQueueFilters();
  const cases = useInfiniteQuery({
    queryKey: ["cases", filters],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET("/api/v1/cases", {
          params: { query: { ...toCaseQuery(filters), limit: pageSize, cursor: pageParam ?? undefined } },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });

  const items = useMemo(() => uniqueCases(cases.data?.pages ?? []), [cases.data]);
  const filtered = hasActiveFilters(filters);

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={2}>
          <Title order={1} size="h2">
            Queue
          </Title>
          <Text c="dimmed" size="sm">
            Customers who had a bad experience with us and are waiting to hear back.
          </Text>
        </Stack>
        <QueueFilterBar
          filters={filters}
          currentUserId={session.user.id}
          onChange={updateFilters}
          onReset={resetFilters}
        />
      </Group>

      {cases.isPending ? (
        <PageLoader label="Loading the queue…" />
      ) : cases.isError && items.length === 0 ? (
        <ErrorAlert title="The queue didn't load" error={cases.error} onRetry={() => void cases.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl" style={{ borderColor: "var(--mend-border)" }} data-testid="queue-empty">
          <EmptyState
            title={filtered ? "No cases match these filters" : "The queue is clear"}
            description={
              filtered
                ? "Try another status, channel or owner — or clear the filters to see every case."
                : "No customer is waiting on us right now. New cases will appear here as soon as they arrive."
            }
          >
            {filtered && (
              <EmptyState.Actions>
                <Button variant="light" onClick={resetFilters}>
                  Clear filters
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        </Paper>
      ) : (
        <Paper withBorder style={{ borderColor: "var(--mend-border)", overflow: "hidden" }} pos="relative">
          {cases.isPlaceholderData && (
            <Center pos="absolute" top={8} right={12} style={{ zIndex: 3 }}>
              <Loader size="xs" aria-label="Updating" />
            </Center>
          )}
          <CasesTable items={items} caption="Cases in the queue" />
        </Paper>
      )}

      {cases.isError && items.length > 0 && (
        <ErrorAlert title="Some cases didn't load" error={cases.error} onRetry={() => void cases.refetch()} />
      )}

      {items.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {items.length === 1 ? "1 case shown" : `${items.length} cases shown`}
          </Text>
          {cases.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void cases.fetchNextPage()}
              loading={cases.isFetchingNextPage}
            >
              Load more
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
