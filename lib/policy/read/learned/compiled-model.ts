/**
 * The learned item model's weights arranged for scoring without building strings: each word stem (its first
 * six letters, as a number: base 27, exact) holds its own weights and those of the word pairs it starts,
 * each lead-in word its `^` weights. Adding a sentence's weights this way gives the same sums as looking up
 * every sentenceFeatures() string (a feature counts once per sentence, as there), with no allocation per
 * word (the strings, sets and match objects were most of the model's time, and garbage).
 */

import type { ItemModel } from './item-model-format';
import { STEM_LENGTH } from './sentence-features';
import { StemTable } from './stem-table';

export interface CompiledModel {
  /** Adds the weights of a sentence (lower-cased) and its lead-in to `sums` (indexed like model.items). */
  add(lowered: string, leadIn: string | null, sums: Float64Array): void;
  /** Adds the weights of a lead-in alone (its `^` features): the same for every item under it, so callers may keep them. */
  addLeadIn(leadIn: string, sums: Float64Array): void;
}

export function compileModel(model: ItemModel): CompiledModel {
  // Entry e of a table: its flattened (item index, weight) pairs, or null when only the pairs it starts weigh.
  const weightsOf: (readonly number[] | null)[] = [];
  const newEntry = (): number => weightsOf.push(null) - 1;
  const words = new StemTable(newEntry);
  const leads = new StemTable(newEntry);
  // Second words of the pairs each word entry starts.
  const pairsAfter = new Map<number, StemTable>();
  for (const [feature, pairs] of Object.entries(model.weights)) {
    if (feature.startsWith('^')) { weightsOf[leads.entryOf(stemKey(feature.slice(1)))] = pairs; continue; }
    const cut = feature.indexOf('_');
    if (cut < 0) { weightsOf[words.entryOf(stemKey(feature))] = pairs; continue; }
    const first = words.entryOf(stemKey(feature.slice(0, cut)));
    let next = pairsAfter.get(first);
    if (!next) pairsAfter.set(first, (next = new StemTable(newEntry)));
    weightsOf[next.entryOf(stemKey(feature.slice(cut + 1)))] = pairs;
  }
  const nextOf: (StemTable | null)[] = weightsOf.map((_, e) => pairsAfter.get(e) ?? null);
  const stamp = new Uint32Array(weightsOf.length);
  let generation = 0;
  const stems: number[] = [];
  const addEntry = (e: number, sums: Float64Array): void => {
    if (stamp[e] === generation) return;
    stamp[e] = generation;
    const pairs = weightsOf[e]!;
    if (pairs !== null) for (let p = 0; p < pairs.length; p += 2) sums[pairs[p]!]! += pairs[p + 1]!;
  };
  const nextGeneration = (): void => {
    if (++generation === 0xffffffff) { stamp.fill(0); generation = 1; }
  };
  const addLeadIn = (leadIn: string, sums: Float64Array): void => {
    nextGeneration();
    stemsOf(leadIn, stems);
    for (let i = 0; i < stems.length; i++) {
      const e = leads.find(stems[i]!);
      if (e >= 0) addEntry(e, sums);
    }
  };
  return {
    add(lowered, leadIn, sums) {
      nextGeneration();
      stemsOf(lowered, stems);
      for (let i = 0; i < stems.length; i++) {
        const e = words.find(stems[i]!);
        if (e < 0) continue;
        addEntry(e, sums);
        const next = nextOf[e]!;
        if (next !== null && i + 1 < stems.length) {
          const pair = next.find(stems[i + 1]!);
          if (pair >= 0) addEntry(pair, sums);
        }
      }
      if (leadIn !== null) addLeadIn(leadIn, sums);
    },
    addLeadIn,
  };
}

/** A stem of at most STEM_LENGTH letters a-z as a number (1-26 per letter, base 27: no two stems share one). */
function stemKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length && i < STEM_LENGTH; i++) key = key * 27 + (word.charCodeAt(i) - 96);
  return key;
}

/** The stems of `text`'s words (runs of a-z) into `out`, as stemKey numbers. */
function stemsOf(text: string, out: number[]): void {
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
}
