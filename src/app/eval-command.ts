// `mend eval triage …` and `mend eval coach …`: each evaluator lives in its own domain.
export async function run(args: string[]): Promise<number> {
  const [target, ...rest] = args;
  if (target === "triage") return (await import("../triage/training/eval-command")).run(rest);
  if (target === "coach") return (await import("../coach/training/eval-command")).run(rest);
  console.error("usage: mend eval triage|coach [options]");
  return 2;
}
