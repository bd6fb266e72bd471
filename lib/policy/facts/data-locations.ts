/** Countries where the policy says data is stored, processed or transferred to (ISO 3166-1 alpha-2, EEA/EU as "EU"). */

import type { Evidence } from '../types';
import type { FactExtractor } from './context';
import { evidenceOf } from './context';
import { clausesOf, matchAll } from '../polarity';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES, HOSTING_PLACES } from '../phrases/countries';
import {
  DATA_NOUN, DESTINATION_AFTER, DESTINATION_BEFORE, LIST_GLUE, LOCATION_VERB, NOT_A_LOCATION_CLAUSE, ORIGIN_BEFORE,
} from '../phrases/data-locations';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/[’']/g, "[’']");
const byLength = <T extends readonly [string, string]>(list: readonly T[]): T[] => [...list].sort((a, b) => b[0].length - a[0].length);

const NAME_CODES = new Map(COUNTRY_NAMES.map(([n, c]) => [n.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' '), c]));
const ABBREVIATION_CODES = new Map(COUNTRY_ABBREVIATIONS);
const PLACE_CODES = new Map(HOSTING_PLACES.map(([n, c]) => [n.toLowerCase().replace(/\s+/g, ' '), c]));

const NAME_RE = new RegExp(`(?<![\\w-])(?:${byLength(COUNTRY_NAMES).map(([n]) => escape(n)).join('|')})(?![\\w])`, 'gi');
const ABBREVIATION_RE = new RegExp(`(?<![\\w.])(?:${byLength(COUNTRY_ABBREVIATIONS).map(([a]) => escape(a)).join('|')})(?![\\w]|\\.\\w)`, 'g');
const PLACE_RE = new RegExp(`(?<![\\w-])(?:${byLength(HOSTING_PLACES).map(([n]) => escape(n)).join('|')})(?![\\w])`, 'gi');
/** Hosting places (cities, states) count only where the clause speaks of servers or hosting. */
const HOSTING_CLAUSE = /\b(?:servers?|data\s*cent(?:er|re)s?|host\w*|cloud|region|AWS|Amazon Web Services|Azure|Google Cloud)\b/i;

interface Mention { index: number; end: number; code: string; place: boolean }

function mentionsIn(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of matchAll(NAME_RE, text)) {
    const code = NAME_CODES.get(m[0].toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' '));
    if (code) mentions.push({ index: m.index, end: m.index + m[0].length, code, place: false });
  }
  // Capitals only; an all-capitals sentence makes "US" the pronoun ("CONTACT US").
  const letters = text.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length > 20 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6;
  if (!shouting) {
    for (const m of matchAll(ABBREVIATION_RE, text)) {
      const code = ABBREVIATION_CODES.get(m[0]);
      if (code) mentions.push({ index: m.index, end: m.index + m[0].length, code, place: false });
    }
  }
  for (const m of matchAll(PLACE_RE, text)) {
    const code = PLACE_CODES.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (code) mentions.push({ index: m.index, end: m.index + m[0].length, code, place: true });
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

export const dataLocations: FactExtractor<'dataLocations'> = {
  fact: 'dataLocations',
  extract(doc) {
    const found = new Map<string, Evidence>();
    for (const segment of doc.segments) {
      const text = segment.text;
      if (!LOCATION_VERB.test(text) || !DATA_NOUN.test(text)) continue;
      const mentions = mentionsIn(text);
      if (mentions.length === 0) continue;
      for (const clause of clausesOf(text)) {
        const clauseText = text.slice(clause.start, clause.end);
        if (!LOCATION_VERB.test(clauseText) || !DATA_NOUN.test(clauseText) || NOT_A_LOCATION_CLAUSE.test(clauseText)) continue;
        const inClause = mentions.filter((m) => m.index >= clause.start && m.end <= clause.end);
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
          if (ORIGIN_BEFORE.test(before)) continue;
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
