import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { giftCardSeparate } from "./gift-card-separate";

describe("gift-card-separate", () => {
  it("flags a gift card inside a follow-up or an apology", () => {
    expect(
      flagged(giftCardSeparate, { text: "Thanks again. Here is a gift card.", stage: "follow_up" }),
    ).toEqual(["gift card"]);
    expect(
      flagged(giftCardSeparate, { text: "I'm sorry. A £10 gift voucher is attached.", stage: "resolution" }),
    ).toEqual(["gift voucher"]);
  });

  it("accepts a gift card sent on its own", () => {
    expect(
      flagged(giftCardSeparate, { text: "A small thank-you: a £10 gift card.", stage: "update" }),
    ).toEqual([]);
  });
});

describe("gift-card-separate with vouchers", () => {
  it("treats a voucher we hand over as a gift card", () => {
    expect(
      flagged(giftCardSeparate, { text: "Thank you. I've also enclosed a £25 voucher.", stage: "follow_up" }),
    ).toEqual(["enclosed a £25 voucher"]);
  });

  it("accepts a voucher the customer already had", () => {
    expect(
      flagged(giftCardSeparate, {
        text: "I'm sorry our store sold you an expired voucher.",
        stage: "resolution",
      }),
    ).toEqual([]);
  });
});
