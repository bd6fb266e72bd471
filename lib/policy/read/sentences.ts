/**
 * Splits policy text into segments (headings, list items, sentences), each with its exact
 * offset, so that evidence quotes are always substrings: text.slice(start, start + text.length).
 *
 * Policies arrive as Markdown (citp/privacy-policy-historical extracts), Readability output
 * with one line per block, or hard-wrapped plain text from the 2000s. The splitter works on
 * lines first (markers, headings, lead-ins ending in ":"), then on sentences inside each block.
 * Everything is one linear pass; no regular expression here can backtrack over a long input.
 */

import { HEADING_SEGMENT, ITEM_SEGMENT, SENTENCE_SEGMENT, SegmentTable, type Segment } from './segment-table';

export type { Segment, SegmentKind } from './segment-table';

/** Longer sentences are cut (at "; ", ", " or a space) so every later pattern runs on bounded input. */
export const MAX_SEGMENT_CHARS = 1200;
/** A lead-in governs at most this many following blocks (lists are short; runaway scopes are worse). */
const LEAD_IN_SCOPE_BLOCKS = 8;

// ---------------------------------------------------------------------------------------------
// Data: abbreviations and sentence starters.

/** A period after these never ends a sentence ("e.g. Google", "No. 5", "Dec. 1"). */
const HARD_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'viz', 'cf', 'vs', 'v', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr',
  'no', 'nos', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'fig', 'approx', 'dept', 'vol', 'ch', 'pp',
  'p', 'ref', 'tel', 'ph', 'ext', 'ave', 'blvd', 'ste', 'incl', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'cal', 'civ', 'reg', 'u.s.c', 'c.f.r', 'fl', 'nr',
]);

/**
 * A period after these ends a sentence only when a typical sentence opener follows:
 * "JivoSite, Inc. (“JivoSite”)" stays whole, "... sold by Example Inc. We ..." splits.
 */
const SOFT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'bv', 'nv', 'pte', 'pty',
  'al', 'u.s', 'u.k', 'e.u', 'u.s.a', 'd.c', 'a.m', 'p.m', 'oy', 'ab', 'as', 'srl', 'sarl', 'kg',
]);

/** Words that typically open an English sentence; used after soft abbreviations. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'we', 'you', 'your', 'our', 'this', 'these', 'that', 'those', 'the', 'if', 'in', 'for', 'when', 'where',
  'it', 'its', 'they', 'their', 'such', 'some', 'any', 'all', 'a', 'an', 'to', 'as', 'by', 'please',
  'however', 'also', 'each', 'no', 'note', 'unless', 'although', 'because', 'with', 'from', 'on', 'at',
  'under', 'upon', 'after', 'before', 'during', 'there', 'what', 'how', 'why', 'who', 'which', 'most',
  'many', 'certain', 'other', 'only', 'additionally', 'furthermore', 'moreover', 'otherwise', 'finally',
  'generally', 'accordingly', 'therefore', 'thus', 'i', 'my', 'is', 'are', 'do', 'does', 'can', 'will',
  'may', 'should', 'would', 'could', 'information', 'personal', 'data', 'cookies', 'users', 'customers',
]);

/** Lower-case words that, after a period, still start a new sentence (sloppy real text: ". we also use"). */
const LOWERCASE_OPENERS: ReadonlySet<string> = new Set(['we', 'you', 'our', 'if', 'this', 'these', 'please']);

// ---------------------------------------------------------------------------------------------
// Character helpers (no regular expressions over unbounded input).

/** Exactly the characters String.prototype.trim removes (white space and line terminators). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return isLower(String.fromCharCode(code));
}

function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return isUpper(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

/** Closing characters that may follow a sentence's final punctuation and belong to it. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '*', '_', '»']);

// ---------------------------------------------------------------------------------------------
// Lines and blocks, as columns of typed arrays: 3 MB of "- a" is 750,000 lines and as many
// blocks, and an object for each (with the garbage collection they cost) was most of the time.

/** Line markers. */
const NO_MARKER = 0;
const HASH = 1;
const BULLET = 2;
const NUMBER = 3;
const QUOTE = 4;
const TABLE = 5;

/** Block kinds. */
const HEADING_BLOCK = 0;
const ITEM_BLOCK = 1;
const TEXT_BLOCK = 2;

const COLON = 58;
const QUESTION_MARK = 63;

