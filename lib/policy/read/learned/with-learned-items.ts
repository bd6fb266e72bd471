/**
 * A `rights` or `sharing` fact with the items the learned model found added to the rules' items, each with
 * its sentence as evidence. The rules' items and quotes stay as they are; the model only adds what they missed.
 */

import type { Evidence, Fact } from '../../types';
import type { PolicyDocument } from '../facts/context';
import { evidenceOf } from '../facts/context';
import type { LearnedItem } from './item-model-format';

/**
 * `fact` with the model's items of its field (`prefix`) added. Every item of the rules stays, with its quote;
 * the whole list is put in `order` (the model's items, which follow the field's contract order), any item
 * not in it last.
 */
export function withLearnedItems<T extends string>(
  fact: Fact<readonly T[]>, prefix: 'r:' | 's:', doc: PolicyDocument, learned: ReadonlyMap<LearnedItem, number>, order: readonly LearnedItem[],
): Fact<readonly T[]> {
  const entries: Array<{ name: T; evidence: Evidence | undefined }> = fact.value.map((name, i) => ({ name, evidence: fact.evidence[i] }));
  for (const [item, segment] of learned) {
    if (!item.startsWith(prefix)) continue;
    const name = item.slice(prefix.length) as T;
    if (!fact.value.includes(name)) entries.push({ name, evidence: evidenceOf(doc.segments.at(segment)) });
  }
  if (entries.length === fact.value.length) return fact;
  const rank = (name: T): number => { const at = order.indexOf(`${prefix}${name}` as LearnedItem); return at < 0 ? order.length : at; };
  entries.sort((a, b) => rank(a.name) - rank(b.name));
  return { value: entries.map((e) => e.name), evidence: entries.flatMap((e) => (e.evidence ? [e.evidence] : [])) };
}
