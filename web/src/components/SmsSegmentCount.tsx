import { Text } from "@mantine/core";
import { countSmsSegments } from "../../../src/shared/count-sms-segments";

// An SMS reply is billed and split by segments: the agent sees the cost while writing.
export function SmsSegmentCount({ text }: { text: string }) {
  const count = countSmsSegments(text);
  const encoding = count.encoding === "UCS-2" ? " · special characters: 70 per SMS, 67 when split" : "";
  return (
    <Text size="xs" c={count.segments > 3 ? "clay.7" : "dimmed"} data-testid="sms-segments">
      {count.units} characters · {count.segments === 1 ? "1 SMS" : `${count.segments} SMS segments`}
      {encoding}
    </Text>
  );
}