function grownInts(column: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(column);
  return grown;
}

function grownBytes(column: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(size);
  grown.set(column);
  return grown;
}

class LineTable {
  count = 0;
  start: Int32Array<ArrayBuffer>;
  /** Exclusive, before trailing white space (and \r). */
  end: Int32Array<ArrayBuffer>;
  /** Start of the content after indentation and list / heading markers. */
  contentStart: Int32Array<ArrayBuffer>;
  indent: Int32Array<ArrayBuffer>;
  marker: Uint8Array<ArrayBuffer>;
  /** 1 when the line has no content (white space, or a marker alone). */
  blank: Uint8Array<ArrayBuffer>;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.contentStart = new Int32Array(capacity);
    this.indent = new Int32Array(capacity);
    this.marker = new Uint8Array(capacity);
    this.blank = new Uint8Array(capacity);
  }

  push(start: number, end: number, contentStart: number, indent: number, marker: number, blank: boolean): void {
    if (this.count === this.start.length) {
      const size = this.count * 2;
      this.start = grownInts(this.start, size);
      this.end = grownInts(this.end, size);
      this.contentStart = grownInts(this.contentStart, size);
      this.indent = grownInts(this.indent, size);
      this.marker = grownBytes(this.marker, size);
      this.blank = grownBytes(this.blank, size);
    }
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.contentStart[i] = contentStart;
    this.indent[i] = indent;
    this.marker[i] = marker;
    this.blank[i] = blank ? 1 : 0;
  }
}

class BlockTable {
  count = 0;
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  kind: Uint8Array<ArrayBuffer>;
  indent: Int32Array<ArrayBuffer>;
  /** 1 for a bullet, number or table line. */
  marked: Uint8Array<ArrayBuffer>;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.indent = new Int32Array(capacity);
    this.marked = new Uint8Array(capacity);
  }

  push(start: number, end: number, kind: number, indent: number, marked: boolean): void {
    if (this.count === this.start.length) {
      const size = this.count * 2;
      this.start = grownInts(this.start, size);
      this.end = grownInts(this.end, size);
      this.kind = grownBytes(this.kind, size);
      this.indent = grownInts(this.indent, size);
      this.marked = grownBytes(this.marked, size);
    }
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.indent[i] = indent;
    this.marked[i] = marked ? 1 : 0;
  }
}

function isBullet(code: number): boolean {
  switch (code) {
    case 0x2d: case 0x2a: case 0x2b: // - * +
    case 0x2022: case 0xb7: case 0x25e6: case 0x25aa: case 0x25ab: case 0x25cf: case 0x25cb: // • · ◦ ▪ ▫ ● ○
    case 0x25a0: case 0x25a1: case 0x2013: case 0x2014: case 0x25ba: case 0x2713: case 0x2714: // ■ □ – — ► ✓ ✔
      return true;
    default:
      return false;
  }
}

/** The marker kind found by the last readMarkers call (a second result without an object per line). */
let markerRead = NO_MARKER;

/**
 * Reads list / heading markers at the start of a line: "## ", "* ", "- ", "1. ", "1\. ", "(a) ",
 * "iv) ", "1.2 ", "> ", "| ". Returns the content start; the marker kind is left in markerRead.
 */
function readMarkers(text: string, from: number, end: number): number {
  let pos = from;
  let marker = NO_MARKER;
  for (let round = 0; round < 4 && pos < end; round++) {
    const code = text.charCodeAt(pos);
    let consumed = 0;
    let kind = NO_MARKER;
    if (code === 35) { // #
      let p = pos;
      while (p < end && p - pos < 6 && text.charCodeAt(p) === 35) p++;
      if (p < end && isSpace(text.charCodeAt(p))) { consumed = p - pos; kind = HASH; }
    } else if (code === 62) { // >
      consumed = 1; kind = QUOTE;
    } else if (code === 124) { // |
      consumed = 1; kind = TABLE;
    } else if (isBullet(code) && pos + 1 < end && isSpace(text.charCodeAt(pos + 1))) {
      consumed = 1; kind = BULLET;
    } else {
      const numbered = readNumberMarker(text, pos, end);
      if (numbered > 0) { consumed = numbered; kind = NUMBER; }
    }
    if (consumed === 0) break;
    pos += consumed;
    while (pos < end && isSpace(text.charCodeAt(pos))) pos++;
    if (marker === NO_MARKER || marker === QUOTE) marker = kind;
  }
  markerRead = marker;
  return pos;
}

