/**
 * The learned item model (./item-model-format.ts) run over a document: for each item, the best score of any
 * segment it may read (as a log-odds sum: bias plus the weights of its features) and that segment's index.
 * It reads no heading, no sentence with a negation, and for each item only sentences naming that item's
 * subject, with data changing hands for a sharing item (../phrases/learned-items.ts). Those tests come first:
 * most sentences pass none of them and are never broken into features.
 */

import type { PolicyDocument } from '../facts/context';
import { HEADING_SEGMENT } from '../segment-table';
import type { ItemModel } from './item-model-format';
import { sentenceFeatures } from './sentence-features';
import { LEARNED_HAND_OVER, LEARNED_ITEM_WORDS, LEARNED_NEGATION } from '../phrases/learned-items';

export interface ItemScores {
  /** Per item (in the model's order): the highest log-odds of any segment it may read, or -Infinity. */
  readonly best: Float64Array;
  /** Per item: the index of that segment, or -1. */
  readonly at: Int32Array;
}

/** Weights maps per model object, built once each. */
const weightMaps = new WeakMap<ItemModel, Map<string, readonly number[]>>();

/** Scores the items at `items` (indices into model.items; all by default). */
export function itemScores(doc: PolicyDocument, model: ItemModel, items: readonly number[] = model.items.map((_, k) => k)): ItemScores {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  const n = model.items.length;
  const best = new Float64Array(n).fill(-Infinity);
  const at = new Int32Array(n).fill(-1);
  const sums = new Float64Array(n);
  const words = items.map((k) => LEARNED_ITEM_WORDS[model.items[k]!]);
  const sharing = items.map((k) => model.items[k]!.startsWith('s:'));
  const readable: number[] = [];
  const { count, kind, leadIn } = doc.segments;
  for (let i = 0; i < count; i++) {
    if (kind[i] === HEADING_SEGMENT) continue;
    const lowered = doc.lowered(i);
    if (LEARNED_NEGATION.test(lowered)) continue;
    const lead = leadIn[i]!;
    const leadText = lead >= 0 ? doc.lowered(lead) : null;
    readable.length = 0;
    let handOver: boolean | undefined;
    for (let j = 0; j < items.length; j++) {
      if (!words[j]!.test(lowered)) continue;
      if (sharing[j] && !(handOver ??= LEARNED_HAND_OVER.test(lowered) || (leadText !== null && LEARNED_HAND_OVER.test(leadText)))) continue;
      readable.push(items[j]!);
    }
    if (readable.length === 0) continue;
    for (const k of readable) sums[k] = model.bias[k]!;
    for (const feature of sentenceFeatures(lowered, leadText)) {
      const pairs = weights.get(feature);
      if (pairs === undefined) continue;
      for (let p = 0; p < pairs.length; p += 2) sums[pairs[p]!]! += pairs[p + 1]!;
    }
    for (const k of readable) if (sums[k]! > best[k]!) { best[k] = sums[k]!; at[k] = i; }
  }
  return { best, at };
}
