import { readFileSync } from "node:fs";
import { z } from "zod";

// The stored artefact (JSON in the repository) and its compiled in-memory form. Weights are per feature
// string, one number per class; the naive-Bayes ratios used in training are already folded into them.
const linearHeadSchema = z.object({
  classes: z.array(z.string()),
  bias: z.array(z.number()),
  weights: z.record(z.string(), z.array(z.number())),
});

export const defaultModelArtefactSchema = z.object({
  version: z.string(),
  trainedOn: z.object({ source: z.string(), sha256: z.string(), rows: z.number(), note: z.string() }),
  sentiment: linearHeadSchema.extend({
    /** Platt scaling of the unhappy logit, fitted on out-of-fold scores */
    calibration: z.object({ a: z.number(), b: z.number() }),
    /** calibrated probability at or above which a message is labelled unhappy */
    threshold: z.number(),
  }),
  cause: linearHeadSchema.extend({
    /** each fine cause the model learned, mapped to a key of Mend's default taxonomy */
    taxonomyKey: z.record(z.string(), z.string()),
  }),
});
export type DefaultModelArtefact = z.infer<typeof defaultModelArtefactSchema>;

export interface CompiledHead {
  classes: string[];
  bias: Float64Array;
  weights: Map<string, Float64Array>;
}

export interface CompiledModel {
  version: string;
  sentiment: CompiledHead & { calibration: { a: number; b: number }; threshold: number };
  cause: CompiledHead & { taxonomyKey: Record<string, string> };
}

function compileHead(head: z.infer<typeof linearHeadSchema>): CompiledHead {
  const weights = new Map<string, Float64Array>();
  for (const [key, values] of Object.entries(head.weights)) weights.set(key, Float64Array.from(values));
  return { classes: head.classes, bias: Float64Array.from(head.bias), weights };
}

export function compileModel(artefact: DefaultModelArtefact): CompiledModel {
  return {
    version: artefact.version,
    sentiment: {
      ...compileHead(artefact.sentiment),
      calibration: artefact.sentiment.calibration,
      threshold: artefact.sentiment.threshold,
    },
    cause: { ...compileHead(artefact.cause), taxonomyKey: artefact.cause.taxonomyKey },
  };
}

export const DEFAULT_MODEL_PATH = new URL("./model/default-model.json", import.meta.url);

let cached: CompiledModel | undefined;

export function loadDefaultModel(path: URL | string = DEFAULT_MODEL_PATH): CompiledModel {
  if (cached && path === DEFAULT_MODEL_PATH) return cached;
  const artefact = defaultModelArtefactSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const model = compileModel(artefact);
  if (path === DEFAULT_MODEL_PATH) cached = model;
  return model;
}

/** Adds each feature's weights into `out` (which starts as the bias); returns `out`. */
export function scoreHead(
  head: CompiledHead,
  keys: string[],
  values: number[],
  out: Float64Array,
): Float64Array {
  out.set(head.bias);
  const k = out.length;
  for (let i = 0; i < keys.length; i++) {
    const w = head.weights.get(keys[i]!);
    if (w === undefined) continue;
    const v = values[i]!;
    for (let c = 0; c < k; c++) out[c]! += w[c]! * v;
  }
  return out;
}

export function softmaxInPlace(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const z of logits) if (z > max) max = z;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    logits[c] = Math.exp(logits[c]! - max);
    sum += logits[c]!;
  }
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
  return logits;
}