/** Length of a numbering marker at `pos` ("12.", "3)", "(b)", "iv.", "2.1", "1\."), or 0. */
function readNumberMarker(text: string, pos: number, end: number): number {
  let p = pos;
  const open = text[p] === '(';
  if (open) p++;
  const bodyStart = p;
  let digits = 0;
  let dottedDigits = false;
  while (p < end && isDigit(text.charCodeAt(p)) && digits < 3) { p++; digits++; }
  if (digits > 0) {
    // Multi-level numbering: 1.2, 3.2.1
    while (p + 1 < end && text[p] === '.' && isDigit(text.charCodeAt(p + 1))) {
      p++;
      let d = 0;
      while (p < end && isDigit(text.charCodeAt(p)) && d < 3) { p++; d++; }
      dottedDigits = true;
    }
  } else {
    // Roman numerals (i, iv, XII) or a single letter.
    let letters = 0;
    while (p < end && letters < 5 && 'ivxlcIVXLC'.includes(text[p]!)) { p++; letters++; }
    if (letters === 0 && p < end && isAsciiLetter(text.charCodeAt(p))) { p++; letters = 1; }
    if (letters === 0) return 0;
    if (p < end && isLetterCode(text.charCodeAt(p))) return 0; // a word, not a marker
  }
  if (p === bodyStart) return 0;
  if (text[p] === '\\') p++; // Markdown-escaped "1\."
  const close = text[p];
  if (open) {
    if (close !== ')') return 0;
    p++;
  } else if (close === '.' || close === ')') {
    p++;
  } else if (!dottedDigits) {
    return 0;
  }
  if (p < end && !isSpace(text.charCodeAt(p))) return 0;
  return p - pos;
}

/**
 * A first size for the line columns: the lines that start with content (most lines; indented and
 * blank ones are left out, so a page of white space allocates nothing). More grow the columns.
 */
function lineCapacity(text: string): number {
  let lines = 1;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    if (nl + 1 < text.length && !isSpace(text.charCodeAt(nl + 1))) lines++;
  }
  return lines + 64;
}

function splitLines(text: string): LineTable {
  const lines = new LineTable(lineCapacity(text));
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    let p = pos;
    let indent = 0;
    while (p < end && isSpace(text.charCodeAt(p))) { p++; indent++; }
    let lastNonSpace = end;
    while (lastNonSpace > p && isSpace(text.charCodeAt(lastNonSpace - 1))) lastNonSpace--;
    const blank = p >= lastNonSpace;
    let contentStart = p;
    let marker = NO_MARKER;
    if (!blank) {
      contentStart = readMarkers(text, p, lastNonSpace);
      marker = markerRead;
    }
    // A run of blank lines separates blocks exactly as one does: keep one (a page of newlines
    // would otherwise cost a line record each).
    const previous = lines.count - 1;
    if (blank && previous >= 0 && lines.blank[previous] === 1 && lines.marker[previous] === NO_MARKER) {
      if (nl >= n) break;
      pos = nl + 1;
      continue;
    }
    lines.push(pos, lastNonSpace, contentStart, indent, marker, blank || contentStart >= lastNonSpace);
    if (nl >= n) break;
    pos = nl + 1;
  }
  return lines;
}

function isEmphasisCode(code: number): boolean {
  return code === 42 || code === 95; // * _
}

/** Code of the last character before trailing spaces and emphasis, or -1. */
function lastCode(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (isEmphasisCode(text.charCodeAt(e - 1)) || isSpace(text.charCodeAt(e - 1)))) e--;
  return e > start ? text.charCodeAt(e - 1) : -1;
}

/** . ! ? : ; , ” " */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 44 || code === 0x201d || code === 34;
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function firstLetterIsLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isLowerCode(code)) return true;
    if (isUpperCode(code) || isDigit(code)) return false;
  }
  return false;
}

/** "**...**" or "__...__". */
function wrappedInEmphasis(text: string, start: number, end: number): boolean {
  if (end - start < 5) return false;
  const open = text.charCodeAt(start);
  return isEmphasisCode(open) && text.charCodeAt(start + 1) === open && text.charCodeAt(end - 2) === open && text.charCodeAt(end - 1) === open;
}

