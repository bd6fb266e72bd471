/**
 * The learned item model's weights arranged for scoring without building feature strings: each word stem
 * holds its own weights and those of the word pairs it starts, each lead-in word its `^` weights. Adding a
 * sentence's weights this way gives the same sums as looking up every sentenceFeatures() string (a feature
 * counts once per sentence, as there), at a fraction of the allocations (most of the model's time was the
 * pair strings and the sets).
 */

import type { ItemModel } from './item-model-format';
import { STEM_LENGTH } from './sentence-features';

interface Entry {
  /** Which feature: to count it once per sentence. */
  readonly id: number;
  /** Flattened (item index, weight) pairs, or null when only its pairs carry weights. */
  pairs: readonly number[] | null;
  /** Second words of pairs starting with this word. */
  next: Map<string, Entry> | null;
}

export interface CompiledModel {
  /** Adds the weights of a sentence (lower-cased) and its lead-in to `sums` (indexed like model.items). */
  add(lowered: string, leadIn: string | null, sums: Float64Array): void;
}

const WORD = /[a-z]+/g;

export function compileModel(model: ItemModel): CompiledModel {
  const words = new Map<string, Entry>();
  const leads = new Map<string, Entry>();
  let ids = 0;
  const entry = (map: Map<string, Entry>, key: string): Entry => {
    let e = map.get(key);
    if (!e) map.set(key, (e = { id: ids++, pairs: null, next: null }));
    return e;
  };
  for (const [feature, pairs] of Object.entries(model.weights)) {
    if (feature.startsWith('^')) { entry(leads, feature.slice(1)).pairs = pairs; continue; }
    const cut = feature.indexOf('_');
    if (cut < 0) { entry(words, feature).pairs = pairs; continue; }
    const first = entry(words, feature.slice(0, cut));
    entry((first.next ??= new Map()), feature.slice(cut + 1)).pairs = pairs;
  }
  const stamp = new Uint32Array(ids);
  let generation = 0;
  const stems: string[] = [];
  const addPairs = (e: Entry, sums: Float64Array): void => {
    if (stamp[e.id] === generation) return;
    stamp[e.id] = generation;
    const pairs = e.pairs;
    if (pairs !== null) for (let p = 0; p < pairs.length; p += 2) sums[pairs[p]!]! += pairs[p + 1]!;
  };
  return {
    add(lowered, leadIn, sums) {
      if (++generation === 0xffffffff) { stamp.fill(0); generation = 1; }
      stems.length = 0;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(lowered); m !== null; m = WORD.exec(lowered)) stems.push(m[0].slice(0, STEM_LENGTH));
      for (let i = 0; i < stems.length; i++) {
        const e = words.get(stems[i]!);
        if (e === undefined) continue;
        addPairs(e, sums);
        if (e.next !== null && i + 1 < stems.length) {
          const pair = e.next.get(stems[i + 1]!);
          if (pair !== undefined) addPairs(pair, sums);
        }
      }
      if (leadIn === null) return;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(leadIn); m !== null; m = WORD.exec(leadIn)) {
        const e = leads.get(m[0].slice(0, STEM_LENGTH));
        if (e !== undefined) addPairs(e, sums);
      }
    },
  };
}
