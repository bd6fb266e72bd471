/**
 * The learned item model's weights arranged for scoring without building strings: each word stem (its first
 * six letters, as a number: base 27, exact) holds its own weights and those of the word pairs it starts,
 * each lead-in word its `^` weights. Adding a sentence's weights this way gives the same sums as looking up
 * every sentenceFeatures() string (a feature counts once per sentence, as there), with no allocation per
 * word (the strings, sets and match objects were most of the model's time, and garbage).
 */

import type { ItemModel } from './item-model-format';
import { STEM_LENGTH } from './sentence-features';

interface Entry {
  /** Which feature: to count it once per sentence. */
  readonly id: number;
  /** Flattened (item index, weight) pairs, or null when only its pairs carry weights. */
  pairs: readonly number[] | null;
  /** Second words of pairs starting with this word. */
  next: Map<number, Entry> | null;
}

/** A stem of at most STEM_LENGTH letters a-z as a number (1-26 per letter, base 27: no two stems share one). */
function stemKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length && i < STEM_LENGTH; i++) key = key * 27 + (word.charCodeAt(i) - 96);
  return key;
}

export interface CompiledModel {
  /** Adds the weights of a sentence (lower-cased) and its lead-in to `sums` (indexed like model.items). */
  add(lowered: string, leadIn: string | null, sums: Float64Array): void;
}

export function compileModel(model: ItemModel): CompiledModel {
  const words = new Map<number, Entry>();
  const leads = new Map<number, Entry>();
  let ids = 0;
  const entry = (map: Map<number, Entry>, word: string): Entry => {
    const key = stemKey(word);
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
  const stems: number[] = [];
  const addPairs = (e: Entry, sums: Float64Array): void => {
    if (stamp[e.id] === generation) return;
    stamp[e.id] = generation;
    const pairs = e.pairs;
    if (pairs !== null) for (let p = 0; p < pairs.length; p += 2) sums[pairs[p]!]! += pairs[p + 1]!;
  };
  /** The stems of `text`'s words (runs of a-z) into `out`, as numbers. */
  const stemsOf = (text: string, out: number[]): void => {
    out.length = 0;
    let key = 0, letters = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0;
      if (c >= 97 && c <= 122) {
        if (letters < STEM_LENGTH) key = key * 27 + (c - 96);
        letters++;
      } else if (letters > 0) {
        out.push(key);
        key = 0;
        letters = 0;
      }
    }
  };
  return {
    add(lowered, leadIn, sums) {
      if (++generation === 0xffffffff) { stamp.fill(0); generation = 1; }
      stemsOf(lowered, stems);
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
      stemsOf(leadIn, stems);
      for (const key of stems) {
        const e = leads.get(key);
        if (e !== undefined) addPairs(e, sums);
      }
    },
  };
}
