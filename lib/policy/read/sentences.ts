/**
 * Splits policy text into segments (headings, list items, sentences), each with its exact
 * offset, so that evidence quotes are always substrings: text.slice(start, start + text.length).
 *
 * Policies arrive as Markdown (citp/privacy-policy-historical extracts), Readability output
 * with one line per block, or hard-wrapped plain text from the 2000s. The splitter works on
 * lines first (markers, headings, lead-ins ending in ":"), then on sentences inside each block.
 * Everything is one linear pass; no regular expression here can backtrack over a long input.
 */

export type SegmentKind = 'heading' | 'item' | 'sentence';

export interface Segment {
  /** Exactly text.slice(start, start + this.text.length). */
  readonly text: string;
  readonly start: number;
  readonly kind: SegmentKind;
  /** Index of the heading segment this segment sits under, or -1. */
  readonly heading: number;
  /**
   * Index of the sentence that introduces the list this segment belongs to ("... in the following
   * circumstances:"), or -1. Follow `leadIn` of that segment for nested lists.
   */
  readonly leadIn: number;
  /** Index of the block (paragraph, line or list item) the segment comes from. */
  readonly block: number;
}

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

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

/** Closing characters that may follow a sentence's final punctuation and belong to it. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '*', '_', '»']);
/** Emphasis and quote characters trimmed from both ends of a segment when balanced. */
const EMPHASIS = new Set(['*', '_']);

// ---------------------------------------------------------------------------------------------
// Lines and blocks.

interface Line {
  start: number;
  end: number; // exclusive, without \r
  /** Start of the content after indentation and list / heading markers. */
  contentStart: number;
  indent: number;
  marker: 'none' | 'hash' | 'bullet' | 'number' | 'quote' | 'table';
  blank: boolean;
}

interface Block {
  start: number;
  end: number;
  kind: 'heading' | 'item' | 'text';
  indent: number;
  marked: boolean;
}

/**
 * Reads list / heading markers at the start of a line: "## ", "* ", "- ", "1. ", "1\. ", "(a) ",
 * "iv) ", "1.2 ", "> ", "| ". Returns the content start and the marker kind.
 */
function readMarkers(text: string, from: number, end: number): { contentStart: number; marker: Line['marker'] } {
  let pos = from;
  let marker: Line['marker'] = 'none';
  for (let round = 0; round < 4 && pos < end; round++) {
    const ch = text[pos]!;
    const next = pos + 1 < end ? text[pos + 1]! : '';
    let consumed = 0;
    let kind: Line['marker'] = 'none';
    if (ch === '#') {
      let p = pos;
      while (p < end && p - pos < 6 && text[p] === '#') p++;
      if (p < end && isSpace(text.charCodeAt(p))) { consumed = p - pos; kind = 'hash'; }
    } else if (ch === '>') {
      consumed = 1; kind = 'quote';
    } else if (ch === '|') {
      consumed = 1; kind = 'table';
    } else if ('-*+•·◦▪▫●○■□–—►✓✔'.includes(ch) && next !== '' && isSpace(next.charCodeAt(0))) {
      consumed = 1; kind = 'bullet';
    } else {
      const numbered = readNumberMarker(text, pos, end);
      if (numbered > 0) { consumed = numbered; kind = 'number'; }
    }
    if (consumed === 0) break;
    pos += consumed;
    while (pos < end && isSpace(text.charCodeAt(pos))) pos++;
    if (marker === 'none' || marker === 'quote') marker = kind;
  }
  return { contentStart: pos, marker };
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
    if (letters === 0 && p < end && /[A-Za-z]/.test(text[p]!)) { p++; letters = 1; }
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

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > pos && text[end - 1] === '\r') end--;
    let p = pos;
    let indent = 0;
    while (p < end && isSpace(text.charCodeAt(p))) { p++; indent++; }
    let lastNonSpace = end;
    while (lastNonSpace > p && isSpace(text.charCodeAt(lastNonSpace - 1))) lastNonSpace--;
    const blank = p >= lastNonSpace;
    const { contentStart, marker } = blank ? { contentStart: p, marker: 'none' as const } : readMarkers(text, p, lastNonSpace);
    // A run of blank lines separates blocks exactly as one does: keep one (a page of newlines
    // would otherwise cost a line record each).
    const previous = lines[lines.length - 1];
    if (blank && previous !== undefined && previous.blank && previous.marker === 'none') {
      if (nl >= n) break;
      pos = nl + 1;
      continue;
    }
    lines.push({ start: pos, end: lastNonSpace, contentStart, indent, marker, blank: blank || contentStart >= lastNonSpace });
    if (nl >= n) break;
    pos = nl + 1;
  }
  return lines;
}

function lastChar(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && (EMPHASIS.has(text[e - 1]!) || isSpace(text.charCodeAt(e - 1)))) e--;
  return e > start ? text[e - 1]! : '';
}

function endsSentence(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === ';' || ch === ',' || ch === '”' || ch === '"';
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

/** Share of upper-case among letters, for "INFORMATION COLLECTION AND USE." style headings. */
function upperShare(text: string, start: number, end: number): { letters: number; share: number } {
  let letters = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (isUpper(ch)) { letters++; upper++; } else if (isLower(ch)) letters++;
  }
  return { letters, share: letters === 0 ? 0 : upper / letters };
}

function firstLetterIsLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (isLower(ch)) return true;
    if (isUpper(ch) || isDigit(ch.charCodeAt(0))) return false;
  }
  return false;
}

function wrappedInEmphasis(text: string, start: number, end: number): boolean {
  if (end - start < 5) return false;
  const open = text.slice(start, start + 2);
  const close = text.slice(end - 2, end);
  if ((open === '**' || open === '__') && open === close) return true;
  return false;
}

function isExplicitHeading(text: string, line: Line): boolean {
  const { contentStart: s, end: e } = line;
  if (line.marker === 'hash') return true;
  if (e - s > 150) return false;
  if (wrappedInEmphasis(text, s, e) && text.slice(s + 2, e - 2).indexOf('**') === -1) return true;
  const { letters, share } = upperShare(text, s, e);
  return letters >= 4 && share >= 0.85 && countWords(text, s, e) <= 16;
}

/** A short line without final punctuation that does not continue on the next line. */
function looksLikeHeading(text: string, line: Line, next: Line | undefined): boolean {
  const { contentStart: s, end: e } = line;
  if (e - s > 120) return false;
  const last = lastChar(text, s, e);
  if (last === '?') {
    return e - s <= 100 && countWords(text, s, e) <= 14 && sentenceCountAtMost1(text, s, e);
  }
  if (endsSentence(last)) return false;
  if (countWords(text, s, e) > 14) return false;
  if (endsWithConnective(text, s, e)) return false;
  if (firstLetterIsLower(text, s, e)) return false;
  if (next && !next.blank && next.marker === 'none' && firstLetterIsLower(text, next.contentStart, next.end)) return false;
  return true;
}

/** "... in Internet Explorer; or": a list line, not a title. */
const CONNECTIVES = /(?:^|\s)(?:and|or|nor|but|the|a|an|of|to|in|for|with|by|as|that|which|is|are)$/i;
function endsWithConnective(text: string, s: number, e: number): boolean {
  const tail = text.slice(Math.max(s, e - 12), e);
  return CONNECTIVES.test(tail) || text.slice(s, e).includes(';');
}

function sentenceCountAtMost1(text: string, s: number, e: number): boolean {
  for (let i = s; i < e - 1; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === '?' || ch === '!') && isSpace(text.charCodeAt(i + 1))) return false;
  }
  return true;
}

/**
 * Hard-wrapped text (fixed-width lines, one sentence running over several lines) is detected
 * from its line shapes: many long lines that end mid-sentence and continue on the next line.
 */
function detectHardWrap(text: string, lines: readonly Line[]): boolean {
  let long = 0;
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.end - line.start < 45 || line.end - line.start > 110) continue;
    long++;
    const next = lines[i + 1]!;
    if (!next.blank && next.marker === 'none' && !endsSentence(lastChar(text, line.contentStart, line.end))) continued++;
  }
  return long >= 5 && continued / long >= 0.35;
}

function buildBlocks(text: string, lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  const explicit = lines.map((line) => !line.blank && isExplicitHeading(text, line));
  const hardWrapped = detectHardWrap(text, lines);
  // Short lines right after "...the following:" are list items, not headings.
  let inShortList = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.blank) { i++; continue; }
    const marked = line.marker === 'bullet' || line.marker === 'number' || line.marker === 'table';
    if (explicit[i]) {
      blocks.push({ start: line.contentStart, end: line.end, kind: 'heading', indent: line.indent, marked });
      inShortList = false;
      i++;
      continue;
    }
    // Join continuation lines into this block.
    let end = line.end;
    let j = i + 1;
    while (j < lines.length) {
      const prev = lines[j - 1]!;
      const next = lines[j]!;
      if (next.blank || next.marker !== 'none' || explicit[j]) break;
      const prevLast = lastChar(text, prev.contentStart, prev.end);
      const continues = firstLetterIsLower(text, next.contentStart, next.end) && !endsSentence(prevLast);
      const wrapped = hardWrapped && prev.end - prev.start >= 40 && prevLast !== ':';
      if (!continues && !wrapped) break;
      if (!continues && !endsSentence(prevLast) && looksLikeHeading(text, prev, next) && prev.end - prev.start < 40) break;
      end = next.end;
      j++;
    }
    const single = j === i + 1;
    const headingShaped = single && looksLikeHeading(text, line, lines[i + 1]);
    const nextLine = lines[i + 1];
    const siblingFollows = nextLine !== undefined && nextLine.marker === line.marker && nextLine.indent === line.indent;
    if (headingShaped && inShortList) {
      blocks.push({ start: line.contentStart, end, kind: 'item', indent: line.indent, marked });
    } else if (headingShaped && !marked) {
      blocks.push({ start: line.contentStart, end, kind: 'heading', indent: line.indent, marked });
    } else if (headingShaped && line.marker === 'number' && !siblingFollows && lastChar(text, line.contentStart, line.end) !== '?') {
      // "1\. Information we collect" followed by prose: a numbered section title.
      blocks.push({ start: line.contentStart, end, kind: 'heading', indent: line.indent, marked });
    } else {
      blocks.push({ start: line.contentStart, end, kind: marked ? 'item' : 'text', indent: line.indent, marked });
    }
    const added = blocks[blocks.length - 1]!;
    const addedLast = lastChar(text, added.start, added.end);
    inShortList = added.kind !== 'heading' && (addedLast === ':' || (inShortList && headingShaped));
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
  const word = nextWord(text, k, blockEnd);
  if (ch === '.') {
    const token = previousToken(text, i, blockStart);
    const lower = token.toLowerCase();
    if (HARD_ABBREVIATIONS.has(lower)) return -1;
    const initial = token.length === 1 && isUpper(token);
    const dotted = /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token);
    if (SOFT_ABBREVIATIONS.has(lower) || initial || dotted) {
      return SENTENCE_OPENERS.has(word.toLowerCase()) && isUpper(word.charAt(0)) ? j : -1;
    }
  }
  if (isLower(nextCh)) {
    const token = ch === '.' ? previousToken(text, i, blockStart) : 'xxx';
    return LOWERCASE_OPENERS.has(word) && token.length >= 3 ? j : -1;
  }
  // A colon-like list continuation "a. b." or a lone number "1." starting the next part is fine.
  return j;
}