function isExplicitHeading(text: string, lines: LineTable, i: number): boolean {
  const s = lines.contentStart[i]!;
  const e = lines.end[i]!;
  if (lines.marker[i] === HASH) return true;
  if (e - s > 150) return false;
  if (wrappedInEmphasis(text, s, e) && text.slice(s + 2, e - 2).indexOf('**') === -1) return true;
  // Share of upper-case among letters, for "INFORMATION COLLECTION AND USE." style headings.
  let letters = 0;
  let upper = 0;
  for (let k = s; k < e; k++) {
    const code = text.charCodeAt(k);
    if (isUpperCode(code)) { letters++; upper++; } else if (isLowerCode(code)) letters++;
  }
  const share = letters === 0 ? 0 : upper / letters;
  return letters >= 4 && share >= 0.85 && countWords(text, s, e) <= 16;
}

/** A short line without final punctuation that does not continue on the next line (`next`: its index, or -1). */
function looksLikeHeading(text: string, lines: LineTable, i: number, next: number): boolean {
  const s = lines.contentStart[i]!;
  const e = lines.end[i]!;
  if (e - s > 120) return false;
  const last = lastCode(text, s, e);
  if (last === QUESTION_MARK) {
    return e - s <= 100 && countWords(text, s, e) <= 14 && sentenceCountAtMost1(text, s, e);
  }
  if (endsSentence(last)) return false;
  if (countWords(text, s, e) > 14) return false;
  if (endsWithConnective(text, s, e)) return false;
  if (firstLetterIsLower(text, s, e)) return false;
  if (next >= 0 && lines.blank[next] === 0 && lines.marker[next] === NO_MARKER && firstLetterIsLower(text, lines.contentStart[next]!, lines.end[next]!)) return false;
  return true;
}

/** A word of up to five ASCII letters as an integer, case-folded (5 bits a letter). */
function wordKey(text: string, s: number, e: number): number {
  let key = 0;
  for (let k = s; k < e; k++) key = key * 32 + ((text.charCodeAt(k) | 0x20) - 96);
  return key;
}

/** Words that leave a line open: "... in Internet Explorer; or" is a list line, not a title. */
const CONNECTIVE_KEYS: ReadonlySet<number> = new Set(
  ['and', 'or', 'nor', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'for', 'with', 'by', 'as', 'that', 'which', 'is', 'are']
    .map((word) => wordKey(word, 0, word.length)),
);
const LONGEST_CONNECTIVE = 5;

/** The line ends with a connective word (after a space or as its only word), or holds a ";". */
function endsWithConnective(text: string, s: number, e: number): boolean {
  let p = e;
  while (p > s && e - p < LONGEST_CONNECTIVE && isAsciiLetter(text.charCodeAt(p - 1))) p--;
  if (p < e && (p === s || isSpace(text.charCodeAt(p - 1))) && CONNECTIVE_KEYS.has(wordKey(text, p, e))) return true;
  for (let k = s; k < e; k++) if (text.charCodeAt(k) === 59) return true;
  return false;
}

function sentenceCountAtMost1(text: string, s: number, e: number): boolean {
  for (let i = s; i < e - 1; i++) {
    const code = text.charCodeAt(i);
    if ((code === 46 || code === 63 || code === 33) && isSpace(text.charCodeAt(i + 1))) return false;
  }
  return true;
}

/**
 * Hard-wrapped text (fixed-width lines, one sentence running over several lines) is detected
 * from its line shapes: many long lines that end mid-sentence and continue on the next line.
 */
function detectHardWrap(text: string, lines: LineTable): boolean {
  let long = 0;
  let continued = 0;
  for (let i = 0; i + 1 < lines.count; i++) {
    const length = lines.end[i]! - lines.start[i]!;
    if (lines.blank[i] === 1 || length < 45 || length > 110) continue;
    long++;
    const next = i + 1;
    if (lines.blank[next] === 0 && lines.marker[next] === NO_MARKER && !endsSentence(lastCode(text, lines.contentStart[i]!, lines.end[i]!))) continued++;
  }
  return long >= 5 && continued / long >= 0.35;
}

