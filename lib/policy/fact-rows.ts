import type { Evidence, PolicyAnalysis, PolicyFacts } from './types';
import { sharingWords, rightWords, trackingWords, changeNoticeWords } from './fact-row-phrases';

export type Verdict = 'good' | 'concerning' | 'unknown';

/** One line of the Policy view: a fact in plain words, how it looks for you, and its quotes. */
export interface FactRow {
  readonly field: keyof PolicyFacts | 'lastUpdated';
  readonly label: string;
  readonly text: string;
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

/** "SG" -> "Singapore"; "EU" -> "European Union". */
export function countryName(code: string): string {
  if (code === 'EU') return 'European Union';
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The analysis as rows, in the order a person reads a policy summary. */
export function factRows(analysis: Pick<PolicyAnalysis, 'facts' | 'lastUpdated'>): FactRow[] {
  const { facts } = analysis;
  const rows: FactRow[] = [];
  const add = (field: FactRow['field'], label: string, text: string, verdict: Verdict, evidence: readonly Evidence[] = []) =>
    rows.push({ field, label, text, verdict, evidence });

  const retention = facts.retention;
  add('retention', 'Keeps your data',
    retention.value === 'fixed' ? `for ${retention.periods.length ? list(retention.periods) : 'a stated period'}`
      : retention.value === 'as-needed' ? 'as long as needed'
      : retention.value === 'indefinite' ? 'indefinitely' : 'does not say how long',
    retention.value === 'fixed' ? 'good' : retention.value === 'indefinite' ? 'concerning' : 'unknown', retention.evidence);

  const sells = facts.sellsData;
  add('sellsData', 'Selling your data', sells.value === true ? 'May sell or rent your data' : sells.value === false ? 'Says it does not sell your data' : 'Does not say',
    sells.value === true ? 'concerning' : sells.value === false ? 'good' : 'unknown', sells.evidence);

  const sharing = facts.sharing;
  add('sharing', 'Shares data with', sharing.value.length ? list(sharing.value.map((category) => sharingWords[category])) : 'does not say',
    sharing.value.includes('advertisers') ? 'concerning' : 'unknown', sharing.evidence);

  const dnt = facts.dnt;
  add('dnt', 'Do Not Track', dnt.value === 'honored' ? 'Honours Do Not Track' : dnt.value === 'not-honored' ? 'Does not honour Do Not Track' : 'Does not mention Do Not Track',
    dnt.value === 'honored' ? 'good' : dnt.value === 'not-honored' ? 'concerning' : 'unknown', dnt.evidence);

  const child = facts.childAge;
  add('childAge', 'Children', child.value === null ? 'Names no age limit' : `Not for children under ${child.value}`, child.value === null ? 'unknown' : 'good', child.evidence);

  const locations = facts.dataLocations;
  add('dataLocations', 'Data stored in', locations.value.length ? list(locations.value.map(countryName)) : 'does not say', 'unknown', locations.evidence);

  const rights = facts.rights;
  add('rights', 'You can', rights.value.length ? list(rights.value.map((right) => rightWords[right])) : 'no rights are named',
    rights.value.includes('access') && rights.value.includes('deletion') ? 'good' : rights.value.length ? 'unknown' : 'concerning', rights.evidence);

  const days = facts.responseDays;
  add('responseDays', 'Answers requests', days.value === null ? 'names no deadline' : `within ${days.value} days`, days.value === null ? 'unknown' : 'good', days.evidence);

  const tracking = facts.trackingTech;
  add('trackingTech', 'Tracking', tracking.value.length ? `Uses ${list(tracking.value.map((tech) => trackingWords[tech]))}` : 'names no tracking technology',
    tracking.value.some((tech) => tech === 'advertising' || tech === 'remarketing' || tech === 'flash-cookies') ? 'concerning' : 'unknown', tracking.evidence);

  const cookies = facts.cookies;
  if (cookies.value.length) add('cookies', 'Cookies named', cookies.value.join(', '), 'unknown', cookies.evidence);

  const frameworks = facts.frameworks;
  add('frameworks', 'Laws and frameworks', frameworks.value.length ? frameworks.value.join(', ') : 'names none', frameworks.value.length ? 'good' : 'unknown', frameworks.evidence);

  const change = facts.changeNotice;
  add('changeNotice', 'Policy changes', changeNoticeWords[change.value], change.value === 'advance' || change.value === 'email' ? 'good' : change.value === 'posted-only' ? 'concerning' : 'unknown', change.evidence);

  const contacts = facts.contacts;
  add('contacts', 'Contact', contacts.value.length ? contacts.value.join(', ') : 'gives no privacy contact', contacts.value.length ? 'good' : 'unknown', contacts.evidence);
  return rows;
}
