/**
 * Calendar dates as policies write them, turned into YYYY-MM-DD:
 * "May 1, 2014", "1st May 2014", "2014-10-17", "17.10.2014", "10/17/2014", "3/12/07", "October 2014".
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH_SOURCE =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

interface DatePattern {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray) => { y: number; mo: number; d: number; dayKnown: boolean } | null;
}

const num = (s: string | undefined): number => Number(s ?? 'NaN');
const month = (s: string | undefined): number => MONTHS[(s ?? '').toLowerCase().replace(/\.$/, '')] ?? Number.NaN;

/** Tried in order at each candidate; the earliest match in the text wins. */
const DATE_PATTERNS: readonly DatePattern[] = [
  // May 1, 2014 / May 1st 2014 / Dec. 31, 2019
  { re: new RegExp(`\\b${MONTH_SOURCE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => ({ y: num(m[3]), mo: month(m[1]), d: num(m[2]), dayKnown: true }) },
  // 1 May 2014 / 1st of May, 2014
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SOURCE}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => ({ y: num(m[3]), mo: month(m[2]), d: num(m[1]), dayKnown: true }) },
  // 2014-10-17 / 2014/10/17 / 2014.10.17
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g,
    read: (m) => ({ y: num(m[1]), mo: num(m[2]), d: num(m[3]), dayKnown: true }) },
  // 17.10.2014 (day first, the European dotted form)
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    read: (m) => ({ y: num(m[3]), mo: num(m[2]), d: num(m[1]), dayKnown: true }) },
  // 10/17/2014 or 17/10/2014 or 17-10-2014: month first unless that cannot be
  { re: /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/g,
    read: (m) => {
      const a = num(m[1]);
      const b = num(m[2]);
      return a > 12 ? { y: num(m[3]), mo: b, d: a, dayKnown: true } : { y: num(m[3]), mo: a, d: b, dayKnown: true };
    } },
  // 3/12/07: month first, a two-digit year (the latest year not after this one: a policy's date is
  // never in the future, so '85' is 1985); slashes only, so "1.2.3" and "1-2-3" stay out
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2})\b(?![/\d])/g,
    read: (m) => {
      const a = num(m[1]);
      const b = num(m[2]);
      const yy = num(m[3]);
      const y = 2000 + yy <= new Date().getUTCFullYear() ? 2000 + yy : 1900 + yy;
      return a > 12 ? { y, mo: b, d: a, dayKnown: true } : { y, mo: a, d: b, dayKnown: true };
    } },
  // October 2014 / Oct. 2014 (day unknown: the first of the month)
  { re: new RegExp(`\\b${MONTH_SOURCE}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => ({ y: num(m[2]), mo: month(m[1]), d: 1, dayKnown: false }) },
];

export interface FoundDate {
  /** YYYY-MM-DD */
  readonly iso: string;
  readonly index: number;
  readonly length: number;
  /** False for "October 2014": the day was set to 01. */
  readonly dayKnown: boolean;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function valid(y: number, mo: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(mo) || !Number.isInteger(d)) return false;
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first date in `text` (earliest position; a full date beats a month-year at the same spot). */
export function findFirstDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const pattern of DATE_PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      if (best && m.index > best.index) break;
      const parts = pattern.read(m);
      if (!parts || !valid(parts.y, parts.mo, parts.d)) continue;
      const found = { iso: `${parts.y}-${pad(parts.mo)}-${pad(parts.d)}`, index: m.index, length: m[0].length, dayKnown: parts.dayKnown };
      if (!best || found.index < best.index || (found.index === best.index && found.dayKnown && !best.dayKnown)) best = found;
      break;
    }
  }
  return best;
}