interface RawSegment { start: number; end: number }

function isSentencePunctuation(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026; // . ! ? …
}

/**
 * Scans only [block.start, block.end). A global regex searched from block.start would run on to
 * the next punctuation anywhere in the text: quadratic on many blocks without any (issue 9, 4).
 */
function splitBlock(text: string, block: Block, out: RawSegment[]): void {
  if (block.kind === 'heading') {
    pushTrimmed(text, block.start, block.end, out);
    return;
  }
  let segStart = block.start;
  for (let i = block.start; i < block.end; i++) {
    if (!isSentencePunctuation(text.charCodeAt(i))) continue;
    const end = sentenceEndAt(text, i, block.start, block.end);
    if (end < 0) continue;
    pushTrimmed(text, segStart, end, out);
    segStart = end;
    i = end - 1;
  }
  if (segStart < block.end) pushTrimmed(text, segStart, block.end, out);
}

/** Trims spaces and balanced emphasis, then cuts overlong sentences; pushes what is left. */
function pushTrimmed(text: string, start: number, end: number, out: RawSegment[]): void {
  let s = start;
  let e = end;
  for (let round = 0; round < 3; round++) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // Balanced emphasis: "**Cookies**", "_What is a Subject Access Request?_"
    let k = 0;
    while (s + k < e && k < 3 && EMPHASIS.has(text[s + k]!)) k++;
    if (k === 0 || e - s <= 2 * k) break;
    const open = text.slice(s, s + k);
    if (text.slice(e - k, e) !== open) {
      // Unbalanced: keep underscores that start a name (__zlcid), drop lone emphasis stars (then trim again).
      if (text[s] === '*' && !text.slice(s + k, e).includes('*')) { s += k; continue; }
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
  if (e > s) out.push({ start: s, end: e });
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
 * Splits `text` into segments. Offsets are exact; the function is linear in the length of
 * `text` and never throws for any string.
 */
export function splitSegments(text: string): Segment[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lines = splitLines(text);
  const blocks = buildBlocks(text, lines);
  const segments: Segment[] = [];
  let heading = -1;
  interface LeadIn { segment: number; indent: number; marked: boolean; block: number }
  const leadIns: LeadIn[] = [];
  const raw: RawSegment[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') {
      leadIns.length = 0;
    } else {
      // Close lead-ins this block is not part of.
      while (leadIns.length > 0) {
        const top = leadIns[leadIns.length - 1]!;
        const tooFar = b - top.block > LEAD_IN_SCOPE_BLOCKS;
        const sibling = block.marked && top.marked && block.indent <= top.indent;
        const outdented = !block.marked && top.marked && block.indent < top.indent;
        if (tooFar || sibling || outdented) leadIns.pop();
        else break;
      }
    }
    raw.length = 0;
    splitBlock(text, block, raw);
    const leadIn = leadIns.length > 0 ? leadIns[leadIns.length - 1]!.segment : -1;
    for (const r of raw) {
      const kind: SegmentKind = block.kind === 'heading' ? 'heading' : block.kind === 'item' || leadIn >= 0 ? 'item' : 'sentence';
      segments.push({
        text: text.slice(r.start, r.end),
        start: r.start,
        kind,
        heading: kind === 'heading' ? -1 : heading,
        leadIn: kind === 'heading' ? -1 : leadIn,
        block: b,
      });
    }
    if (block.kind === 'heading') {
      if (raw.length > 0) heading = segments.length - 1;
      continue;
    }
    const last = segments[segments.length - 1];
    if (raw.length > 0 && last && last.block === b && lastChar(last.text, 0, last.text.length) === ':') {
      leadIns.push({ segment: segments.length - 1, indent: block.indent, marked: block.marked, block: b });
    }
  }
  return segments;
}
