import { describe, expect, it } from 'vitest';
import { dntVsTracking } from '../../../lib/practice/rules/dnt-vs-tracking';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, policyOf, practiceInput } from './practice-input';

const honours = policyOf('We honor Do Not Track signals and do not track visitors who send them.');
const signalsOn = { dnt: true, gpc: true };
const trackers = [
  { vendor: 'Google (DoubleClick)', category: 'advertising', hosts: ['ad.doubleclick.net'] },
  { vendor: 'Google Tag Manager', category: 'tag-manager', hosts: ['www.googletagmanager.com'] },
];
const clarity = cookieRecord('_clck', { vendor: 'Microsoft Clarity', category: 'analytics', expires: expiresIn(365) });

describe('"we honour Do Not Track" against tracking with DNT on', () => {
  it('an advertising tracker loaded and an analytics identifier set with DNT and GPC on are mismatches', () => {
    const found = dntVsTracking(practiceInput({ sitePolicy: honours, privacySignals: signalsOn, trackers, cookies: [clarity] }));
    expect(found.map((m) => [m.observed.type, m.observed.name, m.severity])).toEqual([
      ['tracker', 'Google (DoubleClick)', 'high'],
      ['cookie', '_clck', 'medium'],
    ]);
    expect(found[0]!.policyEvidence.quote).toBe('We honor Do Not Track signals and do not track visitors who send them.');
    expect(found[0]!.observed.text).toContain('DNT: 1 and Sec-GPC: 1');
  });

  it('none without the signal, with a policy that does not promise it, or with only a tag manager and session cookies', () => {
    expect(dntVsTracking(practiceInput({ sitePolicy: honours, trackers, cookies: [clarity] }))).toEqual([]);
    expect(dntVsTracking(practiceInput({ sitePolicy: honours, privacySignals: { dnt: false, gpc: true }, trackers, cookies: [clarity] }))).toEqual([]);
    const refuses = policyOf('We do not respond to Do Not Track signals.');
    expect(refuses.facts.dnt.value).toBe('not-honored');
    expect(dntVsTracking(practiceInput({ sitePolicy: refuses, privacySignals: signalsOn, trackers, cookies: [clarity] }))).toEqual([]);
    const quiet = practiceInput({ sitePolicy: honours, privacySignals: signalsOn, trackers: [trackers[1]!], cookies: [cookieRecord('_gid', { category: 'analytics', expires: null })] });
    expect(dntVsTracking(quiet)).toEqual([]);
  });
});
