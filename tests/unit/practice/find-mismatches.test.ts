import { describe, expect, it } from 'vitest';
import { findMismatches } from '../../../lib/practice/find-mismatches';
import { periodDays, longestPeriodDays, daysInWords } from '../../../lib/practice/lifetimes';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, policyOf, practiceInput } from './practice-input';

describe('findMismatches', () => {
  it('runs every rule and lists the clearest first', () => {
    const sitePolicy = policyOf('We keep your personal data for 1 year. We do not sell your personal information.');
    const cookies = [
      cookieRecord('_fbp', { vendor: 'Meta', category: 'advertising', expires: expiresIn(90) }),
      cookieRecord('_ga', { vendor: 'Google Analytics', category: 'analytics', expires: expiresIn(3650) }),
    ];
    const found = findMismatches(practiceInput({ sitePolicy, cookies }));
    expect(found.map((m) => [m.kind, m.severity, m.observed.name])).toEqual([['retention', 'high', '_ga'], ['no-sale', 'medium', '_fbp']]);
  });

  it('finds nothing on a consistent page', () => {
    const sitePolicy = policyOf('We keep your personal data for 2 years. We share personal data with service providers who host our website.');
    const cookies = [cookieRecord('_ga', { vendor: 'Google Analytics', category: 'analytics', expires: expiresIn(730) })];
    expect(findMismatches(practiceInput({ sitePolicy, cookies }))).toEqual([]);
  });
});

describe('lifetimes', () => {
  it('reads the periods the analyser writes; unreadable ones make the policy unclear', () => {
    expect(periodDays('30 days')).toBe(30);
    expect(periodDays('2 years')).toBe(730);
    expect(periodDays('1 week')).toBe(7);
    expect(periodDays('30 business days')).toBe(42);
    expect(periodDays('forever')).toBeNull();
    expect(longestPeriodDays(['30 days', '6 months'])).toEqual({ days: 180, period: '6 months' });
    expect(longestPeriodDays(['30 days', 'a while'])).toBeNull();
    expect(longestPeriodDays([])).toBeNull();
    expect(daysInWords(730)).toBe('2 years');
    expect(daysInWords(395)).toBe('1.1 years');
    expect(daysInWords(90)).toBe('3 months');
    expect(daysInWords(0.5)).toBe('12 hours');
  });
});
