import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { replyChannelSchema, replyStageSchema } from "../shared/vocabulary";
import { coachReply } from "./engine/coach-reply";
import type { CoachInput } from "./engine/schema";

const usage =
  "usage: mend coach FILE --channel email|sms|twitter|facebook|instagram|webform|phone|visit --stage first_reply|update|resolution|follow_up [--name NAME] [--case-number N] [--formal] [--dictionary WORD,WORD] [--disable RULE,RULE] [--json]";

function fail(message: string): number {
  console.error(`mend coach: ${message}\n${usage}`);
  return 2;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file) return fail("missing FILE (use - to read standard input)");
  if (extra.length > 0) return fail(`unexpected argument "${extra[0]}"`);
  const channel = replyChannelSchema.safeParse(values.channel);
  if (!channel.success) return fail(`--channel must be one of ${replyChannelSchema.options.join(", ")}`);
  const stage = replyStageSchema.safeParse(values.stage);
  if (!stage.success) return fail(`--stage must be one of ${replyStageSchema.options.join(", ")}`);

  let text: string;
  try {
    text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  } catch (error) {
    console.error(`mend coach: cannot read ${file}: ${error instanceof Error ? error.message : error}`);
    return 2;
  }
  const input: CoachInput = {
    text,
    channel: channel.data,
    stage: stage.data,
    ...(values.name ? { customer: { name: values.name } } : {}),
    case: {
      ...(values["case-number"] ? { number: values["case-number"] } : {}),
      formal: values.formal ?? false,
    },
    settings: { disabledRules: list(values.disable), dictionaryWords: list(values.dictionary) },
  };
  const report = coachReply(input);
  if (values.json) {
    const findings = report.findings.map(({ ruleId, severity, message, start, end, suggestion }) => ({
      ruleId,
      severity,
      message,
      start,
      end,
      suggestion,
    }));
    console.log(JSON.stringify({ score: report.score, findings }, null, 2));
  } else {
    for (const finding of report.findings) {
      const hint = finding.suggestion ? `\n    → ${finding.suggestion}` : "";
      console.log(
        `${file}:${lineAndColumn(text, finding.start)}  ${finding.severity.padEnd(7)}  ${finding.message}  [${finding.ruleId}]${hint}`,
      );
    }
    const blockers = report.findings.filter((finding) => finding.severity === "blocker").length;
    console.log(`score ${report.score}/100 · ${report.findings.length} finding(s), ${blockers} blocker(s)`);
  }
  return report.findings.some((finding) => finding.severity === "blocker") ? 1 : 0;
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      channel: { type: "string" },
      stage: { type: "string" },
      name: { type: "string" },
      "case-number": { type: "string" },
      formal: { type: "boolean" },
      dictionary: { type: "string" },
      disable: { type: "string" },
      json: { type: "boolean" },
    },
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