function buildBlocks(text: string, lines: LineTable): BlockTable {
  const blocks = new BlockTable(Math.max(1, lines.count)); // a block starts on a line
  const count = lines.count;
  const { start: lineStart, end: lineEnd, contentStart, indent, marker: markers, blank } = lines;
  const explicit = new Uint8Array(count);
  for (let i = 0; i < count; i++) if (blank[i] === 0 && isExplicitHeading(text, lines, i)) explicit[i] = 1;
  const hardWrapped = detectHardWrap(text, lines);
  // Short lines right after "...the following:" are list items, not headings.
  let inShortList = false;
  let i = 0;
  while (i < count) {
    if (blank[i] === 1) { i++; continue; }
    const marker = markers[i]!;
    const marked = marker === BULLET || marker === NUMBER || marker === TABLE;
    if (explicit[i] === 1) {
      blocks.push(contentStart[i]!, lineEnd[i]!, HEADING_BLOCK, indent[i]!, marked);
      inShortList = false;
      i++;
      continue;
    }
    // Join continuation lines into this block.
    let end = lineEnd[i]!;
    let j = i + 1;
    while (j < count) {
      const prev = j - 1;
      if (blank[j] === 1 || markers[j] !== NO_MARKER || explicit[j] === 1) break;
      const prevLast = lastCode(text, contentStart[prev]!, lineEnd[prev]!);
      const prevLength = lineEnd[prev]! - lineStart[prev]!;
      const continues = firstLetterIsLower(text, contentStart[j]!, lineEnd[j]!) && !endsSentence(prevLast);
      const wrapped = hardWrapped && prevLength >= 40 && prevLast !== COLON;
      if (!continues && !wrapped) break;
      if (!continues && !endsSentence(prevLast) && looksLikeHeading(text, lines, prev, j) && prevLength < 40) break;
      end = lineEnd[j]!;
      j++;
    }
    const single = j === i + 1;
    const next = i + 1 < count ? i + 1 : -1;
    const headingShaped = single && looksLikeHeading(text, lines, i, next);
    const siblingFollows = next >= 0 && markers[next] === marker && indent[next] === indent[i];
    let kind: number;
    if (headingShaped && inShortList) {
      kind = ITEM_BLOCK;
    } else if (headingShaped && !marked) {
      kind = HEADING_BLOCK;
    } else if (headingShaped && marker === NUMBER && !siblingFollows && lastCode(text, contentStart[i]!, lineEnd[i]!) !== QUESTION_MARK) {
      // "1\. Information we collect" followed by prose: a numbered section title.
      kind = HEADING_BLOCK;
    } else {
      kind = marked ? ITEM_BLOCK : TEXT_BLOCK;
    }
    blocks.push(contentStart[i]!, end, kind, indent[i]!, marked);
    const addedLast = lastCode(text, contentStart[i]!, end);
    inShortList = kind !== HEADING_BLOCK && (addedLast === COLON || (inShortList && headingShaped));
    i = j;
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Sentences inside a block.

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function previousToken(text: string, dot: number, blockStart: number): string {
  let p = dot;
  while (p > blockStart && dot - p <= 12) {
    const code = text.charCodeAt(p - 1);
    if (isAsciiLetter(code) || code === 46) p--;
    else break;
  }
  // Strip a leading dot: ".com" is not the token.
  while (p < dot && text.charCodeAt(p) === 46) p++;
  return text.slice(p, dot);
}

/** Opening quotes, brackets and emphasis that may precede the next sentence's first word. */
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '*', '_']);

function nextWord(text: string, from: number, end: number): string {
  let p = from;
  while (p < end && OPENERS.has(text[p]!)) p++;
  const s = p;
  while (p < end && p - s < 20 && isAsciiLetter(text.charCodeAt(p))) p++;
  return text.slice(s, p);
}

