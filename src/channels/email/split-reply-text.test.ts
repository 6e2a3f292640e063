import { describe, expect, it } from "vitest";
import { splitReplyText } from "./split-reply-text";

describe("splitReplyText", () => {
  it("returns a message without history or signature unchanged", () => {
    expect(splitReplyText({ text: "The kettle leaks.\nPlease help.\n" })).toEqual({
      newText: "The kettle leaks.\nPlease help.",
      quotedText: "",
      signature: "",
    });
  });

  it("cuts at a one-line attribution and keeps the history as quoted text", () => {
    const split = splitReplyText({
      text: "Still broken.\n\nOn Mon, Mar 3, 2025 at 9:00 AM Shop <s@shop.example> wrote:\n> Did it work?\n",
    });
    expect(split.newText).toBe("Still broken.");
    expect(split.quotedText).toBe(
      "On Mon, Mar 3, 2025 at 9:00 AM Shop <s@shop.example> wrote:\n> Did it work?",
    );
  });

  it("recognises a German attribution", () => {
    const split = splitReplyText({
      text: "Immer noch kaputt.\n\nAm 03.03.2025 um 09:00 schrieb Shop <s@shop.example>:\n> Alles gut?",
    });
    expect(split.newText).toBe("Immer noch kaputt.");
    expect(split.quotedText).toMatch(/^Am 03\.03\.2025/);
  });

  it("keeps the customer's own 'On Monday I wrote:' sentence", () => {
    const text = "On Monday I wrote:\nplease cancel the order.";
    expect(splitReplyText({ text }).newText).toBe(text);
  });

  it("moves interleaved > quotes out of the new text", () => {
    const split = splitReplyText({ text: "> When did you order?\nLast Monday.\n> Which colour?\nRed." });
    expect(split.newText).toBe("Last Monday.\nRed.");
    expect(split.quotedText).toBe("> When did you order?\n> Which colour?");
  });

  it("cuts at an Outlook From:/Sent: header block without a separator line", () => {
    const split = splitReplyText({
      text: "Any update?\n\nFrom: Shop Support <s@shop.example>\nSent: Tuesday, March 4, 2025 3:02 PM\nTo: Bob\nSubject: Re: refund\n\nIssued.",
    });
    expect(split.newText).toBe("Any update?");
    expect(split.quotedText).toMatch(/^From: Shop Support/);
  });

  it("does not cut at a sentence that merely starts with From:", () => {
    const split = splitReplyText({
      text: "Hello\n\nFrom: what I can tell, the order was lost.\nPlease check.",
    });
    expect(split.newText).toBe("Hello\n\nFrom: what I can tell, the order was lost.\nPlease check.");
  });

  it("separates a standard '-- ' signature", () => {
    const split = splitReplyText({ text: "Please refund me.\n\n-- \nJane Doe\nACME Ltd" });
    expect(split.newText).toBe("Please refund me.");
    expect(split.signature).toBe("-- \nJane Doe\nACME Ltd");
  });

  it("separates mobile sign-offs", () => {
    expect(splitReplyText({ text: "Where is it?\n\nGet Outlook for Android" }).signature).toBe(
      "Get Outlook for Android",
    );
    expect(splitReplyText({ text: "Where is it?\nSent from my Galaxy" }).newText).toBe("Where is it?");
  });

  it("keeps a message that is only a closing word as new text", () => {
    expect(splitReplyText({ text: "Thanks!" }).newText).toBe("Thanks!");
  });

  it("does not treat a closing followed by a long paragraph as a signature", () => {
    const text =
      "Thanks,\nbut this is the third time I have written to you about the same broken kettle and nobody answers me.";
    expect(splitReplyText({ text }).newText).toBe(text);
  });
});
