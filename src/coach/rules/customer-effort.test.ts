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
