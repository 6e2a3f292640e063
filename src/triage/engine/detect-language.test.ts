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

  it("keeps English that quotes a little of another language on the fast path", () => {
    expect(detect("Delayed again, the crew says maybe tomorrow, c'est la vie")).toEqual({
      code: "en",
      confidence: 0.95,
      supported: true,
    });
  });

  it("takes plain ASCII with a few English function words as English, less confidently", () => {
    expect(
      detect("Worst airline ever: lost luggage, rude staff, zero refunds and no apology whatsoever today"),
    ).toEqual({ code: "en", confidence: 0.8, supported: true });
  });

  it.each([
    ["😡😡", 0.3],
    ["!!!", 0.3],
    ["flight delayed", 0.5],
  ])("gives %j, too short to tell, confidence %d", (text, confidence) => {
    expect(detect(text)).toEqual({ code: "en", confidence, supported: true });
  });

  it.each([
    ["Olá, o meu pedido não chegou e ninguém responde", "pt"],
    ["Il pacco non è mai arrivato e nessuno mi risponde, sono molto deluso", "it"],
    ["Siparişim gelmedi ve kimse cevap vermiyor, çok kötü bir hizmet", "tr"],
    ["Muchas gracias. Por favor revisa tus mensajes directos.", "es"],
    ["Мой заказ так и не пришёл, верните деньги", "ru"],
    ["注文した商品がまだ届きません。どうなっていますか？", "ja"],
    ["我的订单还没有到，请尽快处理", "zh"],
    ["주문한 상품이 아직 도착하지 않았습니다", "ko"],
    ["طلبي لم يصل بعد، أريد استرداد أموالي", "ar"],
  ])("flags %j as %s", (text, code) => {
    expect(detect(text)).toMatchObject({ code, supported: false });
  });

  it.each([
    "Gate Agent Alavera is amazing",
    "on line baggage system complete rubbish. bag missing 2 days. No meaningful information.",
    "tried other options as per weblink, non available for next 2 days, frustrating",
    "Café was closed again, très annoying when you drive 20 minutes",
  ])("keeps %j English: no real evidence for another language", (text) => {
    expect(detect(text)).toMatchObject({ code: "en", supported: true });
  });
});
