/**
 * The learned item model (./item-model-format.ts) run over a document: for each item, the best score of any
 * segment it may read (as a log-odds sum: bias plus the weights of its features) and that segment's index.
 * It reads no heading, no sentence with a negation, and for each item only sentences naming that item's
 * subject, with data changing hands for a sharing item (../phrases/learned-items.ts); a sentence with no word of
 * the scored items in the document's keyword index (./item-keywords.ts) is skipped before it is scored.
 */

import type { PolicyDocument } from '../facts/context';
import { HEADING_SEGMENT } from '../segment-table';
import type { ItemModel } from './item-model-format';
import { compileModel, type CompiledModel } from './compiled-model';
import { LEARNED_HAND_OVER, LEARNED_ITEM_WORDS, LEARNED_NEGATION } from '../phrases/learned-items';
import { keywordTest } from '../facts/context';
import { itemKeywords } from './item-keywords';

export interface ItemScores {
  /** Per item (in the model's order): the highest log-odds of any segment it may read, or -Infinity. */
  readonly best: Float64Array;
  /** Per item: the index of that segment, or -1. */
  readonly at: Int32Array;
}

/** Compiled weights per model object, built once each. */
const compiled = new WeakMap<ItemModel, CompiledModel>();

/**
 * Scores the items at `items` (indices into model.items; all by default). A sentence below `floor` (log-odds,
 * per item index) is not considered for that item: the subject and hand-over tests then run only for the few
 * sentences that score high, not for every sentence.
 */
export function itemScores(
  doc: PolicyDocument, model: ItemModel, items: readonly number[] = model.items.map((_, k) => k), floor: readonly number[] = [],
): ItemScores {
  let weights = compiled.get(model);
  if (!weights) compiled.set(model, (weights = compileModel(model)));
  const n = model.items.length;
  const best = new Float64Array(n).fill(-Infinity);
  const at = new Int32Array(n).fill(-1);
  const sums = new Float64Array(n);
  const mayHave = keywordTest(doc, itemKeywords(items.map((k) => model.items[k]!)));
  const { count, kind, leadIn } = doc.segments;
  // A lead-in's weights are the same for every item under it: added up once per lead-in.
  let leadSums: Float64Array | null = null;
  let leadSumsOf = -1;
  for (let i = 0; i < count; i++) {
    if (kind[i] === HEADING_SEGMENT || !mayHave(i)) continue;
    const lowered = doc.lowered(i);
    if (LEARNED_NEGATION.test(lowered)) continue;
    const lead = leadIn[i]!;
    const leadText = lead >= 0 ? doc.lowered(lead) : null;
    if (lead >= 0 && lead !== leadSumsOf) {
      (leadSums ??= new Float64Array(n)).fill(0);
      weights.addLeadIn(leadText!, leadSums);
      leadSumsOf = lead;
    }
    for (const k of items) sums[k] = model.bias[k]! + (lead >= 0 ? leadSums![k]! : 0);
    weights.add(lowered, null, sums);
    let handOver: boolean | undefined;
    for (const k of items) {
      const sum = sums[k]!;
      if (sum <= best[k]! || sum < (floor[k] ?? -Infinity)) continue;
      const item = model.items[k]!;
      if (!LEARNED_ITEM_WORDS[item].test(lowered)) continue;
      if (item.startsWith('s:') && !(handOver ??= LEARNED_HAND_OVER.test(lowered) || (leadText !== null && LEARNED_HAND_OVER.test(leadText)))) continue;
      best[k] = sum;
      at[k] = i;
    }
  }
  return { best, at };
}
