import { isKnownWord } from "../coach/engine/check-spelling";
import { loadDefaultModel } from "../triage/engine/default-model";

// Run by `mend start` once it is serving; no command-line command loads either. Building the triage
// model (~0.5–1 s of CPU) and the spelling dictionary (~0.4 s) on first use would land on the first
// inbound message and the first coach check after every start; right after start-up the server is
// idle, so the same work there costs nobody a wait (docs/benchmarks.md, first-message latency).
export function warmUp(): void {
  loadDefaultModel();
  setImmediate(() => isKnownWord("mend"));
}
