/** Countries where the policy says data is stored, processed or transferred to (ISO 3166-1 alpha-2, EEA/EU as "EU"). */

import type { Evidence } from '../../types';
import type { FactExtractor } from './context';
import { evidenceOf, keywordTest, segmentsWith, registerKeywords } from './context';
import { clausesOf, matchAll } from '../polarity';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES, HOSTING_PLACES } from '../phrases/countries';
import {
  COMPARISON_BEFORE, DATA_KEYWORDS, DATA_NOUN, DESTINATION_AFTER, STORED_IN_BEFORE, DESTINATION_BEFORE, FRAMEWORK_NAME, LIST_GLUE, LOCATION_KEYWORDS, LOCATION_VERB,
  NOT_A_LOCATION_CLAUSE, ORIGIN_BEFORE,
} from '../phrases/data-locations';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/[’']/g, "[’']");
const normalize = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

interface NameGroup { readonly re: RegExp; readonly codes: ReadonlyMap<string, string>; readonly place: boolean }

/**
 * Names grouped by their first four letters, each group one sticky regex (longest names first).
 * Candidates are found by a cheap scan for capitalised words, so the 250 names are never tried
 * at every position of the text.
 */
function buildGroups(list: readonly (readonly [string, string])[], place: boolean): Map<string, NameGroup> {
  const byKey = new Map<string, (readonly [string, string])[]>();
  for (const entry of list) {
    const key = normalize(entry[0]).slice(0, 4);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const groups = new Map<string, NameGroup>();
  for (const [key, entries] of byKey) {
    entries.sort((a, b) => b[0].length - a[0].length);
    groups.set(key, {
      re: new RegExp(`(?<![\\w-])(?:${entries.map(([n]) => escape(n)).join('|')})(?![\\w])`, 'iy'),
      codes: new Map(entries.map(([n, c]) => [normalize(n), c])),
      place,
    });
  }
  return groups;
}

const NAME_GROUPS = buildGroups(COUNTRY_NAMES, false);
const PLACE_GROUPS = buildGroups(HOSTING_PLACES, true);
const CAPITALISED = /[A-ZÀ-Þ][A-Za-zÀ-ÿ]{3}/g;
const ABBREVIATION_CODES = new Map(COUNTRY_ABBREVIATIONS);
const ABBREVIATION_RE = new RegExp(`(?<![\\w.])(?:${[...COUNTRY_ABBREVIATIONS].sort((a, b) => b[0].length - a[0].length).map(([a]) => escape(a)).join('|')})(?![\\w]|\\.\\w)`, 'g');
/** Hosting places (cities, states) count only where the clause speaks of servers or hosting. */
const HOSTING_CLAUSE = /\b(?:servers?|data\s*cent(?:er|re)s?|host\w*|cloud|region|AWS|Amazon Web Services|Azure|Google Cloud)\b/i;

function isNameLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0xff);
}

function isShouting(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) { letters++; upper++; } else if (c >= 97 && c <= 122) letters++;
  }
  return letters > 20 && upper / letters > 0.6;
}

interface Mention { index: number; end: number; code: string; place: boolean }

/** A key of NAME_GROUPS / PLACE_GROUPS as an integer: four Latin-1 characters, lower-cased as toLowerCase does. */
function latinKey(text: string, at: number): number {
  let key = 0;
  for (let k = at; k < at + 4; k++) {
    let code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) code += 32;
    key = key * 256 + code;
  }
  return key;
}

/** The groups by integer key (keys that are not four Latin-1 characters can never match CAPITALISED). */
function byLatinKey(groups: ReadonlyMap<string, NameGroup>): Map<number, NameGroup> {
  const out = new Map<number, NameGroup>();
  for (const [key, group] of groups) if (/^[\u0000-\u00ff]{4}$/.test(key)) out.set(latinKey(key, 0), group);
  return out;
}
const NAME_KEYS = byLatinKey(NAME_GROUPS);
const PLACE_KEYS = byLatinKey(PLACE_GROUPS);

/** Every abbreviation begins with one of these (case-sensitive): ABBREVIATION_RE runs only where one is (speed). */
const ABBREVIATION_START = /U[.SKA]|E[.EU]|PR/;

function addNamed(text: string, at: number, group: NameGroup | undefined, mentions: Mention[]): void {
  if (!group) return;
  group.re.lastIndex = at;
  const hit = group.re.exec(text);
  const code = hit ? group.codes.get(normalize(hit[0])) : undefined;
  if (hit && code) mentions.push({ index: hit.index, end: hit.index + hit[0].length, code, place: group.place });
}

