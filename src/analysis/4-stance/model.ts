import { STANCES, type Stance } from '../types';
import fitted from './weights.json';

/** A multinomial logistic regression over named features, as `npm run train:stance` writes it. */
export interface StanceModel {
  classes: Stance[];
  features: string[];
  /** weights[class][feature] */
  weights: number[][];
  bias: number[];
}

/** What the model says of one quote. */
export interface Prediction {
  stance: Stance;
  /** The probability of `stance`. */
  confidence: number;
  probabilities: Record<Stance, number>;
  /** Each feature's push toward `stance` over the other labels' average (positive pushed for it). */
  contributions: Array<[string, number]>;
}

const model = fitted as unknown as StanceModel;
const index = new Map(model.features.map((f, i) => [f, i]));
/** Each weight less the mean of its feature's weights over the classes: the push toward one label over the rest. */
const centred = model.weights.map((row) => row.map((w, i) => w - model.weights.reduce((a, r) => a + r[i], 0) / model.classes.length));

/** The fitted model's label for feature values, with extra per-stance scores (a caller's own cue words). */
export function predict(values: Record<string, number>, extra: Partial<Record<Stance, number>> = {}): Prediction {
  const classes = model.classes.length;
  const logits: number[] = model.bias.map((b, k) => b + (extra[model.classes[k]] ?? 0));
  // The features the model knows, with their values, looked up once.
  const known: Array<[string, number, number]> = [];
  for (const f in values) {
    const i = index.get(f);
    if (i === undefined) continue;
    const v = values[f];
    known.push([f, i, v]);
    for (let k = 0; k < classes; k++) logits[k] += model.weights[k][i] * v;
  }
  let best = 0;
  for (let k = 1; k < classes; k++) if (logits[k] > logits[best]) best = k;
  let sum = 0;
  for (let k = 0; k < classes; k++) sum += Math.exp(logits[k] - logits[best]);
  const probabilities = { supportive: 0, critical: 0, cautious: 0, neutral: 0 } as Record<Stance, number>;
  for (let k = 0; k < classes; k++) probabilities[model.classes[k]] = Math.exp(logits[k] - logits[best]) / sum;
  const contributions = known.map(([f, i, v]): [string, number] => [f, centred[best][i] * v]);
  contributions.sort((a, b) => b[1] - a[1]);
  return { stance: model.classes[best] ?? STANCES[3], confidence: probabilities[model.classes[best]], probabilities, contributions };
}
