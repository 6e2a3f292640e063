import { useSearchParams } from "react-router";

export interface QueueFilters {
  status: string;
  channel: string;
  /** "all", "me", "unassigned" or a user id */
  owner: string;
}

const defaults: QueueFilters = { status: "", channel: "", owner: "all" };

/** Filters live in the address so a filtered queue survives a reload and can be shared. */
export function useQueueFilters(): [QueueFilters, (next: Partial<QueueFilters>) => void, () => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: QueueFilters = {
    status: searchParams.get("status") ?? defaults.status,
    channel: searchParams.get("channel") ?? defaults.channel,
    owner: searchParams.get("owner") ?? defaults.owner,
  };

  const update = (next: Partial<QueueFilters>) => {
    const merged = { ...filters, ...next };
    const params = new URLSearchParams();
    if (merged.status) params.set("status", merged.status);
    if (merged.channel) params.set("channel", merged.channel);
    if (merged.owner && merged.owner !== defaults.owner) params.set("owner", merged.owner);
    setSearchParams(params, { replace: true });
  };

  const reset = () => setSearchParams(new URLSearchParams(), { replace: true });
  return [filters, update, reset];
}

export function hasActiveFilters(filters: QueueFilters): boolean {
  return Boolean(filters.status || filters.channel || filters.owner !== defaults.owner);
}

export function toCaseQuery(filters: QueueFilters): Record<string, string | undefined> {
  return {
    status: filters.status || undefined,
    channel: filters.channel || undefined,
    owner: filters.owner === "all" ? undefined : filters.owner,
  };
}
