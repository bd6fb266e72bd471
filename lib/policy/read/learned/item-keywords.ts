/**
 * The keyword list (for the document keyword index, ../facts/context.ts) of a set of learned items: the union of
 * their LEARNED_ITEM_KEYWORDS. A sentence with none of them cannot give any of those items (each item also needs
 * its own word, LEARNED_ITEM_WORDS), so it is not scored; with only the items a model has turned on, the shipped
 * model scores fewer sentences than with every item's words. One array per set of items: the index knows a list
 * by its identity.
 */

import type { LearnedItem } from './item-model-format';
import { LEARNED_ITEM_KEYWORDS } from '../phrases/learned-items';

const lists = new Map<string, readonly string[]>();

export function itemKeywords(items: readonly LearnedItem[]): readonly string[] {
  const key = [...items].sort().join(' ');
  let list = lists.get(key);
  if (!list) lists.set(key, (list = [...new Set(items.flatMap((item) => LEARNED_ITEM_KEYWORDS[item]))]));
  return list;
}
