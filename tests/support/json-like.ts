/**
 * JSON-like values for property tests and the fuzz run (one definition for both): leaves from
 * the words a parser knows and from anything (strings, binary strings, numbers at the edges,
 * booleans, null), nested in lists and in objects keyed by the field names it reads, with
 * `{"toString": 1}`-style traps among the values.
 */
import fc from 'fast-check';

/** A leaf: one of `words`, or any string, number, boolean or null. */
export function jsonLeaf(words: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...words),
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(-1, 0, 1, 2 ** 53, Number.MAX_SAFE_INTEGER, 1.5, 'x'.repeat(3000)),
  );
}

/** Any JSON-like value over `keys` (object field names) and `words` (leaf values). */
export function jsonLike(keys: readonly string[], words: readonly string[]): fc.Arbitrary<unknown> {
  const leaf = jsonLeaf(words);
  return fc.letrec<{ value: unknown; list: unknown[]; object: Record<string, unknown> }>((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('object'), fc.constant({ toString: 1, valueOf: 1 })),
    list: fc.array(tie('value'), { maxLength: 6 }),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 8 }),
  })).value;
}
