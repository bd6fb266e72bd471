/**
 * Items of `rights` and `sharing` found by the learned sentence model (./item-model.ts): for each item, the
 * sentence of the document that scores highest, when it reaches the model's threshold. The rules find the
 * wordings they were written for; the model, trained on a few hundred labelled policies, finds many of the
 * other ways policies say the same thing. Headings are not scored (a heading names a topic, it states nothing).
 */

import type { PolicyDocument } from '../facts/context';
import { ITEM_MODEL } from './item-model';
import type { ItemModel, LearnedItem } from './item-model-format';
import { itemScores } from './item-scores';
import { itemKeywords } from './item-keywords';
import { registerKeywords } from '../facts/context';

/** Per model: each item's threshold as log-odds (the scale itemScores adds up in) and the items turned on. */
const cuts = new WeakMap<ItemModel, { cut: number[]; on: number[] }>();

function thresholdsOf(model: ItemModel): { cut: number[]; on: number[] } {
  let thresholds = cuts.get(model);
  if (!thresholds) {
    // Items turned off (threshold 1, log-odds Infinity) are not scored.
    const cut = model.items.map((_, k) => { const t = model.thresholds[k] ?? 1; return Math.log(t / (1 - t)); });
    cuts.set(model, (thresholds = { cut, on: model.items.map((_, k) => k).filter((k) => cut[k]! < Infinity) }));
  }
  return thresholds;
}

// The shipped model's words, known to the document keyword index from the start, so that it is built once per document.
registerKeywords([itemKeywords(thresholdsOf(ITEM_MODEL).on.map((k) => ITEM_MODEL.items[k]!))]);

/** Per document, for the shipped model: rights and sharing both ask, the sentences are scored once. */
const cache = new WeakMap<PolicyDocument, ReadonlyMap<LearnedItem, number>>();

/** The items the model finds in `doc`, each with the index of its best segment. */
export function learnedItems(doc: PolicyDocument, model: ItemModel = ITEM_MODEL): ReadonlyMap<LearnedItem, number> {
  const cached = model === ITEM_MODEL ? cache.get(doc) : undefined;
  if (cached) return cached;
  const thresholds = thresholdsOf(model);
  const { at } = itemScores(doc, model, thresholds.on, thresholds.cut);
  const out = new Map<LearnedItem, number>();
  model.items.forEach((item, k) => { if (at[k]! >= 0) out.set(item, at[k]!); });
  if (model === ITEM_MODEL) cache.set(doc, out);
  return out;
}
