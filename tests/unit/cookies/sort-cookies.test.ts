import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CookieRecord } from '../../../lib/cookies/classify';
import { sortCookies, type CookieSortKey, type SortDirection } from '../../../lib/cookies/sort-cookies';
import { cookieRecord } from './cookie-record';

const names = (cookies: readonly CookieRecord[]) => cookies.map((cookie) => cookie.name);

const table = [
  cookieRecord('_ga', { vendor: 'Google Analytics', party: 'first', expires: '2027-01-01T00:00:00.000Z' }),
  cookieRecord('session', { vendor: null, party: 'first', expires: null }),
  cookieRecord('__zlcmid', { vendor: 'Zendesk', party: 'third', expires: '2026-01-01T00:00:00.000Z' }),
  cookieRecord('IDE', { vendor: 'Google', party: 'third', expires: '2025-06-01T00:00:00.000Z' }),
  cookieRecord('cart', { vendor: null, party: 'first', expires: null }),
];

describe('sortCookies', () => {
  it('sorts by name both ways', () => {
    expect(names(sortCookies(table, 'name', 'asc'))).toEqual(['__zlcmid', '_ga', 'cart', 'IDE', 'session']);
    expect(names(sortCookies(table, 'name', 'desc'))).toEqual(['session', 'IDE', 'cart', '_ga', '__zlcmid']);
  });

  it('puts unknown vendors last in both directions, tied ones by name', () => {
    expect(names(sortCookies(table, 'vendor', 'asc'))).toEqual(['IDE', '_ga', '__zlcmid', 'cart', 'session']);
    expect(names(sortCookies(table, 'vendor', 'desc'))).toEqual(['__zlcmid', '_ga', 'IDE', 'cart', 'session']);
  });

  it('puts session cookies last in both directions and orders the rest by date', () => {
    expect(names(sortCookies(table, 'expires', 'asc'))).toEqual(['IDE', '__zlcmid', '_ga', 'cart', 'session']);
    expect(names(sortCookies(table, 'expires', 'desc'))).toEqual(['_ga', '__zlcmid', 'IDE', 'cart', 'session']);
  });

  it('orders "practically forever" dates (six-digit years) after ordinary ones', () => {
    const cookies = [
      cookieRecord('forever', { expires: '+275760-09-13T00:00:00.000Z' }),
      cookieRecord('soon', { expires: '2030-01-01T00:00:00.000Z' }),
      cookieRecord('ancient', { expires: '-000100-01-01T00:00:00.000Z' }),
    ];
    expect(names(sortCookies(cookies, 'expires', 'asc'))).toEqual(['ancient', 'soon', 'forever']);
    expect(names(sortCookies(cookies, 'expires', 'desc'))).toEqual(['forever', 'soon', 'ancient']);
  });

  it('breaks ties by name, ascending, whichever the direction', () => {
    expect(names(sortCookies(table, 'party', 'asc'))).toEqual(['_ga', 'cart', 'session', '__zlcmid', 'IDE']);
    expect(names(sortCookies(table, 'party', 'desc'))).toEqual(['__zlcmid', 'IDE', '_ga', 'cart', 'session']);
  });

  it('keeps rows with the same name in their original order', () => {
    const twins = [
      cookieRecord('id', { domain: 'a.example' }),
      cookieRecord('id', { domain: 'b.example' }),
      cookieRecord('id', { domain: 'c.example' }),
    ];
    expect(sortCookies(twins, 'name', 'desc').map((cookie) => cookie.domain)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('returns a new array and leaves the input alone', () => {
    const before = names(table);
    const sorted = sortCookies(table, 'name', 'asc');
    expect(sorted).not.toBe(table);
    expect(names(table)).toEqual(before);
  });

  it('property: a permutation of the input with every empty value at the end', () => {
    const maybe = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: null });
    const record = fc
      .record({
        name: fc.stringMatching(/^[a-z_]{1,6}$/),
        vendor: maybe(['Google', 'Meta', 'Zendesk']),
        purpose: maybe(['Ads', 'Chat']),
        expires: maybe(['2025-01-01T00:00:00.000Z', '2031-05-05T00:00:00.000Z', '+275760-09-13T00:00:00.000Z']),
        party: fc.constantFrom('first' as const, 'third' as const),
      })
      .map(({ name, ...fields }) => cookieRecord(name, fields));
    const key = fc.constantFrom<CookieSortKey>('name', 'party', 'vendor', 'purpose', 'expires');
    const direction = fc.constantFrom<SortDirection>('asc', 'desc');
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), key, direction, (records, sortKey, sortDirection) => {
        // A distinct domain per row tells rows with the same name apart.
        const cookies = records.map((cookie, index) => ({ ...cookie, domain: `d${index}.example` }));
        const sorted = sortCookies(cookies, sortKey, sortDirection);
        const domains = (rows: readonly CookieRecord[]) => rows.map((cookie) => cookie.domain).sort();
        expect(domains(sorted)).toEqual(domains(cookies));
        const firstEmpty = sorted.findIndex((cookie) => cookie[sortKey] === null);
        if (firstEmpty >= 0) expect(sorted.slice(firstEmpty).every((cookie) => cookie[sortKey] === null)).toBe(true);
      }),
    );
  });
});
