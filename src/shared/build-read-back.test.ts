import { describe, expect, it } from "vitest";
import { buildReadBack } from "./build-read-back";

describe("buildReadBack", () => {
  it("lists every concern once, in order, and asks for confirmation", () => {
    expect(buildReadBack(["Parcel arrived late.", "The driver was rude", "Refund not received"])).toBe(
      "Let me make sure I have this right. You told me: parcel arrived late; the driver was rude; and refund not received. Have I understood you correctly?",
    );
  });

  it("keeps acronyms and skips empty lines", () => {
    expect(buildReadBack(["  ", "UPS lost the box"])).toBe(
      "Let me make sure I have this right. You told me: UPS lost the box. Have I understood you correctly?",
    );
    expect(buildReadBack([])).toBe("");
  });
});
