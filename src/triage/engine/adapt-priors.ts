// Prior adaptation without labels (Saerens, Latinne & Decaestecker, "Adjusting the outputs of a
// classifier to new a priori probabilities: a simple procedure", Neural Computation 14, 2002): the
// classifier's posteriors were calibrated where classes had the training priors; on new traffic the
// priors are re-estimated by EM — reweigh every posterior by new/old prior, renormalise, take the mean
// as the new prior, repeat — and the posteriors follow.

const SMALLEST_PRIOR = 1e-4;

/** EM over the posteriors of unlabelled messages; returns the estimated priors of the new traffic. */
export function estimatePriors(options: {
  posteriors: ReadonlyArray<ArrayLike<number>>;
  trainingPriors: readonly number[];
  iterations?: number;
  tolerance?: number;
}): number[] {
  const { posteriors, trainingPriors } = options;
  const k = trainingPriors.length;
  const iterations = options.iterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  let priors = [...trainingPriors];
  if (posteriors.length === 0) return priors;
  const adjusted = new Float64Array(k);
  for (let step = 0; step < iterations; step++) {
    const next = new Float64Array(k);
    for (const p of posteriors) {
      let total = 0;
      for (let c = 0; c < k; c++) {
        adjusted[c] = (p[c]! * priors[c]!) / trainingPriors[c]!;
        total += adjusted[c]!;
      }
      if (total > 0) for (let c = 0; c < k; c++) next[c]! += adjusted[c]! / total;
    }
    let change = 0;
    const updated = Array.from(next, (x) => Math.max(SMALLEST_PRIOR, x / posteriors.length));
    for (let c = 0; c < k; c++) change = Math.max(change, Math.abs(updated[c]! - priors[c]!));
    priors = updated;
    if (change < tolerance) break;
  }
  return priors;
}

/** Log-odds shift that moves a binary posterior from the training prior to the organisation's. */
export function priorShift(trainingPrior: number, prior: number): number {
  const clamp = (x: number) => Math.min(1 - SMALLEST_PRIOR, Math.max(SMALLEST_PRIOR, x));
  const logit = (x: number) => Math.log(clamp(x) / (1 - clamp(x)));
  return logit(prior) - logit(trainingPrior);
}
