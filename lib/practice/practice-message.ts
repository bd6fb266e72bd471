/**
 * What a mismatch's claim or observation says, kept as a message (key and values) rather than
 * only as finished words, so that every surface says it in its reader's language: the rules
 * word `claim` and `observed.text` from it (English for `scan`), the popup and the dashboard
 * say it again with the UI's words, however long ago and in whatever language it was found.
 * A value is a name as it stands (a cookie, a vendor, a host), a phrase of its own (the cookie
 * inside "lives"), a stated period ("30 days") or a lifetime (1.1 years).
 */
import { periodInWords, quantityInWords, TIME_UNITS, type Quantity, type TimeUnit } from './lifetimes';
import type { Mismatch } from './mismatch';
import { PRACTICE_PHRASES, type PracticePhraseKey, type PracticeWords } from './practice-phrases';

export type PracticeValue = string | PracticeMessage | { readonly period: string } | Quantity;

export interface PracticeMessage {
  readonly key: PracticePhraseKey;
  readonly values?: Readonly<Record<string, PracticeValue>>;
}

/** A message in `words`: its values said first (a nested phrase, a period or lifetime in the words' language). */
export function sayPractice(message: PracticeMessage, words: PracticeWords): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = sayValue(value, words);
  return message.values ? words.say(message.key, values) : words.say(message.key);
}

function sayValue(value: PracticeValue, words: PracticeWords): string {
  if (typeof value === 'string') return value;
  if ('key' in value) return sayPractice(value, words);
  if ('period' in value) return periodInWords(value.period, words.locale);
  return quantityInWords(value, words.locale);
}

/** Deeper than any rule nests (lives > cookie): anything deeper is not ours. */
const MAX_DEPTH = 4;
/** Room for the longest value a rule builds: a widget's cookie names joined (names run to 4 KB each). */
const MAX_TEXT = 64_000;

/** The placeholders of each key's English phrase: a message must fill exactly these. */
const PLACEHOLDERS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(PRACTICE_PHRASES).map(([key, phrase]) => [key, [...phrase.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()]),
);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A message read from storage or a file, checked through (a known key, exactly its placeholders,
 * each value of a known shape); null for anything else, so the stored words are shown instead.
 */
export function practiceMessageOf(value: unknown, depth = 0): PracticeMessage | null {
  if (depth >= MAX_DEPTH || !isObject(value) || typeof value.key !== 'string') return null;
  const names = PLACEHOLDERS.get(value.key);
  if (!names || Object.keys(value).some((field) => field !== 'key' && field !== 'values')) return null;
  const key = value.key as PracticePhraseKey;
  if (value.values === undefined) return names.length === 0 ? { key } : null;
  if (!isObject(value.values)) return null;
  const given = Object.keys(value.values);
  const sorted = [...given].sort();
  if (sorted.length !== names.length || sorted.some((name, index) => name !== names[index])) return null;
  const values: Record<string, PracticeValue> = {};
  for (const name of given) {
    const checked = practiceValueOf(value.values[name], depth + 1);
    if (checked === null) return null;
    values[name] = checked;
  }
  return { key, values };
}

function practiceValueOf(value: unknown, depth: number): PracticeValue | null {
  if (typeof value === 'string') return value.length <= MAX_TEXT ? value : null;
  if (!isObject(value)) return null;
  const fields = Object.keys(value).sort().join(',');
  if (fields === 'period') return typeof value.period === 'string' && value.period.length <= MAX_TEXT ? { period: value.period } : null;
  if (fields === 'count,unit') {
    const { count, unit } = value;
    return typeof count === 'number' && Number.isFinite(count) && count >= 0 && TIME_UNITS.includes(unit as TimeUnit) ? { count, unit: unit as TimeUnit } : null;
  }
  return practiceMessageOf(value, depth);
}

/** What a mismatch's two lines say, in `words`; a side kept without its message (or with a damaged one) in the words it was stored in. */
export function mismatchInWords(mismatch: Mismatch, words: PracticeWords): { readonly claim: string; readonly observed: string } {
  const claim = practiceMessageOf(mismatch.policyEvidence.claimMessage);
  const observed = practiceMessageOf(mismatch.observed.textMessage);
  return {
    claim: claim ? sayPractice(claim, words) : mismatch.policyEvidence.claim,
    observed: observed ? sayPractice(observed, words) : mismatch.observed.text,
  };
}
