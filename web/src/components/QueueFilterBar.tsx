import { Button, type ComboboxData, Group, Select } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api";
import { channelLabels, statusLabels } from "../format";
import { hasActiveFilters, type QueueFilters } from "../queue-filters";

// Mantine's Select treats an empty value as "nothing chosen", so "any" gets a real option value.
const anyValue = "any";
const fromSelect = (value: string | null) => (value === null || value === anyValue ? "" : value);

const statusOptions = [
  { value: anyValue, label: "Any status" },
  ...Object.entries(statusLabels).map(([value, label]) => ({ value, label })),
];

const channelOptions = [
  { value: anyValue, label: "Any channel" },
  ...Object.entries(channelLabels).map(([value, label]) => ({ value, label })),
];

function useUsers() {
  return useQuery({
    queryKey: ["users"],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/users", { signal })),
    staleTime: 5 * 60_000,
  });
}

export function QueueFilterBar({
  filters,
  currentUserId,
  onChange,
  onReset,
}: {
  filters: QueueFilters;
  currentUserId: string;
  onChange: (next: Partial<QueueFilters>) => void;
  onReset: () => void;
}) {
  const users = useUsers();
  const teammates = (users.data?.items ?? [])
    .filter((user) => user.id !== currentUserId)
    .map((user) => ({ value: user.id, label: user.name }));
  const ownerOptions: ComboboxData<string> = [
    { value: "all", label: "Everyone's cases" },
    { value: "me", label: "Mine" },
    { value: "unassigned", label: "Unassigned" },
    ...(teammates.length > 0 ? [{ group: "Teammates", items: teammates }] : []),
  ];

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Status"
        data={statusOptions}
        value={filters.status || anyValue}
        onChange={(value) => onChange({ status: fromSelect(value) })}
        allowDeselect={false}
        w={200}
        size="sm"
      />
      <Select
        label="Channel"
        data={channelOptions}
        value={filters.channel || anyValue}
        onChange={(value) => onChange({ channel: fromSelect(value) })}
        allowDeselect={false}
        w={180}
        size="sm"
      />
      <Select
        label="Owner"
        data={ownerOptions}
        value={filters.owner}
        onChange={(value) => onChange({ owner: value ?? "all" })}
        allowDeselect={false}
        searchable={teammates.length > 6}
        w={200}
        size="sm"
      />
      {hasActiveFilters(filters) && (
        <Button variant="subtle" size="sm" onClick={onReset}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
