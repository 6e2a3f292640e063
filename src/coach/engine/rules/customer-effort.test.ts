import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { customerEffort } from "./customer-effort";

describe("customer-effort", () => {
  it.each([
    ["You will need to print the label.", "You will need to print"],
    ["Please contact the courier for a new date.", "contact the courier"],
    ["A restocking fee of £10 applies.", "restocking fee of £10"],
    ["Please open a new ticket for it.", "open a new ticket"],
  ])("flags %s", (text, expected) => {
    expect(flagged(customerEffort, { text })).toEqual([expected]);
  });

  it.each([
    "You won't need to send anything back.",
    "We have waived the delivery fee.",
    "I've refunded the delivery charge.",
    "Could you tell me your order number?",
  ])("accepts %s", (text) => {
    expect(flagged(customerEffort, { text })).toEqual([]);
  });
});

describe("customer-effort beyond the listed phrases", () => {
  it.each([
    ["To claim the refund, please fill in the attached form and post it to us.", "please fill in"],
    ["Please print the returns label and drop it at any post office.", "Please print"],
    ["You'll need to ring our metering team to book the reading.", "You'll need to ring"],
    ["Please visit reception with a photo ID.", "Please visit"],
    ["Kindly upload a copy of your statement.", "Kindly upload"],
    ["Please fill the attached form out and return it by post.", "Please fill the attached form out"],
    ["The form must be signed and returned before we can pay.", "must be signed"],
    ["The replacement is free, though a £6.50 postage charge will be added.", "postage charge will be added"],
  ])("flags %s", (text, expected) => {
    expect(flagged(customerEffort, { text })[0]).toBe(expected);
  });

  it.each([
    "You don't need to print anything or pay postage.",
    "There's no need to bring anything in or fill in any forms.",
    "Can you DM us the last four digits of the card?",
    "Could you send me a photo of the damage?",
    "Please call me back on 0161 555 0100 if anything else goes wrong.",
    "Please bring your boarding pass, which I've emailed to you.",
    "The £29 charge was refunded this morning.",
    "I've called the reservations desk myself; you don't have to do a thing.",
  ])("accepts %s", (text) => {
    expect(flagged(customerEffort, { text })).toEqual([]);
  });
});