function mentionsIn(text: string): Mention[] {
  const mentions: Mention[] = [];
  CAPITALISED.lastIndex = 0;
  while (CAPITALISED.test(text)) {
    const at = CAPITALISED.lastIndex - 4;
    const key = latinKey(text, at);
    addNamed(text, at, NAME_KEYS.get(key), mentions);
    addNamed(text, at, PLACE_KEYS.get(key), mentions);
    // Skip the rest of this word.
    let next = at + 4;
    while (next < text.length && isNameLetter(text.charCodeAt(next))) next++;
    CAPITALISED.lastIndex = next;
  }
  const abbreviations = ABBREVIATION_START.test(text) ? matchAll(ABBREVIATION_RE, text) : [];
  // Capitals only; an all-capitals sentence makes "US" the pronoun ("CONTACT US").
  if (abbreviations.length > 0 && !isShouting(text)) {
    for (const m of abbreviations) {
      const code = ABBREVIATION_CODES.get(m[0]);
      if (code) mentions.push({ index: m.index, end: m.index + m[0].length, code, place: false });
    }
  }
  mentions.sort((a, b) => a.index - b.index || b.end - a.end);
  // Drop mentions inside a longer one ("U.S." inside "U.S. Virgin Islands").
  const kept: Mention[] = [];
  for (const m of mentions) {
    const last = kept[kept.length - 1];
    if (last && m.index < last.end) continue;
    kept.push(m);
  }
  return kept;
}

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([DATA_KEYWORDS, LOCATION_KEYWORDS]);

export const dataLocations: FactExtractor<'dataLocations'> = {
  fact: 'dataLocations',
  extract(doc) {
    const found = new Map<string, Evidence>();
    const hasData = keywordTest(doc, DATA_KEYWORDS);
    for (const i of segmentsWith(doc, LOCATION_KEYWORDS)) {
      if (!hasData(i)) continue;
      const segment = doc.segments.at(i);
      const text = segment.text;
      // Cheapest first: places, then the verb and noun, then framework names ("EU-U.S. Privacy Shield") to drop.
      const named = mentionsIn(text);
      if (named.length === 0 || !LOCATION_VERB.test(text) || !DATA_NOUN.test(text)) continue;
      const frameworks = matchAll(FRAMEWORK_NAME, text);
      const mentions = frameworks.length === 0 ? named : named.filter((m) => !frameworks.some((f) => m.index >= f.index && m.index < f.index + f[0].length));
      if (mentions.length === 0) continue;
      // "(e.g. a contractor located in Canada)": the period of "e.g."/"i.e." does not end the clause (same offsets).
      const unabbreviated = /\b[ei]\.[ge]\./i.test(text) ? text.replace(/\b([ei])\.([ge])\./gi, '$1_$2_') : text;
      for (const clause of clausesOf(unabbreviated)) {
        const clauseText = text.slice(clause.start, clause.end);
        if (!LOCATION_VERB.test(clauseText) || !DATA_NOUN.test(clauseText)) continue;
        // Legal scope ("under the laws of ...") voids the clause's places, except one right after a storage verb.
        const legalScope = NOT_A_LOCATION_CLAUSE.test(clauseText);
        // "in the U.S. and ...": the clause breaks at the abbreviation's last period, which still belongs to the name.
        const inClause = mentions.filter((m) => m.index >= clause.start && m.index < clause.end && m.end <= clause.end + (text[clause.end] === '.' ? 1 : 0));
        // Group list items: "Singapore, the United States, Canada and Germany".
        const groups: Mention[][] = [];
        for (const m of inClause) {
          const group = groups[groups.length - 1];
          const prev = group?.[group.length - 1];
          if (group && prev && LIST_GLUE.test(text.slice(prev.end, m.index))) group.push(m);
          else groups.push([m]);
        }
        for (const group of groups) {
          const first = group[0]!;
          const last = group[group.length - 1]!;
          const before = text.slice(Math.max(clause.start, first.index - 80), first.index);
          // "Data of EU residents is stored in Germany": a storage verb right before makes it a destination.
          const storedIn = STORED_IN_BEFORE.test(before);
          if ((legalScope || ORIGIN_BEFORE.test(before) || COMPARISON_BEFORE.test(before)) && !storedIn) continue;
          const destination = DESTINATION_BEFORE.test(before) || DESTINATION_AFTER.test(text.slice(last.end, last.end + 30));
          if (!destination) continue;
          for (const m of group) {
            if (m.place && !HOSTING_CLAUSE.test(clauseText)) continue;
            if (!found.has(m.code)) found.set(m.code, evidenceOf(segment));
          }
        }
      }
    }
    const value = [...found.keys()];
    return { value, evidence: value.map((c) => found.get(c)!) };
  },
};
