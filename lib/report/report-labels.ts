import type { ReportFact } from './aggregates';
import { holdsCodes, valueWords } from '../policy/show/coded-values';
import { sayFrom, type Words } from '../i18n/say';
import { REPORT_PHRASES, type ReportPhraseKey } from './report-phrases';

export type ReportWords = Words<ReportPhraseKey>;

/** The command line's words (the report's text and HTML page): English, from the phrases table. */
export const ENGLISH_REPORT_WORDS: ReportWords = { say: sayFrom(REPORT_PHRASES), locale: 'en' };

/** How a report names each fact, in the CLI's tables, the HTML page and the dashboard. */
export function factLabel(fact: ReportFact, words: ReportWords = ENGLISH_REPORT_WORDS): string {
  return words.say(`report.fact.${fact}`);
}

/** "not-honored" -> "notHonored": a code as the last part of a message key. */
const keyPart = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** "under a day" -> "underADay", "not-found" -> "notFound": a code as the last part of a message key. */
const codeKeyPart = (code: string) => code.replace(/[- ](\w)/g, (_, letter: string) => letter.toUpperCase());

/** A code the report prints as it is (a lifetime band, a policy status, a cookie purpose), in `words`' language when it has a message. */
export function codeLabel(kind: 'band' | 'status' | 'purpose', code: string, words: ReportWords = ENGLISH_REPORT_WORDS): string {
  const key = `report.${kind}.${codeKeyPart(code)}`;
  return key in REPORT_PHRASES ? words.say(key as ReportPhraseKey) : code;
}

/** A fact value as words: null is "not stated"; sellsData's true/false say what the policy said. */
export function factValueLabel(fact: ReportFact, value: string | null, words: ReportWords = ENGLISH_REPORT_WORDS): string {
  if (value === null || value === 'unspecified') return words.say('report.value.notStated');
  if (fact === 'sellsData') return value === 'true' ? words.say('report.value.sells') : value === 'false' ? words.say('report.value.doesNotSell') : value;
  if (fact === 'dnt') return value === 'honored' ? words.say('report.value.honours') : value === 'not-honored' ? words.say('report.value.doesNotHonour') : value;
  const key = `change.value.${fact}.${keyPart(value)}`;
  if (holdsCodes(fact) && key in REPORT_PHRASES) return words.say(key as ReportPhraseKey);
  return valueWords(fact, value);
}

/** A share (0..1) as a percentage with one decimal. */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : '-';
}

/** A number for a table: integers as they are, others with at most one decimal. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
