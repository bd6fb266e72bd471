/** What every fact extractor receives: the text, its segments, and small helpers around them. */

import type { Evidence, PolicyFacts } from '../../types';
import type { Segment, SegmentTable } from '../segment-table';

export interface PolicyDocument {
  readonly text: string;
  /** The segments as columns; `segments.at(i)` gives segment i as an object. */
  readonly segments: SegmentTable;
  /** Lower-cased text of segment `index`, for cheap keyword pre-filters only (never for offsets). */
  lowered(index: number): string;
  /** The whole text lower-cased, when that keeps its length (then it lines up with `text`). */
  readonly lowerText?: string;
}

export type FactName = keyof PolicyFacts;

export interface FactExtractor<K extends FactName = FactName> {
  readonly fact: K;
  extract(doc: PolicyDocument): PolicyFacts[K];
}

/** Most evidence items kept per fact (one per value item is the rule; this caps repeats). */
export const MAX_EVIDENCE = 6;

export function evidenceOf(segment: Segment): Evidence {
  return { quote: segment.text, start: segment.start };
}

/** Adds a segment's evidence once (by offset), up to MAX_EVIDENCE. */
export function addEvidence(list: Evidence[], segment: Segment): void {
  if (list.length >= MAX_EVIDENCE) return;
  if (list.some((e) => e.start === segment.start)) return;
  list.push(evidenceOf(segment));
}

/** Lead-in sentences governing segment `index`, nearest first (at most three levels). */
export function leadInsOf(doc: PolicyDocument, index: number): Segment[] {
  const out: Segment[] = [];
  const { count, leadIn } = doc.segments;
  let at = index >= 0 && index < count ? leadIn[index]! : -1;
  while (at >= 0 && at < count && out.length < 3) {
    out.push(doc.segments.at(at));
    at = leadIn[at]!;
  }
  return out;
}

/** `*`, `_` or white space: what Markdown headings end in. */
const isMarkupOrSpace = (code: number) => code === 42 || code === 95 || /\s/.test(String.fromCharCode(code));

/**
 * A heading that is really a statement: a whole sentence set in bold or as a heading line
 * ("**We will not give your information to others without your permission.**", "## Users will be
 * notified of any privacy policy changes:"). Extractors that skip headings read these.
 */
export function isStatementHeading(segment: Segment): boolean {
  if (segment.kind !== 'heading') return false;
  // Trimmed by a loop from the end: /[*_\s]+$/ restarts at every character of a long run of markup.
  let end = segment.text.length;
  while (end > 0 && isMarkupOrSpace(segment.text.charCodeAt(end - 1))) end--;
  const text = segment.text.slice(0, end);
  if (!/[.:!?]$/.test(text)) return false;
  let words = 0;
  for (const part of text.split(/\s+/)) if (/[A-Za-z]/.test(part)) words++;
  return words >= 6;
}

/** Text of the heading segment `index` sits under, or ''. */
export function headingOf(doc: PolicyDocument, index: number): string {
  const { count, heading } = doc.segments;
  const at = index >= 0 && index < count ? heading[index]! : -1;
  return at >= 0 && at < count ? doc.segments.textOf(at) : '';
}

/**
 * Keyword pre-filter. Every keyword list (keywords, hints) is registered once and gets a bit
 * (plus one for phrase heads if it has phrases). A static table maps the first 3 or 4 characters of a keyword
 * (a-z, 0-9, as an integer) to the bits of the lists using it. Per document, one pass over the
 * words ORs those bits into masks per segment, so a query is an integer test instead of a scan.
 * Keywords match word beginnings; keywords longer than four characters are matched by their
 * first four (a pre-filter may let a few extra segments through); keywords with spaces are also
 * checked as written.
 */
interface ListEntry { readonly bit: number; readonly phrases: readonly string[]; readonly unindexed: readonly string[] }
const lists = new Map<readonly string[], ListEntry>();
/** Registered keyword keys and the bit each sets: [key, bit] pairs (key < KEY4_OFFSET: 3 characters). */
const keyBitPairs: [number, number][] = [];
let registryVersion = 0;

function charValue(code: number): number {
  if (code >= 97 && code <= 122) return code - 96; // a-z -> 1..26
  if (code >= 48 && code <= 57) return code - 21; // 0-9 -> 27..36
  return 0;
}

/** charValue for the first 128 code points, as a table (the index loop reads it per character). */
const CHAR_VALUES = Uint8Array.from({ length: 128 }, (_, code) => charValue(code));

