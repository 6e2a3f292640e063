import { describe, expect, it } from "vitest";
import { findReferences } from "./find-references";

describe("findReferences", () => {
  it("finds orders, bookings, cases and flights", () => {
    const { references } = findReferences(
      "Order #A12345 never came; booking ref QXRTZB, case no. 99812, flight UA 1234, tracking number 1Z999AA10123456784",
    );
    expect(references).toEqual(
      expect.arrayContaining([
        { kind: "order", value: "A12345" },
        { kind: "booking", value: "QXRTZB" },
        { kind: "case", value: "99812" },
        { kind: "flight", value: "UA1234" },
        { kind: "tracking", value: "1Z999AA10123456784" },
      ]),
    );
  });

  it("does not take ordinary words for identifiers", () => {
    expect(findReferences("my order never arrived and the booking process was confusing").references).toEqual(
      [],
    );
  });
});
