/** Days in a stated retention period as the analyser writes it ("30 days", "2 years", "30 business days", "30 minutes"); null if unreadable. */
export function periodDays(period: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s+(?:[a-z]+\s+)?(minute|hour|day|week|month|year)s?$/i.exec(period.trim());
  if (!match) return null;
  const perUnit = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 }[match[2]!.toLowerCase() as 'hour'];
  // A business day is longer than a calendar day (30 business days are about 42 days): count them as such.
  const business = /\b(?:business|working)\b/i.test(period) ? 7 / 5 : 1;
  return Number(match[1]) * perUnit * business;
}

/** The longest of the stated periods in days, or null when there is none or one is unreadable (not clear). */
export function longestPeriodDays(periods: readonly string[]): { days: number; period: string } | null {
  let longest: { days: number; period: string } | null = null;
  for (const period of periods) {
    const days = periodDays(period);
    if (days === null) return null;
    if (!longest || days > longest.days) longest = { days, period };
  }
  return longest;
}

/** Days a cookie still has to live at `now`; null for a session cookie or an unreadable expiry. */
export function cookieLifetimeDays(expires: string | null, now: number): number | null {
  if (expires === null) return null;
  const at = Date.parse(expires);
  return Number.isFinite(at) ? (at - now) / 86_400_000 : null;
}

/** A time in one unit ("1.1 years" is 1.1 `year`): how a lifetime is kept, to be said in any language. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export interface Quantity {
  readonly count: number;
  readonly unit: TimeUnit;
}

export const TIME_UNITS: readonly TimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/** A lifetime in days as the unit it is said in: years (to a tenth), months, days, or hours under a day. */
export function lifetimeOf(days: number): Quantity {
  if (days >= 365 * 0.95) return { count: Math.round(days / 365 * 10) / 10, unit: 'year' };
  if (days >= 60) return { count: Math.round(days / 30), unit: 'month' };
  if (days >= 1) return { count: Math.round(days), unit: 'day' };
  return { count: Math.max(1, Math.round(days * 24)), unit: 'hour' };
}

/** "2 years", "13 months", "45 days": a lifetime in days, in words (in `locale`'s by Intl: "2 Jahre", "45 jours"). */
export function daysInWords(days: number, locale = 'en'): string {
  return quantityInWords(lifetimeOf(days), locale);
}

/** A stated period ("30 days") in `locale`'s words; one Intl has no unit for ("30 business days") stays as written. */
export function periodInWords(period: string, locale: string): string {
  const match = /^(\d+(?:\.\d+)?) (minute|hour|day|week|month|year)s?$/.exec(period);
  return match && locale !== 'en' ? unitInWords(Number(match[1]), match[2]!, locale) : period;
}

/** A quantity in `locale`'s words. */
export function quantityInWords({ count, unit }: Quantity, locale: string): string {
  return unitInWords(count, unit, locale);
}

/** English as `scan` has always written it ("1 day", "1.1 years"); another language by Intl's unit names. */
function unitInWords(count: number, unit: string, locale: string): string {
  if (locale === 'en') return `${count} ${unit}${count === 1 ? '' : 's'}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  } catch {
    return `${count} ${unit}${count === 1 ? '' : 's'}`;
  }
}
