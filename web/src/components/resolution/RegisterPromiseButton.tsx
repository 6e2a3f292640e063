import { Button, Group, Text } from "@mantine/core";
import type { CoachFinding } from "../../api-types";
import { absoluteTime } from "../../format";
import { useRecordPromise } from "../../resolution-api";

/** The coach found a promise nobody registered: one click records it, with the due time it read. */
export function RegisterPromiseButton({
  caseId,
  promise,
}: {
  caseId: string;
  promise: NonNullable<CoachFinding["promise"]>;
}) {
  const record = useRecordPromise(caseId);
  return (
    <Group gap="xs" pl="sm" wrap="wrap">
      <Button
        size="compact-xs"
        variant="light"
        loading={record.isPending}
        onClick={() => record.mutate(promise)}
        data-testid="register-promise"
      >
        Register this promise, due {absoluteTime(promise.dueAt)}
      </Button>
      {record.isError && (
        <Text size="xs" c="red">
          {record.error.message}
        </Text>
      )}
    </Group>
  );
}
