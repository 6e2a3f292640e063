import { seededShuffle } from "../engine/seeded-random";
import { type LinearModel, type TrainingExample, trainLinear } from "./train-linear";

// The root-cause head: softmax regression over the negative tweets' reasons, then a per-class shift of
// the biases chosen on out-of-fold predictions. The reasons are noisy (most tweets' reason has annotator
// agreement below 0.7) and the head, trained with confidence weights and L1, leans towards the largest
// class; the shift corrects that where the out-of-fold accuracy says so.
const SETTINGS = {
  epochs: 4,
  l2: 1e-4,
  l1: 0.01,
  learningRate: 0.05,
  minCount: 4,
};
const FOLDS = 4;
const SHIFT_STEPS = [-0.5, -0.25, -0.1, 0.1, 0.25, 0.5];
const SHIFT_LIMIT = 1;

function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < z.length; c++) if (z[c]! > z[best]!) best = c;
  return best;
}

function logits(model: LinearModel, example: TrainingExample): number[] {
  const z = model.bias.slice();
  example.keys.forEach((key, i) => {
    const w = model.weights.get(key);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * example.values[i]!;
  });
  return z;
}

/** Per-class bias offsets that maximise accuracy on the given logits (coordinate ascent, bounded). */
export function chooseShift(scores: Array<{ z: number[]; y: number }>, classes: number): number[] {
  const shift = new Array<number>(classes).fill(0);
  const accuracy = () => {
    let ok = 0;
    for (const { z, y } of scores) if (argmax(z.map((x, c) => x + shift[c]!)) === y) ok++;
    return ok;
  };
  let best = accuracy();
  for (let round = 0; round < 3; round++) {
    for (let c = 0; c < classes; c++) {
      const start = shift[c]!;
      let keep = start;
      for (const step of SHIFT_STEPS) {
        const next = start + step;
        if (Math.abs(next) > SHIFT_LIMIT) continue;
        shift[c] = next;
        const ok = accuracy();
        // a strict gain only: ties keep the smaller change
        if (ok > best) {
          best = ok;
          keep = next;
        }
      }
      shift[c] = keep;
    }
  }
  return shift;
}

export function trainCauseHead(examples: TrainingExample[], classes: number, seed: number): LinearModel {
  const train = (fit: TrainingExample[]) => trainLinear({ examples: fit, classes, seed, ...SETTINGS });
  const order = seededShuffle(
    examples.map((_, i) => i),
    seed,
  );
  const outOfFold: Array<{ z: number[]; y: number }> = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = new Set(order.filter((_, i) => i % FOLDS === fold));
    const model = train(examples.filter((_, i) => !held.has(i)));
    for (const i of held) outOfFold.push({ z: logits(model, examples[i]!), y: examples[i]!.label });
  }
  const shift = chooseShift(outOfFold, classes);
  const model = train(examples);
  return { bias: model.bias.map((b, c) => b + shift[c]!), weights: model.weights };
}
