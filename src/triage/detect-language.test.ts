import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { tokenizeText } from "./tokenize-text";

const detect = (text: string) => detectLanguage({ text, tokens: tokenizeText(text) });

describe("detectLanguage", () => {
  it("recognises English on the fast path", () => {
    expect(detect("my bag is lost and nobody answers the phone")).toEqual({
      code: "en",
      confidence: 0.95,
      supported: true,
    });
  });

  it.each([
    ["Mi vuelo fue cancelado y nadie me ayuda con el equipaje", "es"],
    ["Le service était horrible, je suis très déçu de votre réponse", "fr"],
    ["Das ist eine Katastrophe, ich will mein Geld zurück", "de"],
  ])("flags %j as unsupported %s", (text, code) => {
    expect(detect(text)).toMatchObject({ code, supported: false });
  });

  it("treats very short text as English with low confidence", () => {
    expect(detect("ok!").confidence).toBeLessThan(0.6);
  });
});
