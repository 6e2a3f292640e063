// Metrics for the eval command, kept apart so they can be tested on hand-made numbers.
export interface BinaryMetrics {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  auc: number;
}

/** ROC AUC by the rank-sum formula, ties sharing their average rank. */
export function rocAuc(scores: number[], labels: boolean[]): number {
  const order = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]!.s === order[i]!.s) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (order[k]!.y) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function measureBinary(options: {
  predicted: boolean[];
  actual: boolean[];
  scores: number[];
}): BinaryMetrics {
  const { predicted, actual, scores } = options;
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
    else tn++;
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const n = predicted.length;
  return {
    n,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1,
    accuracy: n > 0 ? (tp + tn) / n : 0,
    auc: rocAuc(scores, actual),
  };
}

export function measureMulticlass(options: { predicted: string[]; actual: string[] }): {
  accuracy: number;
  macroF1: number;
} {
  const { predicted, actual } = options;
  if (actual.length === 0) return { accuracy: Number.NaN, macroF1: Number.NaN };
  let correct = 0;
  predicted.forEach((p, i) => {
    if (p === actual[i]) correct++;
  });
  const labels = [...new Set(actual)];
  const f1s = labels.map((label) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    predicted.forEach((p, i) => {
      if (p === label && actual[i] === label) tp++;
      else if (p === label) fp++;
      else if (actual[i] === label) fn++;
    });
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return { accuracy: correct / actual.length, macroF1: f1s.reduce((a, b) => a + b, 0) / labels.length };
}
