/**
 * Numbers and durations as policies write them: "30 days", "thirty (30) days", "seventy-two
 * hours", "a 30-day period", "12 months". Shared by the retention, response-time, change-notice
 * and child-age extractors.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Regex source for a number written in words, up to "one hundred and eighty" (teens before units, whole words: "sixteen" is not "six"). */
export const NUMBER_WORD_SOURCE =
  '(?:(?:one|a)\\s+hundred(?:\\s+(?:and\\s+)?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)?' +
  '|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\\b)?' +
  '|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z])';

/** Parses "30", "thirty", "seventy-two", "one hundred and eighty"; NaN if it is not a number. */
export function parseNumber(raw: string): number {
  const text = raw.trim().toLowerCase();
  if (/^\d+(?:,\d{3})*$/.test(text)) return Number(text.replace(/,/g, ''));
  let total = 0;
  let matched = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    if (word === 'a' && !matched) { total = 1; matched = true; continue; }
    if (word === 'hundred') { total = (total || 1) * 100; matched = true; continue; }
    const unit = UNITS[word];
    const ten = TENS[word];
    if (unit !== undefined) { total += unit; matched = true; } else if (ten !== undefined) { total += ten; matched = true; } else return Number.NaN;
  }
  return matched ? total : Number.NaN;
}

export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Duration {
  readonly value: number;
  readonly unit: DurationUnit;
  /** "business" / "working" / "calendar" when the text says so. */
  readonly qualifier: string | null;
  /** Offset of the match in the searched string and its length. */
  readonly index: number;
  readonly length: number;
}

// "thirty (30) days" | "(30) days" | "30 days" | "30-day" | "thirty days" | "twelve-month"
const DURATION_SOURCE =
  `(?:\\b(${NUMBER_WORD_SOURCE})\\s*\\(\\s*(\\d{1,4})\\s*\\)|\\(\\s*(\\d{1,4})\\s*\\)|\\b(\\d{1,4}(?:,\\d{3})?)|\\b(${NUMBER_WORD_SOURCE}))` +
  `(?:\\s*-\\s*|\\s+)(?:(calendar|business|working)\\s+)?(minutes?|hours?|days?|weeks?|months?|years?)\\b`;

/** Every duration in `text`, in order. Bounded regex: no nested unbounded quantifiers. */
const DURATION_RE = new RegExp(DURATION_SOURCE, 'gi');
const UNIT_WORD = /minute|hour|day|week|month|year/i;

export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  if (!UNIT_WORD.test(text)) return found;
  const re = DURATION_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[2] ?? m[3] ?? m[4] ?? m[1] ?? m[5] ?? '';
    const value = parseNumber(raw);
    if (!Number.isFinite(value)) continue;
    const unitWord = (m[7] ?? '').toLowerCase().replace(/s$/, '') as DurationUnit;
    found.push({ value, unit: unitWord, qualifier: m[6] ? m[6].toLowerCase() : null, index: m.index, length: m[0].length });
  }
  return found;
}

/** "30 days", "1 year", "30 business days": a duration as written, digits first. */
export function formatDuration(duration: Duration): string {
  const unit = duration.value === 1 ? duration.unit : `${duration.unit}s`;
  return duration.qualifier && duration.qualifier !== 'calendar'
    ? `${duration.value} ${duration.qualifier} ${unit}`
    : `${duration.value} ${unit}`;
}

/** Days in a duration, for response times ("one month" -> 30); null for minutes and hours. */
export function durationInDays(duration: Duration): number | null {
  switch (duration.unit) {
    case 'day': return duration.value;
    case 'week': return duration.value * 7;
    case 'month': return duration.value * 30;
    case 'year': return duration.value * 365;
    default: return null;
  }
}
