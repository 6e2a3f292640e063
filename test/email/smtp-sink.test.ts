import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReplyMessage } from "../../src/channels/email/build-reply";
import { createReplyToken } from "../../src/channels/email/reply-token";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";

const orgId = "0b8f7a52-2f5e-4a8e-9d51-6b2c3d4e5f60";
const caseId = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

describe("a reply built by buildReplyMessage and sent by nodemailer", () => {
  let sink: RunningSmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await sink?.stop();
  });

  it("arrives with the headers, parts and envelope as built, and a retry repeats the Message-ID", async () => {
    const token = createReplyToken({ orgId, caseId, secret: "s3cret" });
    const message = buildReplyMessage({
      from: { name: "Shop Support", address: "support@shop.example" },
      to: "Jane Doe <jane@example.org>",
      subject: "RE: Re: My parcel never arrived",
      text: "Hello Jane,\n\nWe are sorry <3 — a new parcel left today.\n\nSam",
      caseNumber: 1234,
      inReplyTo: "<c2@example.org>",
      references: ["<c1@example.org>"],
      replyTo: `reply+${token}@reply.shop.example`,
      messageIdDomain: "shop.example",
      idempotencyKey: "outbox:42",
      automatic: true,
    });
    const transport = nodemailer.createTransport({
      host: sink.host,
      port: sink.port,
      secure: false,
      ignoreTLS: true,
    });
    await transport.sendMail(message);
    await transport.sendMail(message);
    transport.close();

    const [first, retry] = await sink.waitForMessages(2);
    if (!first || !retry) throw new Error("messages missing");
    const { parsed } = first;
    expect(parsed.messageId).toBe(message.messageId);
    expect(retry.parsed.messageId).toBe(parsed.messageId);
    expect(parsed.subject).toBe("Re: My parcel never arrived [#1234]");
    expect(parsed.inReplyTo).toBe("<c2@example.org>");
    expect(parsed.references).toEqual(["<c1@example.org>", "<c2@example.org>"]);
    expect(parsed.replyTo?.value[0]?.address).toBe(`reply+${token}@reply.shop.example`);
    expect(parsed.headers.get("auto-submitted")).toBe("auto-replied");
    expect(parsed.text).toContain("We are sorry <3");
    expect(parsed.html).toContain("We are sorry &lt;3");
    expect(parsed.html).not.toContain("<3");
    expect(first.envelope).toEqual({ from: "support@shop.example", to: ["jane@example.org"] });
  });

  it("leaves Auto-Submitted off a reply written by a person", async () => {
    const before = sink.messages.length;
    const transport = nodemailer.createTransport({
      host: sink.host,
      port: sink.port,
      secure: false,
      ignoreTLS: true,
    });
    await transport.sendMail(
      buildReplyMessage({
        from: "support@shop.example",
        to: "jane@example.org",
        subject: "Refund",
        text: "Done.",
        caseNumber: 7,
        replyTo: "support@shop.example",
        messageIdDomain: "shop.example",
        idempotencyKey: "outbox:43",
      }),
    );
    transport.close();
    const received = (await sink.waitForMessages(before + 1))[before];
    expect(received?.parsed.subject).toBe("Re: Refund [#7]");
    expect(received?.parsed.headers.has("auto-submitted")).toBe(false);
    expect(received?.parsed.headers.has("in-reply-to")).toBe(false);
  });
});