/** 3- and 4-character keys live in different ranges, so they never collide. */
const KEY3_RANGE = 37 * 37 * 37;
const KEY4_OFFSET = KEY3_RANGE;

let nextBit = 0;

function register(keywords: readonly string[]): ListEntry {
  const known = lists.get(keywords);
  if (known) return known;
  const phrases: string[] = [];
  const unindexed: string[] = [];
  const keys: [number, boolean][] = [];
  for (const keyword of keywords) {
    const head = /^[a-z0-9]+/.exec(keyword)?.[0] ?? '';
    if (head.length < 3) {
      // Cannot be indexed ("ad ", "as long as"): checked as a substring of every segment instead.
      console.warn(`[policy] keyword too short for the index, checked the slow way: "${keyword}"`);
      unindexed.push(keyword);
      continue;
    }
    const phrase = head.length !== keyword.length;
    if (phrase) phrases.push(keyword);
    let key = 0;
    const n = Math.min(head.length, 4);
    for (let k = 0; k < n; k++) key = key * 37 + charValue(head.charCodeAt(k));
    keys.push([n === 4 ? key + KEY4_OFFSET : key, phrase]);
  }
  // One bit for single words; a second one only for lists that have phrases (their heads need checking).
  const bit = nextBit;
  nextBit += phrases.length > 0 ? 2 : 1;
  for (const [key, phrase] of keys) keyBitPairs.push([key, bit + (phrase ? 1 : 0)]);
  const entry = { bit, phrases, unindexed };
  lists.set(keywords, entry);
  registryVersion++;
  return entry;
}

/**
 * Lookup tables rebuilt when a list is registered (a few times at start-up). A word's first three
 * characters index `key3` (the bits of 3-character keywords); when some 4-character keyword starts
 * with them, `row3` gives a row of `key4` whose slot for the fourth character holds the bits of the
 * 4-character keywords plus those of key3 (so a longer word costs one lookup, no hashing).
 */
interface Tables {
  readonly version: number;
  /** 32-bit words per mask. */
  readonly words: number;
  readonly key3: Uint32Array;
  readonly row3: Int32Array;
  readonly key4: Uint32Array;
  /** 1 where key3 (by key) or key4 (by slot) holds any bit: most words of a text start no keyword, and skip the OR. */
  readonly any3: Uint8Array;
  readonly any4: Uint8Array;
}
/** Characters after the third: CHAR_VALUES 1..36 (0 ends a word). */
const NEXT_VALUES = 37;
let tables: Tables | null = null;

function currentTables(): Tables {
  if (tables && tables.version === registryVersion) return tables;
  const words = Math.max(1, Math.ceil(nextBit / 32));
  const key3 = new Uint32Array(KEY3_RANGE * words);
  const row3 = new Int32Array(KEY3_RANGE).fill(-1);
  let rows = 0;
  for (const [key] of keyBitPairs) {
    if (key < KEY4_OFFSET) continue;
    const prefix = Math.floor((key - KEY4_OFFSET) / NEXT_VALUES);
    if (row3[prefix] === -1) row3[prefix] = rows++;
  }
  const key4 = new Uint32Array(rows * NEXT_VALUES * words);
  for (const [key, bit] of keyBitPairs) {
    const w = bit >>> 5;
    const flag = 1 << (bit & 31);
    if (key < KEY4_OFFSET) {
      key3[key * words + w]! |= flag;
      continue;
    }
    const k4 = key - KEY4_OFFSET;
    const slot = row3[Math.floor(k4 / NEXT_VALUES)]! * NEXT_VALUES + (k4 % NEXT_VALUES);
    key4[slot * words + w]! |= flag;
  }
  for (let prefix = 0; prefix < KEY3_RANGE; prefix++) {
    const row = row3[prefix]!;
    if (row < 0) continue;
    for (let v = 0; v < NEXT_VALUES; v++) {
      for (let w = 0; w < words; w++) key4[(row * NEXT_VALUES + v) * words + w]! |= key3[prefix * words + w]!;
    }
  }
  const anyBit = (table: Uint32Array, slots: number): Uint8Array => {
    const any = new Uint8Array(slots);
    for (let slot = 0; slot < slots; slot++) {
      for (let w = 0; w < words; w++) if (table[slot * words + w] !== 0) { any[slot] = 1; break; }
    }
    return any;
  };
  tables = { version: registryVersion, words, key3, row3, key4, any3: anyBit(key3, KEY3_RANGE), any4: anyBit(key4, rows * NEXT_VALUES) };
  return tables;
}

interface DocMasks { readonly version: number; readonly words: number; readonly masks: Uint32Array }
const docMasks = new WeakMap<PolicyDocument, DocMasks>();

