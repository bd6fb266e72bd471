import type { ReportFact } from './aggregates';
import { valueWords } from '../policy/show/coded-values';

/** How a report names each fact and its values, in the CLI's tables, the HTML page and the dashboard. */
export const factLabels: Record<ReportFact, string> = {
  dnt: 'Do Not Track',
  sellsData: 'Sells personal data',
  childAge: 'Not for children under',
  retention: 'Retention',
  dataLocations: 'Data locations',
  frameworks: 'Frameworks named',
  sharing: 'Shares data with',
  rights: 'Rights offered',
  trackingTech: 'Tracking named',
  responseDays: 'Answers requests within (days)',
  changeNotice: 'Notice of changes',
};

/** A fact value as words: null is "not stated"; sellsData's true/false say what the policy said. */
export function factValueLabel(fact: ReportFact, value: string | null): string {
  if (value === null || value === 'unspecified') return 'not stated';
  if (fact === 'sellsData') return value === 'true' ? 'says it sells' : value === 'false' ? 'says it does not' : value;
  if (fact === 'dnt') return value === 'honored' ? 'honours it' : value === 'not-honored' ? 'does not honour it' : value;
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