/** Decides whether the punctuation at `i` ends a sentence; returns the end offset or -1. */
function sentenceEndAt(text: string, i: number, blockStart: number, blockEnd: number): number {
  const ch = text[i]!;
  let j = i + 1;
  if (ch === '.' && j < blockEnd && text[j] === '.') return -1; // inside an ellipsis; handled at its last dot
  while (j < blockEnd && CLOSERS.has(text[j]!)) j++;
  if (j >= blockEnd) return blockEnd;
  if (!isSpace(text.charCodeAt(j))) return -1; // "example.com", "2.5", "e.g.,"
  let k = j;
  while (k < blockEnd && isSpace(text.charCodeAt(k))) k++;
  if (k >= blockEnd) return j;
  const nextCh = text[k]!;
  // The next word and the token before the period are read only where a rule needs them.
  if (ch === '.') {
    const token = previousToken(text, i, blockStart);
    const lower = token.toLowerCase();
    if (HARD_ABBREVIATIONS.has(lower)) return -1;
    const initial = token.length === 1 && isUpper(token);
    const dotted = token.length >= 3 && token.charCodeAt(1) === 46 && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token);
    if (SOFT_ABBREVIATIONS.has(lower) || initial || dotted) {
      const word = nextWord(text, k, blockEnd);
      return SENTENCE_OPENERS.has(word.toLowerCase()) && isUpper(word.charAt(0)) ? j : -1;
    }
    if (isLower(nextCh)) return LOWERCASE_OPENERS.has(nextWord(text, k, blockEnd)) && token.length >= 3 ? j : -1;
    return j;
  }
  if (isLower(nextCh)) return LOWERCASE_OPENERS.has(nextWord(text, k, blockEnd)) ? j : -1;
  // A colon-like list continuation "a. b." or a lone number "1." starting the next part is fine.
  return j;
}

/** Open lead-ins, innermost last (3 MB of "We share:" lines opens 300,000 of them). */
class LeadInStack {
  count = 0;
  segment = new Int32Array(16);
  indent = new Int32Array(16);
  marked = new Uint8Array(16);
  block = new Int32Array(16);

  push(segment: number, indent: number, marked: boolean, block: number): void {
    if (this.count === this.segment.length) {
      const size = this.count * 2;
      this.segment = grownInts(this.segment, size);
      this.indent = grownInts(this.indent, size);
      this.marked = grownBytes(this.marked, size);
      this.block = grownInts(this.block, size);
    }
    const i = this.count++;
    this.segment[i] = segment;
    this.indent[i] = indent;
    this.marked[i] = marked ? 1 : 0;
    this.block[i] = block;
  }
}

/** Segment offsets found in a block, reused from block to block (no object per segment). */
class Spans {
  count = 0;
  start = new Int32Array(16);
  end = new Int32Array(16);

  push(start: number, end: number): void {
    if (this.count === this.start.length) {
      this.start = grownInts(this.start, this.count * 2);
      this.end = grownInts(this.end, this.count * 2);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }
}

function isSentencePunctuation(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026; // . ! ? …
}

/**
 * The next sentence punctuation (. ! ? …) at or after a position, found by a native scan (a loop
 * over every character was the slowest part of segmenting). Positions asked for only grow (blocks
 * in order), and the last answer is kept: a block without punctuation does not search again past
 * its end, so the whole text is scanned once (no quadratic run over many such blocks, issue 9, 4).
 */
class PunctuationFinder {
  private readonly re = /[.!?\u2026]/g;
  private searchedFrom = 0;
  /** The first punctuation at or after `searchedFrom` (text.length if none); -1 before the first search. */
  private found = -1;

  constructor(private readonly text: string) {}

