/**
 * Scoring one predicted field against a label: whole-field right or wrong, and the true / false
 * positives and false negatives behind per-field precision and recall.
 *
 * - Lists (sharing, rights, ...) count per item: a predicted item in the label is a true
 *   positive, one not in it a false positive, a labelled item not predicted a false negative.
 * - Single values (retention, dnt, childAge, ...) count a claim: a predicted value that is not
 *   silent (`null`, `"unspecified"`) is a true positive when it equals the label and a false
 *   positive otherwise; a labelled value that is not silent and not predicted is a false negative.
 * - `acceptable` alternatives: the field is right when the prediction equals any of them; for
 *   precision and recall the alternative nearest to the prediction is the reference, so a
 *   defensible answer is never counted against the analyser.
 */

export const FIELDS = [
  'lastUpdated', 'retention', 'retentionPeriods', 'dnt', 'childAge', 'sharing', 'sellsData', 'dataLocations',
  'contacts', 'rights', 'responseDays', 'cookies', 'trackingTech', 'frameworks', 'changeNotice',
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  readonly right: boolean;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** The reference the counts were made against (the label, or the nearest acceptable value). */
  readonly reference: unknown;
}

const isSilent = (value: unknown): boolean => value === null || value === undefined || value === 'unspecified';

function asKeys(list: readonly unknown[]): Set<string> {
  return new Set(list.map((item) => JSON.stringify(item)));
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sa = asKeys(a);
    const sb = asKeys(b);
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function countList(got: readonly unknown[], reference: readonly unknown[]): { tp: number; fp: number; fn: number } {
  const g = asKeys(got);
  const r = asKeys(reference);
  let tp = 0;
  for (const item of g) if (r.has(item)) tp++;
  return { tp, fp: g.size - tp, fn: r.size - tp };
}

function countSingle(got: unknown, reference: unknown): { tp: number; fp: number; fn: number } {
  const equal = sameValue(got, reference);
  const claimed = !isSilent(got);
  const labelled = !isSilent(reference);
  return { tp: claimed && equal ? 1 : 0, fp: claimed && !equal ? 1 : 0, fn: labelled && !equal ? 1 : 0 };
}

/**
 * `expected` is the label's value ("ambiguous" in the seed set's format means: only the
 * `acceptable` values count); `acceptable` every defensible value, the label's own included or not.
 */
export function scoreField(expected: unknown, acceptable: readonly unknown[] | undefined, got: unknown): FieldScore {
  const references = [...(expected === 'ambiguous' ? [] : [expected]), ...(acceptable ?? [])];
  if (references.length === 0) references.push(null);
  const matching = references.find((reference) => sameValue(reference, got));
  const count = (reference: unknown) => (Array.isArray(reference) ? countList(Array.isArray(got) ? got : [], reference) : countSingle(got, reference));
  if (matching !== undefined) return { right: true, ...count(matching), reference: matching };
  // Nearest reference: fewest errors, then most agreements.
  let best = references[0];
  let bestCounts = count(best);
  for (const reference of references.slice(1)) {
    const counts = count(reference);
    if (counts.fp + counts.fn < bestCounts.fp + bestCounts.fn || (counts.fp + counts.fn === bestCounts.fp + bestCounts.fn && counts.tp > bestCounts.tp)) {
      best = reference;
      bestCounts = counts;
    }
  }
  return { right: false, ...bestCounts, reference: best };
}
