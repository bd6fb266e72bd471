/**
 * Shared by the per-fact tests: analyse a snippet with the rules alone and check every evidence quote sits at
 * its offset. These tests pin the rules' reading of each wording; what the learned item model adds on top is
 * tested in ../learned/ and measured on real policies (`npm run eval:policies`, `npm run train:item-model`).
 */

import { expect } from 'vitest';
import { analyzePolicy } from '../../../../../lib/policy/read/analyze';
import type { PolicyFacts } from '../../../../../lib/policy/types';

export function factOf<K extends keyof PolicyFacts>(name: K, text: string): PolicyFacts[K] {
  const analysis = analyzePolicy(text, { learned: false });
  for (const fact of Object.values(analysis.facts)) {
    for (const e of fact.evidence) expect(text.slice(e.start, e.start + e.quote.length)).toBe(e.quote);
  }
  return analysis.facts[name];
}

export function valueOf<K extends keyof PolicyFacts>(name: K, text: string): PolicyFacts[K]['value'] {
  return factOf(name, text).value;
}
