/**
 * A `rights` or `sharing` fact with the items the learned model found added to the rules' items, each with
 * its sentence as evidence. The rules' items and quotes stay as they are; the model only adds what they missed.
 */

import type { Evidence, Fact } from '../../types';
import type { PolicyDocument } from '../facts/context';
import { evidenceOf } from '../facts/context';
import type { LearnedItem } from './item-model-format';

/** `fact` with the model's items of its field (`prefix`) added, in `order` (the field's canonical order). */
export function withLearnedItems<T extends string>(
  fact: Fact<readonly T[]>, prefix: 'r:' | 's:', doc: PolicyDocument, learned: ReadonlyMap<LearnedItem, number>, order: readonly LearnedItem[],
): Fact<readonly T[]> {
  const value: T[] = [];
  const evidence: Evidence[] = [];
  let added = false;
  for (const item of order) {
    if (!item.startsWith(prefix)) continue;
    const name = item.slice(prefix.length) as T;
    const ruled = fact.value.indexOf(name);
    if (ruled >= 0) {
      value.push(name);
      const quote = fact.evidence[ruled];
      if (quote) evidence.push(quote);
      continue;
    }
    const segment = learned.get(item);
    if (segment === undefined) continue;
    value.push(name);
    evidence.push(evidenceOf(doc.segments.at(segment)));
    added = true;
  }
  return added ? { value, evidence } : fact;
}
