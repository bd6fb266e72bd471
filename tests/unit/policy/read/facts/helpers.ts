/** Shared by the per-fact tests: analyse a snippet and check every evidence quote sits at its offset. */

import { expect } from 'vitest';
import { analyzePolicy } from '../../../../../lib/policy/read/analyze';
import type { PolicyFacts } from '../../../../../lib/policy/types';

export function factOf<K extends keyof PolicyFacts>(name: K, text: string): PolicyFacts[K] {
  const analysis = analyzePolicy(text);
  for (const fact of Object.values(analysis.facts)) {
    for (const e of fact.evidence) expect(text.slice(e.start, e.start + e.quote.length)).toBe(e.quote);
  }
  return analysis.facts[name];
}

export function valueOf<K extends keyof PolicyFacts>(name: K, text: string): PolicyFacts[K]['value'] {
  return factOf(name, text).value;
}
