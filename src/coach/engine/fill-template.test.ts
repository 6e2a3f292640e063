import { describe, expect, it } from "vitest";
import { fillTemplate, toOriginalOffset } from "./fill-template";

describe("fillTemplate", () => {
  it("fills known variables and reports the rest", () => {
    const filled = fillTemplate({
      text: "Hi {{customer.firstName}}, case {{ case.number }} by {{promise.due}}.",
      variables: { "customer.firstName": "Ana", "case.number": "C-7" },
    });
    expect(filled.text).toBe("Hi Ana, case C-7 by {{promise.due}}.");
    expect(filled.unfilled).toEqual(["promise.due"]);
  });

  it("maps offsets in the filled text back to the draft", () => {
    const text = "Hi {{customer.firstName}}, sory.";
    const filled = fillTemplate({ text, variables: { "customer.firstName": "Ana" } });
    const typo = filled.text.indexOf("sory");
    const start = toOriginalOffset({ offset: typo, replacements: filled.replacements, edge: "start" });
    expect(text.slice(start, start + 4)).toBe("sory");
    const nameStart = toOriginalOffset({ offset: 3, replacements: filled.replacements, edge: "start" });
    const nameEnd = toOriginalOffset({ offset: 6, replacements: filled.replacements, edge: "end" });
    expect(text.slice(nameStart, nameEnd)).toBe("{{customer.firstName}}");
  });
});
