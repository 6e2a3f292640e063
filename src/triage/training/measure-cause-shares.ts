// Shares for the Pareto chart (R32): how much of the unhappy traffic each cause is. The estimate is the
// mean of the predicted distributions (each message's probabilities over the file's labels, renormalised),
// which does not inherit the argmax's lean towards the largest class; the argmax count is shown beside it.

/** labelled share ÷ mean predicted share per label, from the training split: the share estimator's correction */
export function shareCorrection(options: {
  labels: readonly string[];
  gold: readonly string[];
  distributions: ReadonlyArray<ArrayLike<number>>;
}): Record<string, number> {
  const raw = measureCauseShares(options);
  return Object.fromEntries(
    raw.shares.map((s) => [s.label, s.estimated > 0 ? Math.round((s.gold / s.estimated) * 1e4) / 1e4 : 1]),
  );
}
export interface CauseShare {
  label: string;
  gold: number;
  estimated: number;
  counted: number;
}

export interface CauseShares {
  shares: CauseShare[];
  /** largest |estimated − gold| over the labels, in share points (0–1) */
  maxError: number;
  /** Σ |estimated − gold| */
  sumError: number;
  /** Σ |counted − gold| */
  countedSumError: number;
}

export function measureCauseShares(options: {
  labels: readonly string[];
  gold: readonly string[];
  /** per message, a probability per entry of `labels` (need not sum to 1) */
  distributions: ReadonlyArray<ArrayLike<number>>;
  /** per label, labelled share ÷ mean predicted share on the training split (cause-shares.json) */
  correction?: Readonly<Record<string, number>>;
}): CauseShares {
  const { labels, gold, distributions, correction } = options;
  const n = gold.length;
  const estimated = new Float64Array(labels.length);
  const counted = new Float64Array(labels.length);
  const goldCount = new Float64Array(labels.length);
  distributions.forEach((d, i) => {
    let total = 0;
    let best = 0;
    for (let k = 0; k < labels.length; k++) {
      total += d[k]!;
      if (d[k]! > d[best]!) best = k;
    }
    for (let k = 0; k < labels.length; k++) estimated[k]! += total > 0 ? d[k]! / total : 1 / labels.length;
    counted[best]! += 1;
    const g = labels.indexOf(gold[i]!);
    if (g >= 0) goldCount[g]! += 1;
  });
  // The head's probabilities lean where its training leant (the bias shift tuned for accuracy moves
  // mass between classes); the ratio measured on the training split takes that lean out.
  if (correction) {
    let total = 0;
    for (let k = 0; k < labels.length; k++) {
      estimated[k]! *= correction[labels[k]!] ?? 1;
      total += estimated[k]!;
    }
    for (let k = 0; k < labels.length; k++) estimated[k] = total > 0 ? (estimated[k]! / total) * n : 0;
  }
  const shares = labels.map((label, k) => ({
    label,
    gold: goldCount[k]! / n,
    estimated: estimated[k]! / n,
    counted: counted[k]! / n,
  }));
  let maxError = 0;
  let sumError = 0;
  let countedSumError = 0;
  for (const s of shares) {
    maxError = Math.max(maxError, Math.abs(s.estimated - s.gold));
    sumError += Math.abs(s.estimated - s.gold);
    countedSumError += Math.abs(s.counted - s.gold);
  }
  return { shares, maxError, sumError, countedSumError };
}
