/** E-mail addresses the policy gives for contact (all literal addresses in the text, lower-cased). */

import type { Evidence } from '../../types';
import type { FactExtractor, PolicyDocument } from './context';
import { evidenceOf } from './context';
import { MAX_CONTACTS, NOT_A_TLD, PLACEHOLDER_DOMAINS } from '../phrases/contacts';

const LOCAL_CHAR = /[A-Za-z0-9._%+\-']/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const OBFUSCATED_AT = /\s?(?:\[at\]|\(at\)|\{at\}|\[@\])\s?/gi;
const OBFUSCATED_AT_MARK = /\[at\]|\(at\)|\{at\}|\[@\]/i;
const OBFUSCATED_DOT = /\s?(?:\[dot\]|\(dot\)|\{dot\})\s?/gi;

/** Reads the address around an "@" at `at` by scanning outwards (no regex over the whole text). */
function addressAt(text: string, at: number, atLength: number): { email: string; start: number; end: number } | null {
  // "privacy @ example.com": one space on each side of the "@" is tolerated.
  if (atLength === 1 && text[at - 1] === ' ' && text[at + 1] === ' ' && at >= 2 && LOCAL_CHAR.test(text[at - 2]!) &&
    at + 2 < text.length && DOMAIN_CHAR.test(text[at + 2]!)) {
    const from = Math.max(0, at - 70);
    const window = `${text.slice(from, at - 1)}@${text.slice(at + 2, at + 260)}`;
    const spaced = addressAt(window, at - 1 - from, 1);
    return spaced ? { email: spaced.email, start: spaced.start + from, end: spaced.end + from + 2 } : null;
  }
  let l = at;
  while (l > 0 && at - l < 64 && LOCAL_CHAR.test(text[l - 1]!)) l--;
  let r = at + atLength;
  while (r < text.length && r - at < 255 && DOMAIN_CHAR.test(text[r]!)) r++;
  let local = text.slice(l, at);
  let domain = text.slice(at + atLength, r);
  // Markdown emphasis and sentence punctuation around the address.
  // ...and URL-encoded bytes left of a mailto link's address ("mailto:%20name@...").
  const leading = local.match(/^(?:[._'-]|%[0-9A-Fa-f]{2})+/)?.[0].length ?? 0;
  local = local.slice(leading);
  domain = domain.replace(/[.-]+$/, '');
  if (local.length === 0 || domain.length < 4 || !domain.includes('.')) return null;
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (!/^[A-Za-z]{2,24}$/.test(tld) || NOT_A_TLD.has(tld.toLowerCase())) return null;
  if (/\.\./.test(domain) || domain.startsWith('.') || domain.startsWith('-')) return null;
  const email = `${local}@${domain}`.toLowerCase();
  if (PLACEHOLDER_DOMAINS.test(domain)) return null;
  return { email, start: l + leading, end: at + atLength + domain.length };
}

function segmentAt(doc: PolicyDocument, offset: number): Evidence | null {
  let lo = 0;
  let hi = doc.segments.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < doc.segments.start[mid]!) hi = mid - 1;
    else if (offset >= doc.segments.end[mid]!) lo = mid + 1;
    else return evidenceOf(doc.segments.at(mid));
  }
  return null;
}

export const contacts: FactExtractor<'contacts'> = {
  fact: 'contacts',
  extract(doc) {
    const found = new Map<string, Evidence>();
    const text = doc.text;
    const add = (hit: { email: string; start: number; end: number } | null): void => {
      if (!hit || found.has(hit.email) || found.size >= MAX_CONTACTS) return;
      found.set(hit.email, segmentAt(doc, hit.start) ?? { quote: text.slice(hit.start, hit.end), start: hit.start });
    };
    for (let at = text.indexOf('@'); at !== -1 && found.size < MAX_CONTACTS; at = text.indexOf('@', at + 1)) {
      add(addressAt(text, at, 1));
    }
    // "privacy [at] example [dot] com": read within segments, where the text is short (those
    // that have one: a segment's text is part of the whole, so one test of the whole says if any do).
    const segments = OBFUSCATED_AT_MARK.test(text) ? doc.segments.count : 0;
    for (let i = 0; i < segments; i++) {
      if (found.size >= MAX_CONTACTS) break;
      const s = doc.segments.textOf(i);
      if (!OBFUSCATED_AT_MARK.test(s)) continue;
      const segment = doc.segments.at(i);
      const normalized = s.replace(OBFUSCATED_DOT, '.');
      for (let m = OBFUSCATED_AT.exec(normalized); m !== null; m = OBFUSCATED_AT.exec(normalized)) {
        const hit = addressAt(normalized, m.index, m[0].length);
        if (hit && !found.has(hit.email)) found.set(hit.email, evidenceOf(segment));
      }
      OBFUSCATED_AT.lastIndex = 0;
    }
    const value = [...found.keys()];
    return { value, evidence: value.map((e) => found.get(e)!) };
  },
};
