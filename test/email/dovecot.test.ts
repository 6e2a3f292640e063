import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningDovecot, startDovecot } from "../support/dovecot";

function message(index: number): string {
  return [
    `From: Customer ${index} <customer${index}@example.org>`,
    "To: support@shop.example",
    `Subject: Order problem ${index}`,
    `Message-ID: <m${index}@example.org>`,
    "Date: Tue, 04 Mar 2025 10:00:00 +0000",
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Body number ${index}`,
    "",
  ].join("\r\n");
}

describe("startDovecot", () => {
  let dir: string;
  let dovecot: RunningDovecot;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mend-dovecot-"));
    dovecot = await startDovecot({ dir });
  });

  afterAll(async () => {
    await dovecot?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("stores appended messages that imapflow fetches back by UID and flags as seen", async () => {
    const uids: number[] = [];
    for (const index of [1, 2, 3]) uids.push(await dovecot.deliver(message(index)));
    expect(new Set(uids).size).toBe(3);

    const client = new ImapFlow({
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false,
    });
    await client.connect();
    try {
      const lock = await client.getMailboxLock("INBOX");
      try {
        const fetched: { uid: number; subject?: string; source: string; seen: boolean }[] = [];
        for await (const item of client.fetch(
          uids.join(","),
          { uid: true, envelope: true, source: true, flags: true },
          { uid: true },
        )) {
          fetched.push({
            uid: item.uid,
            subject: item.envelope?.subject,
            source: item.source?.toString() ?? "",
            seen: item.flags?.has("\\Seen") ?? false,
          });
        }
        expect(fetched.map((item) => item.uid).sort()).toEqual([...uids].sort());
        expect(fetched.map((item) => item.subject).sort()).toEqual([
          "Order problem 1",
          "Order problem 2",
          "Order problem 3",
        ]);
        expect(fetched.find((item) => item.uid === uids[1])?.source).toContain("Body number 2");
        expect(fetched.every((item) => !item.seen)).toBe(true);

        await client.messageFlagsAdd(String(uids[0]), ["\\Seen"], { uid: true });
        const unseen = await client.search({ seen: false }, { uid: true });
        expect(unseen ? [...unseen].sort() : []).toEqual([uids[1], uids[2]].sort());
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
  });

  it("delivers into other mailboxes and refuses a wrong password", async () => {
    const uid = await dovecot.deliver(message(9), "Archive");
    expect(uid).toBeGreaterThan(0);

    const intruder = new ImapFlow({
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: "wrong" },
      logger: false,
    });
    await expect(intruder.connect()).rejects.toThrow();
  });

  it("stops: the port no longer accepts logins", async () => {
    const secondDir = await mkdtemp(join(tmpdir(), "mend-dovecot-"));
    const second = await startDovecot({ dir: secondDir });
    await second.stop();
    await rm(secondDir, { recursive: true, force: true });
    const client = new ImapFlow({
      host: second.host,
      port: second.port,
      secure: false,
      auth: { user: second.user, pass: second.password },
      logger: false,
    });
    await expect(client.connect()).rejects.toThrow();
  });
});
