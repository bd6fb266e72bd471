/**
 * Logistic regression for one item over sentence samples: AdaGrad, a fixed number of passes in a fixed order
 * (so training is deterministic), L2 shrinkage, and positives weighted up to `positiveWeight` (they are rare).
 */

import type { Sample } from './sentence-samples';

export interface LogisticSettings {
  readonly epochs: number;
  readonly l2: number;
  readonly rate: number;
  readonly positiveWeight: number;
}

export const LOGISTIC_SETTINGS: LogisticSettings = { epochs: 10, l2: 3e-4, rate: 0.3, positiveWeight: 5 };

/** Weights per feature id, the bias last. */
export function trainLogistic(samples: readonly Sample[], item: number, features: number, settings: LogisticSettings = LOGISTIC_SETTINGS): Float64Array {
  const w = new Float64Array(features + 1);
  const g2 = new Float64Array(features + 1).fill(1e-8);
  const data = samples.filter((s) => s.labels[item]! >= 0);
  const positives = data.filter((s) => s.labels[item] === 1).length;
  const up = Math.min(settings.positiveWeight, (data.length - positives) / Math.max(1, positives));
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const s of data) {
      let z = w[features]!;
      for (const j of s.features) z += w[j]!;
      const y = s.labels[item]!;
      const grad = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? up : 1);
      for (const j of s.features) {
        const g = grad + settings.l2 * w[j]!;
        g2[j]! += g * g;
        w[j]! -= (settings.rate * g) / Math.sqrt(g2[j]!);
      }
      g2[features]! += grad * grad;
      w[features]! -= (settings.rate * grad) / Math.sqrt(g2[features]!);
    }
  }
  return w;
}

/**
 * The `keep` strongest features, trained again on them alone (dropping the weak ones without retraining
 * would shift every score). Returns the weights (zero outside the kept features).
 */
export function trainSparse(samples: readonly Sample[], item: number, features: number, keep: number, settings: LogisticSettings = LOGISTIC_SETTINGS): Float64Array {
  const full = trainLogistic(samples, item, features, settings);
  const cut = [...full.subarray(0, features)].map(Math.abs).sort((a, b) => b - a)[keep] ?? 0;
  const kept = new Uint8Array(features);
  for (let j = 0; j < features; j++) if (Math.abs(full[j]!) > cut) kept[j] = 1;
  const narrowed = samples.map((s) => ({ ...s, features: s.features.filter((j) => kept[j]) }));
  return trainLogistic(narrowed, item, features, settings);
}
