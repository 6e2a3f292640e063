import retextEnglish from "retext-english";
import retextIntensify from "retext-intensify";
import retextRepeatedWords from "retext-repeated-words";
import { unified } from "unified";
import { checkSpelling } from "./check-spelling";

export type LanguageMessage = {
  source: "spell" | "repeated" | "intensify";
  start: number;
  end: number;
  actual: string;
  expected: string[];
  kind: string;
};

type Processor = ReturnType<typeof buildProcessor>;

// Spelling is checked apart from this pipeline (check-spelling.ts) so suggestions can be rationed.
function buildProcessor() {
  return unified()
    .use(retextEnglish)
    .use(retextRepeatedWords)
    .use(retextIntensify)
    .use(function noCompiler(this: { compiler?: unknown }) {
      this.compiler = () => "";
    })
    .freeze();
}

let processor: Processor | undefined;

export function warmUpLanguage(): void {
  analyseLanguage("Warm up the spelling checker, please.");
}

export function analyseLanguage(text: string): LanguageMessage[] {
  processor ??= buildProcessor();
  const file = processor.processSync(text);
  const messages: LanguageMessage[] = [];
  for (const message of file.messages) {
    const source =
      message.source === "retext-repeated-words"
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
  for (const miss of checkSpelling(text)) {
    messages.push({
      source: "spell",
      start: miss.start,
      end: miss.end,
      actual: miss.word,
      expected: miss.suggestions,
      kind: "misspelling",
    });
  }
  return messages.sort((a, b) => a.start - b.start);
}