function masksOf(doc: PolicyDocument): DocMasks {
  const cached = docMasks.get(doc);
  if (cached && cached.version === registryVersion) return cached;
  const { words, key3, row3, key4, any3, any4 } = currentTables();
  const { count, start, end } = doc.segments;
  const masks = new Uint32Array(count * words);
  for (let i = 0; i < count; i++) {
    // Read the whole lower-cased text when it lines up (no sliced-string access per character).
    const whole = doc.lowerText;
    const lower = whole ?? doc.lowered(i);
    const from = whole ? start[i]! : 0;
    const n = whole ? end[i]! : lower.length;
    const base = i * words;
    let run = 0;
    let key = 0;
    for (let p = from; p < n; p++) {
      const code = lower.charCodeAt(p);
      const v = code < 128 ? CHAR_VALUES[code]! : 0;
      if (v !== 0) {
        run++;
        if (run < 4) {
          key = key * 37 + v;
        } else if (run === 4) {
          // A word of four or more characters: its 3-character keys and 4-character keys at once.
          const row = row3[key]!;
          if (row < 0) {
            if (any3[key] !== 0) for (let w = 0; w < words; w++) masks[base + w]! |= key3[key * words + w]!;
          } else {
            const slot = row * NEXT_VALUES + v;
            if (any4[slot] !== 0) for (let w = 0; w < words; w++) masks[base + w]! |= key4[slot * words + w]!;
          }
        }
        continue;
      }
      if (run === 3 && any3[key] !== 0) for (let w = 0; w < words; w++) masks[base + w]! |= key3[key * words + w]!;
      run = 0;
      key = 0;
    }
    // A word of three characters can end the segment.
    if (run === 3 && any3[key] !== 0) for (let w = 0; w < words; w++) masks[base + w]! |= key3[key * words + w]!;
  }
  const result = { version: registryVersion, words, masks };
  docMasks.set(doc, result);
  return result;
}

function containsAny(lower: string, phrases: readonly string[]): boolean {
  for (let k = 0; k < phrases.length; k++) if (lower.includes(phrases[k]!)) return true;
  return false;
}

/** Whether segment `index` contains a word starting like one of `keywords` (or one of its phrases). */
export function segmentHas(doc: PolicyDocument, index: number, keywords: readonly string[]): boolean {
  const { bit, phrases, unindexed } = register(keywords);
  const { words, masks } = masksOf(doc);
  if ((masks[index * words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0) return true;
  const lower = doc.lowered(index);
  const phraseBit = bit + 1;
  if (phrases.length > 0 && (masks[index * words + (phraseBit >>> 5)]! & (1 << (phraseBit & 31))) !== 0 && containsAny(lower, phrases)) return true;
  return unindexed.length > 0 && containsAny(lower, unindexed);
}

/** Registers keyword lists ahead of use: the index is then rebuilt once, not once per new list on the next document. */
export function registerKeywords(lists: readonly (readonly string[])[]): void {
  for (const keywords of lists) register(keywords);
}

/**
 * segmentHas for one keyword list and document, looked up once: for loops that ask it of every
 * segment (a registry and a document lookup per call added up on 750,000 short segments).
 */
export function keywordTest(doc: PolicyDocument, keywords: readonly string[]): (index: number) => boolean {
  const { bit, phrases, unindexed } = register(keywords);
  const { words, masks } = masksOf(doc);
  const offset = bit >>> 5;
  const wordFlag = 1 << (bit & 31);
  const phraseOffset = (bit + 1) >>> 5;
  const phraseFlag = phrases.length > 0 ? 1 << ((bit + 1) & 31) : 0;
  return (index) =>
    (masks[index * words + offset]! & wordFlag) !== 0 ||
    ((masks[index * words + phraseOffset]! & phraseFlag) !== 0 && containsAny(doc.lowered(index), phrases)) ||
    (unindexed.length > 0 && containsAny(doc.lowered(index), unindexed));
}

/**
 * Indexes (ascending) of segments containing a word that starts like one of `keywords`
 * (lower-case, at least three letters or digits before any space).
 */
export function segmentsWith(doc: PolicyDocument, keywords: readonly string[]): number[] {
  const has = keywordTest(doc, keywords);
  const out: number[] = [];
  const n = doc.segments.count;
  for (let i = 0; i < n; i++) if (has(i)) out.push(i);
  return out;
}

export function emptyList<T>(): { value: readonly T[]; evidence: readonly Evidence[] } {
  return { value: [], evidence: [] };
}
