/**
 * What changed between two analyses of a policy (an old and a new version): one change per
 * field, with a one-line summary people can read ("Child age: 18 -> 13", "Now names Do Not
 * Track: not honored", "Sharing: now with advertisers; no longer with affiliates").
 */

import type { PolicyAnalysis, PolicyFacts } from '../types';
import { holdsCodes, valueWords } from './coded-values';
import { sayFrom, type Words } from '../../i18n/say';
import { CHANGE_PHRASES, type ChangePhraseKey } from './change-phrases';

export type DiffField = 'lastUpdated' | 'retentionPeriods' | keyof PolicyFacts;

export interface PolicyChange {
  readonly field: DiffField;
  readonly before: unknown;
  readonly after: unknown;
  /** In English (the `diff` command's and the stored result's words); changeSummary says it in another language. */
  readonly summary: string;
}

export type ChangeWords = Words<ChangePhraseKey>;

/** The command line's words: English, from the phrases table. */
export const ENGLISH_CHANGE_WORDS: ChangeWords = { say: sayFrom(CHANGE_PHRASES), locale: 'en' };

/** Fields whose values are lists: they change by what was added and removed. */
type ListField = 'retentionPeriods' | 'sharing' | 'dataLocations' | 'contacts' | 'rights' | 'cookies' | 'trackingTech' | 'frameworks';
const LIST_FIELDS: ReadonlySet<DiffField> = new Set<ListField>(['retentionPeriods', 'sharing', 'dataLocations', 'contacts', 'rights', 'cookies', 'trackingTech', 'frameworks']);

/** "not-honored" -> "notHonored": a code as the last part of a message key. */
const keyPart = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** Values that mean "the policy says nothing". */
function isSilent(value: unknown): boolean {
  return value === null || value === undefined || value === 'unspecified' || (Array.isArray(value) && value.length === 0);
}

/** One value in words: a code by its message, anything quoted from a policy as it is. */
function valueText(field: DiffField, value: string, words: ChangeWords): string {
  const key = `change.value.${field}.${keyPart(value)}`;
  if (holdsCodes(field) && key in CHANGE_PHRASES) return words.say(key as ChangePhraseKey);
  return valueWords(field, value);
}

/** A stated value (a summary never shows a silent one: it says "Now names" or "No longer names"). */
function show(field: DiffField, value: unknown, words: ChangeWords): string {
  if (field === 'sellsData') return words.say(value === true ? 'change.sells' : 'change.doesNotSell');
  if (Array.isArray(value)) return value.map((item) => valueText(field, String(item), words)).join(', ');
  return valueText(field, String(value), words);
}

/** A change in one line, in `words`' language: "Child age: 18 -> 13", "Sharing: now advertisers; no longer affiliates". */
export function changeSummary(change: Pick<PolicyChange, 'field' | 'before' | 'after'>, words: ChangeWords = ENGLISH_CHANGE_WORDS): string {
  const { field, before, after } = change;
  const label = words.say(`change.label.${field}`);
  if (LIST_FIELDS.has(field)) {
    const was = (before ?? []) as readonly string[];
    const now = (after ?? []) as readonly string[];
    const added = now.filter((v) => !was.includes(v));
    const removed = was.filter((v) => !now.includes(v));
    const inSentence = words.say(`change.inSentence.${field as ListField}`);
    if (was.length === 0) return words.say('change.nowNames', { label: inSentence, values: show(field, added, words) });
    if (now.length === 0) return words.say('change.noLongerNames', { label: inSentence, values: show(field, removed, words) });
    const parts: string[] = [];
    if (added.length > 0) parts.push(words.say('change.now', { values: show(field, added, words) }));
    if (removed.length > 0) parts.push(words.say('change.noLonger', { values: show(field, removed, words) }));
    return words.say('change.listChanged', { label, parts: parts.join('; ') });
  }
  if (isSilent(before)) return words.say('change.nowNames', { label, values: show(field, after, words) });
  if (isSilent(after)) return words.say('change.noLongerNames', { label, values: show(field, before, words) });
  return words.say('change.changed', { label, before: show(field, before, words), after: show(field, after, words) });
}

function listChange(field: DiffField, before: readonly string[], after: readonly string[]): PolicyChange | null {
  const added = after.filter((v) => !before.includes(v));
  const removed = before.filter((v) => !after.includes(v));
  if (added.length === 0 && removed.length === 0) return null;
  return { field, before, after, summary: changeSummary({ field, before, after }) };
}

function scalarChange(field: DiffField, before: unknown, after: unknown): PolicyChange | null {
  if (before === after) return null;
  return { field, before, after, summary: changeSummary({ field, before, after }) };
}

/** The changes from `before` to `after`, in contract order; empty when nothing changed. */
export function diffAnalyses(before: PolicyAnalysis, after: PolicyAnalysis): PolicyChange[] {
  const changes: (PolicyChange | null)[] = [];
  changes.push(scalarChange('lastUpdated', before.lastUpdated, after.lastUpdated));
  const b = before.facts;
  const a = after.facts;
  changes.push(scalarChange('retention', b.retention.value, a.retention.value));
  changes.push(listChange('retentionPeriods', b.retention.periods, a.retention.periods));
  changes.push(scalarChange('dnt', b.dnt.value, a.dnt.value));
  changes.push(scalarChange('childAge', b.childAge.value, a.childAge.value));
  changes.push(listChange('sharing', b.sharing.value, a.sharing.value));
  changes.push(scalarChange('sellsData', b.sellsData.value, a.sellsData.value));
  changes.push(listChange('dataLocations', b.dataLocations.value, a.dataLocations.value));
  changes.push(listChange('contacts', b.contacts.value, a.contacts.value));
  changes.push(listChange('rights', b.rights.value, a.rights.value));
  changes.push(scalarChange('responseDays', b.responseDays.value, a.responseDays.value));
  changes.push(listChange('cookies', b.cookies.value, a.cookies.value));
  changes.push(listChange('trackingTech', b.trackingTech.value, a.trackingTech.value));
  changes.push(listChange('frameworks', b.frameworks.value, a.frameworks.value));
  changes.push(scalarChange('changeNotice', b.changeNotice.value, a.changeNotice.value));
  return changes.filter((c): c is PolicyChange => c !== null);
}
