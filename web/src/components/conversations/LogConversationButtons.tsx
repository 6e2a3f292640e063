import { Button, Group, Modal } from "@mantine/core";
import { useState } from "react";
import { type ConversationKind, LogConversationForm } from "./LogConversationForm";

// "Log a call" and "Log a visit" on the case page: a phone call or a visit becomes an interaction.
export function LogConversationButtons({ caseId }: { caseId: string }) {
  const [open, setOpen] = useState<ConversationKind | null>(null);
  return (
    <>
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => setOpen("phone")}>
          Log a call
        </Button>
        <Button variant="light" size="xs" onClick={() => setOpen("visit")}>
          Log a visit
        </Button>
      </Group>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open === "visit" ? "Log a visit" : "Log a call"}
        size="lg"
      >
        {open && <LogConversationForm caseId={caseId} kind={open} onDone={() => setOpen(null)} />}
      </Modal>
    </>
  );
}
