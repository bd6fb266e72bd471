/** Literal cookie names the policy names (__zlcid, _ga, PHPSESSID...). */

import type { Evidence } from '../../types';
import type { FactExtractor, PolicyDocument } from './context';
import { evidenceOf, keywordTest, registerKeywords } from './context';
import { matchAll } from '../polarity';
import { COOKIE_CONTEXT, COOKIE_TABLE_HEADER, KNOWN_COOKIE_NAMES, MAX_COOKIE_NAMES, NAME_SLOT, NOT_COOKIE_NAMES, NOT_NAME_WORDS, UNDERSCORE_NAME } from '../phrases/cookies';

/** Prose joined by underscores: every part a capitalised word ("Session_Cookies"), or a part saying "cookie". */
function isProse(name: string): boolean {
  const parts = name.split('_').filter((p) => p !== '');
  return (parts.length >= 2 && parts.every((p) => /^[A-Z][a-z]{2,}$/.test(p))) || parts.some((p) => /^cookies?$/i.test(p));
}

/** URLs and Markdown link targets are blanked (same length) before looking for names; e-mail addresses too. */
const URL_OR_LINK = /\b(?:https?:\/\/|www\.)[^\s)\]>"']+|\]\([^)\s]{1,300}\)/gi;

function maskAddresses(text: string): string {
  let masked = /https?:|www\.|\]\(/i.test(text) ? text.replace(URL_OR_LINK, (m) => ' '.repeat(m.length)) : text;
  // E-mail addresses: expand around each "@" (a regex starting with [\w.]+ would rescan every word).
  for (let at = masked.indexOf('@'); at !== -1; at = masked.indexOf('@', at + 1)) {
    let l = at;
    while (l > 0 && /[\w.+-]/.test(masked[l - 1]!)) l--;
    let r = at + 1;
    while (r < masked.length && /[\w.-]/.test(masked[r]!)) r++;
    masked = masked.slice(0, l) + ' '.repeat(r - l) + masked.slice(r);
  }
  return masked;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** \w, "." or "-". */
const isWordPart = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
/** The first letters and the lengths of the known names: a token that has neither is not looked up. */
const KNOWN_FIRST = new Set([...KNOWN_COOKIE_NAMES].map((n) => n.charCodeAt(0)));
const KNOWN_LENGTHS = new Set([...KNOWN_COOKIE_NAMES].map((n) => n.length));

/**
 * Known names among the tokens /[A-Za-z][\w.-]{1,40}/g finds, each without its trailing dots and dashes, in order.
 * A loop, not that regex: one exec per word of every cookie sentence added up (a known name is rare).
 */
export function knownNamesIn(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let p = 0; p < n; ) {
    const first = text.charCodeAt(p);
    if (!isLetter(first)) { p++; continue; }
    let end = p + 1;
    while (end < n && end - p < 41 && isWordPart(text.charCodeAt(end))) end++;
    // The regex needs two characters at least: a lone letter is no token and the scan goes on after it.
    if (end - p < 2) { p++; continue; }
    let trimmed = end;
    while (trimmed > p && (text.charCodeAt(trimmed - 1) === 46 || text.charCodeAt(trimmed - 1) === 45)) trimmed--;
    if (KNOWN_FIRST.has(first) && KNOWN_LENGTHS.has(trimmed - p)) {
      const word = text.slice(p, trimmed);
      if (KNOWN_COOKIE_NAMES.has(word)) out.push(word);
    }
    p = end;
  }
  return out;
}

function isEmphasis(text: string, token: string, index: number): boolean {
  // "_session cookies_" is Markdown italics, not a cookie called "_session".
  if (!/^_[A-Za-z][a-z]*$/.test(token)) return false;
  const rest = text.slice(index + token.length, index + token.length + 80);
  return /[A-Za-z]_(?![A-Za-z0-9])/.test(rest) || /^_(?![A-Za-z0-9])/.test(rest);
}

const COOKIE_KEYWORDS = ['cookie'] as const;
// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([COOKIE_KEYWORDS]);

/** Whether a segment says "cookie", asked of segments by index (-1: none), each answered once. */
type CookieTest = (at: number) => boolean;

function cookieTest(doc: PolicyDocument): CookieTest {
  const hasWord = keywordTest(doc, COOKIE_KEYWORDS);
  // 0 not asked, 1 yes, 2 no: a heading or lead-in is asked about for every segment under it.
  const answers = new Uint8Array(doc.segments.count);
  return (at) => {
    if (at < 0) return false;
    if (answers[at] === 0) answers[at] = hasWord(at) && COOKIE_CONTEXT.test(doc.segments.textOf(at)) ? 1 : 2;
    return answers[at] === 1;
  };
}

