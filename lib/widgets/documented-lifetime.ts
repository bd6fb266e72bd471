/**
 * A cookie lifetime as the catalogue writes it ("9 months", "session", "not documented"), in a
 * shape any language can word: a count of a unit Intl.NumberFormat knows, the browser session,
 * or null when the catalogue says no more than that it is not documented (or says it in words,
 * "set by the site in the widget editor"), so nothing is claimed.
 */
export type DocumentedLifetime =
  | { readonly kind: 'span'; readonly count: number; readonly unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' }
  | { readonly kind: 'session' };

export function documentedLifetimeOf(text: string): DocumentedLifetime | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'session') return { kind: 'session' };
  const match = /^(\d+) (minute|hour|day|week|month|year)s?$/.exec(trimmed);
  if (!match) return null;
  return { kind: 'span', count: Number(match[1]), unit: match[2] as 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' };
}
