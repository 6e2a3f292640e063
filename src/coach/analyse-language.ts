import dictionaryEn from "dictionary-en";
import retextEnglish from "retext-english";
import retextIntensify from "retext-intensify";
import retextRepeatedWords from "retext-repeated-words";
import retextSpell from "retext-spell";
import { unified } from "unified";

export type LanguageMessage = {
  source: "spell" | "repeated" | "intensify";
  start: number;
  end: number;
  actual: string;
  expected: string[];
  kind: string;
};

type Processor = ReturnType<typeof buildProcessor>;

// Building the Hunspell checker costs ~200 ms and tens of MB, so one is shared by every request;
// each organization's own words are filtered out afterwards instead of building a checker per org.
function buildProcessor() {
  return unified()
    .use(retextEnglish)
    .use(retextSpell, { dictionary: dictionaryEn, max: Number.MAX_SAFE_INTEGER })
    .use(retextRepeatedWords)
    .use(retextIntensify)
    .use(function noCompiler(this: { compiler?: unknown }) {
      this.compiler = () => "";
    })
    .freeze();
}

// retext-spell caches every suggestion it ever made; rebuilding now and then keeps a long-running
// server's memory flat.
const rebuildAfterRuns = 20_000;
let processor: Processor | undefined;
let runs = 0;

export function warmUpLanguage(): void {
  analyseLanguage("Warm up the spelling checker, please.");
}

// Whether Hunspell knows a single word; used for prefixed words such as "rebooked".
export function isKnownWord(word: string): boolean {
  return !analyseLanguage(word).some((message) => message.source === "spell");
}

export function analyseLanguage(text: string): LanguageMessage[] {
  if (!processor || runs >= rebuildAfterRuns) {
    processor = buildProcessor();
    runs = 0;
  }
  runs += 1;
  const file = processor.processSync(text);
  const messages: LanguageMessage[] = [];
  for (const message of file.messages) {
    const source =
      message.source === "retext-spell"
        ? "spell"
        : message.source === "retext-repeated-words"
          ? "repeated"
          : message.source === "retext-intensify"
            ? "intensify"
            : undefined;
    const start = message.place && "start" in message.place ? message.place.start.offset : undefined;
    const end = message.place && "end" in message.place ? message.place.end.offset : undefined;
    if (!source || start === undefined || end === undefined || message.ruleId === "overflow") continue;
    messages.push({
      source,
      start,
      end,
      actual: String(message.actual ?? text.slice(start, end)),
      expected: (message.expected ?? []).map(String),
      kind: message.ruleId ?? "",
    });
  }
  return messages;
}
