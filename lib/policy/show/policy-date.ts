/**
 * A policy's date (YYYY-MM-DD, as the analyser writes `lastUpdated`) as people in `locale` write
 * it: "March 3, 2024", "3. März 2024", "3 mars 2024". Read as a calendar day (UTC), so no time
 * zone moves it to the day before. Anything else is shown as it is.
 */
export function policyDateInWords(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime()) || day.getUTCDate() !== Number(match[3])) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}
