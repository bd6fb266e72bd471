/**
 * What changed between two analyses of a policy (an old and a new version): one change per
 * field, with a one-line summary people can read ("Child age: 18 -> 13", "Now names Do Not
 * Track: not honored", "Sharing: now with advertisers; no longer with affiliates").
 */

import type { PolicyAnalysis, PolicyFacts } from '../types';
import { valueWords } from './coded-values';

export type DiffField = 'lastUpdated' | 'retentionPeriods' | keyof PolicyFacts;

export interface PolicyChange {
  readonly field: DiffField;
  readonly before: unknown;
  readonly after: unknown;
  readonly summary: string;
}

/** How each field is named and its values are read in summaries. */
const LABELS: Readonly<Record<DiffField, string>> = {
  lastUpdated: 'Last updated',
  retention: 'Retention',
  retentionPeriods: 'Retention periods',
  dnt: 'Do Not Track',
  childAge: 'Child age',
  sharing: 'Sharing',
  sellsData: 'Selling data',
  dataLocations: 'Data locations',
  contacts: 'Contacts',
  rights: 'Rights',
  responseDays: 'Response time (days)',
  cookies: 'Cookies',
  trackingTech: 'Tracking technologies',
  frameworks: 'Frameworks',
  changeNotice: 'Change notice',
};

/** Values that mean "the policy says nothing". */
function isSilent(value: unknown): boolean {
  return value === null || value === undefined || value === 'unspecified' || (Array.isArray(value) && value.length === 0);
}

function show(field: DiffField, value: unknown): string {
  if (value === null || value === undefined) return 'not stated';
  if (field === 'sellsData') return value === true ? 'sells or rents data' : 'does not sell data';
  const text = Array.isArray(value) ? (value.length === 0 ? 'none' : value.join(', ')) : String(value);
  return valueWords(field, text);
}

function listChange(field: DiffField, before: readonly string[], after: readonly string[]): PolicyChange | null {
  const added = after.filter((v) => !before.includes(v));
  const removed = before.filter((v) => !after.includes(v));
  if (added.length === 0 && removed.length === 0) return null;
  const label = LABELS[field];
  const parts: string[] = [];
  if (before.length === 0) return { field, before, after, summary: `Now names ${label.toLowerCase()}: ${show(field, added)}` };
  if (after.length === 0) return { field, before, after, summary: `No longer names ${label.toLowerCase()} (was ${show(field, removed)})` };
  if (added.length > 0) parts.push(`now ${show(field, added)}`);
  if (removed.length > 0) parts.push(`no longer ${show(field, removed)}`);
  return { field, before, after, summary: `${label}: ${parts.join('; ')}` };
}

function scalarChange(field: DiffField, before: unknown, after: unknown): PolicyChange | null {
  if (before === after) return null;
  const label = LABELS[field];
  let summary: string;
  if (isSilent(before)) summary = `Now names ${label}: ${show(field, after)}`;
  else if (isSilent(after)) summary = `No longer names ${label} (was ${show(field, before)})`;
  else summary = `${label}: ${show(field, before)} -> ${show(field, after)}`;
  return { field, before, after, summary };
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
