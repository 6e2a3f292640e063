import { seededShuffle } from "../engine/seeded-random";

// Softmax regression over sparse features with AdaGrad, deterministic for a given seed. Two classes give
// logistic regression; the unhappiness and root-cause heads of the default model both come from here.
export interface TrainingExample {
  keys: string[];
  values: number[];
  /** class index, 0..classes−1 */
  label: number;
  weight: number;
}

export interface TrainLinearOptions {
  examples: TrainingExample[];
  classes: number;
  epochs: number;
  l2: number;
  learningRate: number;
  seed: number;
  /** features seen in fewer training examples are dropped (dense "#" features are always kept) */
  minCount: number;
  /**
   * L1 penalty, applied as a proximal step after each AdaGrad update (sparse features only): weights
   * that the data do not keep pushing away from zero end at exactly 0 and are left out of the artefact.
   */
  l1?: number;
}

export interface LinearModel {
  bias: number[];
  /** per feature, one weight per class */
  weights: Map<string, number[]>;
}

export function trainLinear(options: TrainLinearOptions): LinearModel {
  const { examples, classes: k, epochs, l2, learningRate, seed, minCount } = options;
  const l1 = options.l1 ?? 0;
  const counts = new Map<string, number>();
  for (const example of examples) for (const key of example.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [key, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count >= minCount || key.startsWith("#")) ids.set(key, ids.size);
  }
  const encoded = examples.map((example) => {
    const featureIds: number[] = [];
    const featureValues: number[] = [];
    const sparse: boolean[] = [];
    example.keys.forEach((key, i) => {
      const id = ids.get(key);
      if (id !== undefined && example.values[i] !== 0) {
        featureIds.push(id);
        featureValues.push(example.values[i] as number);
        sparse.push(!key.startsWith("#"));
      }
    });
    return { featureIds, featureValues, sparse, label: example.label, weight: example.weight };
  });

  const w = new Float64Array(ids.size * k);
  const g2 = new Float64Array(ids.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const biasG2 = new Float64Array(k).fill(1e-8);

  const logits = new Float64Array(k);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of seededShuffle(order, seed + epoch)) {
      const example = encoded[index]!;
      const n = example.featureIds.length;
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let z = bias[c]!;
        for (let j = 0; j < n; j++) {
          z += w[example.featureIds[j]! * k + c]! * example.featureValues[j]!;
        }
        logits[c] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let c = 0; c < k; c++) {
        logits[c] = Math.exp(logits[c]! - max);
        sum += logits[c]!;
      }
      for (let c = 0; c < k; c++) {
        const error = (logits[c]! / sum - (c === example.label ? 1 : 0)) * example.weight;
        biasG2[c]! += error * error;
        bias[c]! -= (learningRate * error) / Math.sqrt(biasG2[c]!);
        for (let j = 0; j < n; j++) {
          const slot = example.featureIds[j]! * k + c;
          const grad = error * example.featureValues[j]! + l2 * w[slot]!;
          g2[slot]! += grad * grad;
          const step = learningRate / Math.sqrt(g2[slot]!);
          let next = w[slot]! - step * grad;
          if (l1 > 0 && example.sparse[j]) {
            const shrink = step * l1;
            next = next > shrink ? next - shrink : next < -shrink ? next + shrink : 0;
          }
          w[slot] = next;
        }
      }
    }
  }
  const weights = new Map<string, number[]>();
  for (const [key, id] of ids) weights.set(key, Array.from(w.subarray(id * k, id * k + k)));
  return { bias: Array.from(bias), weights };
}
