import { describe, expect, it } from 'vitest';
import { noSaleVsAdvertising } from '../../../lib/practice/rules/no-sale-vs-advertising';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, policyOf, practiceInput } from './practice-input';

const noSale = policyOf('We do not sell your personal information.');
const fbp = cookieRecord('_fbp', { vendor: 'Meta', category: 'advertising', expires: expiresIn(90) });
const criteo = { vendor: 'Criteo', category: 'advertising', hosts: ['static.criteo.net'] };

describe('"we do not sell" against advertising networks', () => {
  it('an advertising identifier set is a medium mismatch, an ad network only loaded a low one', () => {
    const found = noSaleVsAdvertising(practiceInput({ sitePolicy: noSale, cookies: [fbp], trackers: [criteo, { vendor: 'Meta', category: 'advertising', hosts: ['connect.facebook.net'] }] }));
    expect(found.map((m) => [m.observed.name, m.severity])).toEqual([['_fbp', 'medium'], ['Criteo', 'low']]);
    expect(found[0]!.policyEvidence).toMatchObject({ fact: 'sellsData', quote: 'We do not sell your personal information.' });
  });

  it('none when the policy discloses advertising, is silent on selling, or the page has no advertising', () => {
    const disclosed = policyOf('We do not sell your personal information. We use advertising cookies to show you ads.');
    expect(noSaleVsAdvertising(practiceInput({ sitePolicy: disclosed, cookies: [fbp], trackers: [criteo] }))).toEqual([]);
    const silent = policyOf('We share personal data with service providers who host our website.');
    expect(noSaleVsAdvertising(practiceInput({ sitePolicy: silent, cookies: [fbp], trackers: [criteo] }))).toEqual([]);
    const analytics = cookieRecord('_ga', { vendor: 'Google Analytics', category: 'analytics', expires: expiresIn(730) });
    expect(noSaleVsAdvertising(practiceInput({ sitePolicy: noSale, cookies: [analytics] }))).toEqual([]);
  });
});
