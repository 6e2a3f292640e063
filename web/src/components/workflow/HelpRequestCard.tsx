import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { isManager } from "../../../../src/shared/vocabulary";
import { absoluteTime, colorOf, labelOf, priorityColors, priorityLabels, relativeTime } from "../../format";
import { useSession } from "../../session";
import { type HelpRequest, useAnswerHelpRequest, useWithdrawHelpRequest } from "../../workflow-api";
import { ActionError } from "./ProblemList";

function addresseeLabel(request: HelpRequest, userNames: ReadonlyMap<string, string>): string {
  if (request.to.kind === "supervisor") return "a supervisor";
  if (request.to.kind === "team") return `the ${request.to.team ?? ""} team`;
  return (request.to.userId && userNames.get(request.to.userId)) || "a colleague";
}

function DueClock({ request, now }: { request: HelpRequest; now: number }) {
  if (request.status !== "open") {
    return (
      <Badge size="sm" variant="light" color={request.status === "answered" ? "teal" : "gray"}>
        {request.status === "answered" ? "Answered" : "Withdrawn"}
      </Badge>
    );
  }
  const overdue = new Date(request.dueAt).getTime() <= now || request.breachedAt;
  const color = overdue ? "red" : request.warnedAt ? "orange" : "gray";
  return (
    <Text size="sm" c={color === "gray" ? "dimmed" : color} fw={color === "gray" ? 400 : 600}>
      {overdue ? "Was due " : "Due "}
      <time dateTime={request.dueAt} title={absoluteTime(request.dueAt)}>
        {relativeTime(request.dueAt, now)}
      </time>
    </Text>
  );
}

function AnswerForm({ request, onDone }: { request: HelpRequest; onDone: () => void }) {
  const [answer, setAnswer] = useState("");
  const send = useAnswerHelpRequest(request.case.id);
  return (
    <Stack gap="xs">
      <Textarea
        label="Your answer"
        autosize
        minRows={2}
        maxLength={4000}
        value={answer}
        onChange={(event) => setAnswer(event.currentTarget.value)}
        data-autofocus
      />
      <ActionError error={send.error} title="The answer wasn't sent" />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          disabled={!answer.trim()}
          loading={send.isPending}
          onClick={() => send.mutate({ id: request.id, answer: answer.trim() }, { onSuccess: onDone })}
        >
          Send answer
        </Button>
      </Group>
    </Stack>
  );
}

export function HelpRequestCard({
  request,
  now,
  userNames,
  showCase = false,
  canAnswer = false,
}: {
  request: HelpRequest;
  now: number;
  userNames: ReadonlyMap<string, string>;
  showCase?: boolean;
  canAnswer?: boolean;
}) {
  const [answering, setAnswering] = useState(false);
  const me = useSession().data?.user;
  const withdraw = useWithdrawHelpRequest(request.case.id);
  const canWithdraw =
    request.status === "open" && !!me && (me.id === request.requestedBy?.id || isManager(me.role));
  return (
    <Paper withBorder p="sm" style={{ borderColor: "var(--mend-border)" }} data-testid="help-request">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Badge size="sm" variant="light" color={colorOf(priorityColors, request.priority)}>
              {labelOf(priorityLabels, request.priority)}
            </Badge>
            {showCase && (
              <Anchor component={Link} to={`/cases/${request.case.id}`} size="sm" fw={600}>
                #{request.case.number} {request.case.subject ?? ""}
              </Anchor>
            )}
          </Group>
          <DueClock request={request} now={now} />
        </Group>
        <Text size="xs" c="dimmed">
          {request.requestedBy?.name ?? "Someone"} asked {addresseeLabel(request, userNames)}{" "}
          {relativeTime(request.createdAt, now)}
        </Text>
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {request.note}
        </Text>
        {request.answer && (
          <Paper p="xs" bg="var(--mantine-color-teal-light)" data-testid="help-answer">
            <Text size="xs" c="dimmed">
              Answer{request.answeredAt ? `, ${relativeTime(request.answeredAt, now)}` : ""}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {request.answer}
            </Text>
          </Paper>
        )}
        {!answering && (canWithdraw || (canAnswer && request.status === "open")) && (
          <Group justify="flex-end" gap="xs">
            {canWithdraw && (
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                loading={withdraw.isPending}
                onClick={() => withdraw.mutate(request.id)}
              >
                Withdraw
              </Button>
            )}
            {canAnswer && request.status === "open" && (
              <Button size="xs" variant="light" onClick={() => setAnswering(true)}>
                Answer
              </Button>
            )}
          </Group>
        )}
        <ActionError error={withdraw.error} title="The request wasn't withdrawn" />
        {answering && <AnswerForm request={request} onDone={() => setAnswering(false)} />}
      </Stack>
    </Paper>
  );
}