/** The segment, one of its lead-ins or its heading says "cookie". */
function inCookieContext(doc: PolicyDocument, saysCookie: CookieTest, i: number): boolean {
  const { heading, leadIn } = doc.segments;
  if (saysCookie(i) || saysCookie(heading[i]!)) return true;
  for (let at = leadIn[i]!, depth = 0; at >= 0 && depth < 3; at = leadIn[at]!, depth++) if (saysCookie(at)) return true;
  return false;
}

export const cookies: FactExtractor<'cookies'> = {
  fact: 'cookies',
  extract(doc) {
    const found = new Map<string, Evidence>();
    const saysCookie = cookieTest(doc);
    for (let i = 0; i < doc.segments.count && found.size < MAX_COOKIE_NAMES; i++) {
      const context = inCookieContext(doc, saysCookie, i);
      if (!context) continue;
      const segment = doc.segments.at(i);
      const hasUnderscore = segment.text.includes('_');
      const masked = maskAddresses(segment.text);
      if (hasUnderscore) {
        for (const m of matchAll(UNDERSCORE_NAME, masked)) {
          const name = m[0].replace(/\\/g, '');
          if (name.length < 2 || name.length > 64 || NOT_COOKIE_NAMES.has(name.toLowerCase())) continue;
          if (!/[A-Za-z]/.test(name) || isEmphasis(masked, m[0], m.index) || isProse(name)) continue;
          if (!found.has(name)) found.set(name, evidenceOf(segment));
        }
      }
      for (const word of knownNamesIn(masked)) if (!found.has(word)) found.set(word, evidenceOf(segment));
    }
    for (const [name, at] of namesInSlots(doc, saysCookie)) if (found.size < MAX_COOKIE_NAMES && !found.has(name)) found.set(name, evidenceOf(doc.segments.at(at)));
    const value = [...found.keys()];
    return { value, evidence: value.map((n) => found.get(n)!) };
  },
};

/**
 * A name-shaped token: has an underscore, digit or %, or is lower-case, ALL CAPS or camelCase;
 * a capitalised English word ("Analytics", "Note") is a label, not a cookie name.
 */
function isNameShaped(token: string): boolean {
  if (NOT_NAME_WORDS.has(token.toLowerCase()) || !/[A-Za-z]/.test(token)) return false;
  if (/[_\d%]/.test(token)) return true;
  return /^[a-z][a-z.-]*$/.test(token) || /^[A-Z][A-Z.-]+$/.test(token) || /^[a-z]+[A-Z]\w*$/.test(token) || /^[A-Z]{2,}[a-z]/.test(token);
}

/** Segments read before a table run gives up (a name with its description cells in between). */
const RUN_GAP = 4;

/**
 * Names standing in a slot of their own: a list item led by a bold or code name in cookie context
 * ("**sessionid** (expires after one hour) – ..."), or the lines of a table whose header names
 * cookies ("COOKIE name" then "CART", its description, "CATEGORY_INFO" ...). Yields [name, segment].
 */
function* namesInSlots(doc: PolicyDocument, saysCookie: CookieTest): Generator<[string, number]> {
  let runUntil = -1;
  const segments = doc.segments;
  for (let i = 0; i < segments.count; i++) {
    const length = segments.lengthOf(i);
    if (length <= 60 && COOKIE_TABLE_HEADER.test(segments.textOf(i))) { runUntil = i + RUN_GAP; continue; }
    // Outside a table run only a name set in bold or code at the start can stand in a slot.
    if (i > runUntil && !opensWithNameMark(doc.text, segments.start[i]!, length)) continue;
    const text = segments.textOf(i);
    const m = NAME_SLOT.exec(text);
    const token = m?.[1] ?? m?.[2];
    if (!m || !token || !isNameShaped(token)) { if (text.length > 200) runUntil = -1; continue; }
    const bare = m[0].length === text.length;
    if (i <= runUntil && bare) { runUntil = i + RUN_GAP; yield [token, i]; continue; }
    if (!bare && m[1] !== undefined && inCookieContext(doc, saysCookie, i)) yield [token, i];
  }
}

/** "**", "__" or "`" at `start` (of a segment `length` long): how NAME_SLOT's first form (a bold or code name) opens. */
function opensWithNameMark(text: string, start: number, length: number): boolean {
  const first = text.charCodeAt(start);
  return first === 96 || ((first === 42 || first === 95) && length >= 2 && text.charCodeAt(start + 1) === first);
}