  next(from: number): number {
    if (this.found >= from && this.searchedFrom <= from) return this.found;
    // Right here ("...", "?!"): no search needed.
    if (from < this.text.length && isSentencePunctuation(this.text.charCodeAt(from))) return from;
    this.re.lastIndex = from;
    this.found = this.re.test(this.text) ? this.re.lastIndex - 1 : this.text.length;
    this.searchedFrom = from;
    return this.found;
  }
}

/** Scans only [block.start, block.end) for sentence ends (punctuation is found by `punctuation`). */
function splitBlock(text: string, blockStart: number, blockEnd: number, heading: boolean, out: Spans, punctuation: PunctuationFinder): void {
  if (heading) {
    pushTrimmed(text, blockStart, blockEnd, out);
    return;
  }
  let segStart = blockStart;
  for (let i = punctuation.next(blockStart); i < blockEnd; i = punctuation.next(i + 1)) {
    const end = sentenceEndAt(text, i, blockStart, blockEnd);
    if (end < 0) continue;
    pushTrimmed(text, segStart, end, out);
    segStart = end;
    i = end - 1;
  }
  if (segStart < blockEnd) pushTrimmed(text, segStart, blockEnd, out);
}

/** Trims spaces and balanced emphasis, then cuts overlong sentences; pushes what is left. */
function pushTrimmed(text: string, start: number, end: number, out: Spans): void {
  let s = start;
  let e = end;
  for (let round = 0; round < 3; round++) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // Balanced emphasis: "**Cookies**", "_What is a Subject Access Request?_"
    let k = 0;
    while (s + k < e && k < 3 && isEmphasisCode(text.charCodeAt(s + k))) k++;
    if (k === 0 || e - s <= 2 * k) break;
    if (!sameChars(text, s, e - k, k)) {
      // Unbalanced: keep underscores that start a name (__zlcid), drop lone emphasis stars (then trim again).
      if (text.charCodeAt(s) === 42 && !hasCode(text, s + k, e, 42)) { s += k; continue; }
      break;
    }
    s += k;
    e -= k;
  }
  if (e <= s) return;
  if (!hasWordChar(text, s, e)) return;
  while (e - s > MAX_SEGMENT_CHARS) {
    const cut = findCut(text, s, s + MAX_SEGMENT_CHARS);
    pushTrimmed(text, s, cut, out);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push(s, e);
}

/** text.slice(a, a + length) === text.slice(b, b + length), without the slices. */
function sameChars(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

function hasCode(text: string, s: number, e: number, code: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

function hasWordChar(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (isLetterCode(code) || isDigit(code)) return true;
  }
  return false;
}

function findCut(text: string, s: number, limit: number): number {
  const floor = s + Math.floor(MAX_SEGMENT_CHARS / 2);
  // Search only the window (a lastIndexOf over the whole text would make long runs quadratic).
  const window = text.slice(floor, limit);
  for (const sep of ['; ', ', ', ' ']) {
    const at = window.lastIndexOf(sep);
    if (at >= 0) return floor + at + sep.length - 1;
  }
  return limit;
}

// ---------------------------------------------------------------------------------------------
// Public API.

/**
 * Splits `text` into segments, as columns. Offsets are exact; the function is linear in the
 * length of `text` and never throws for any string.
 */
export function segmentTable(text: string): SegmentTable {
  if (typeof text !== 'string' || text.length === 0) return new SegmentTable('', 0);
  const lines = splitLines(text);
  const blocks = buildBlocks(text, lines);
  // Most blocks are one segment; longer ones grow the columns.
  const segments = new SegmentTable(text, blocks.count);
  let heading = -1;
  const leadIns = new LeadInStack();
  const raw = new Spans();
  const punctuation = new PunctuationFinder(text);
  for (let b = 0; b < blocks.count; b++) {
    const blockKind = blocks.kind[b]!;
    const indent = blocks.indent[b]!;
    const marked = blocks.marked[b] === 1;
    if (blockKind === HEADING_BLOCK) {
      leadIns.count = 0;
    } else {
      // Close lead-ins this block is not part of.
      while (leadIns.count > 0) {
        const top = leadIns.count - 1;
        const topMarked = leadIns.marked[top] === 1;
        const tooFar = b - leadIns.block[top]! > LEAD_IN_SCOPE_BLOCKS;
        const sibling = marked && topMarked && indent <= leadIns.indent[top]!;
        const outdented = !marked && topMarked && indent < leadIns.indent[top]!;
        if (tooFar || sibling || outdented) leadIns.count--;
        else break;
      }
    }
    raw.count = 0;
    splitBlock(text, blocks.start[b]!, blocks.end[b]!, blockKind === HEADING_BLOCK, raw, punctuation);
    const leadIn = leadIns.count > 0 ? leadIns.segment[leadIns.count - 1]! : -1;
    if (blockKind === HEADING_BLOCK) {
      for (let r = 0; r < raw.count; r++) segments.push(raw.start[r]!, raw.end[r]!, HEADING_SEGMENT, -1, -1, b);
      if (raw.count > 0) heading = segments.count - 1;
      continue;
    }
    const kind = blockKind === ITEM_BLOCK || leadIn >= 0 ? ITEM_SEGMENT : SENTENCE_SEGMENT;
    for (let r = 0; r < raw.count; r++) segments.push(raw.start[r]!, raw.end[r]!, kind, heading, leadIn, b);
    if (raw.count > 0 && lastCode(text, raw.start[raw.count - 1]!, raw.end[raw.count - 1]!) === COLON) {
      leadIns.push(segments.count - 1, indent, marked, b);
    }
  }
  return segments;
}

/** Splits `text` into segments, as objects (see segmentTable). */
export function splitSegments(text: string): Segment[] {
  return segmentTable(text).toArray();
}
