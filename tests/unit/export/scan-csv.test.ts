import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../lib/findings/scan-result';
import { failedScanResult } from '../../../lib/findings/scan-result';
import { scanResultsToCsv } from '../../../lib/export/scan-csv';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import { cookieRecord } from '../cookies/cookie-record';

const HEADER = 'url,site,widgets,widget_names,cookies,third_party_cookies,vendor_cookies,trackers,policy_url,policy_last_updated,error,loaded';

const lines = (csv: string) => csv.split('\r\n');

function scanResult(fields: Partial<ScanResult> = {}): ScanResult {
  return {
    url: 'https://www.shop.example/',
    site: 'shop.example',
    widgets: [
      { id: 'zendesk-chat', name: 'Zendesk Chat (Zopim)', vendor: 'Zendesk', evidence: ['script https://v2.zopim.com/'] },
      { id: 'intercom', name: 'Intercom Messenger', vendor: 'Intercom', evidence: ['global Intercom'] },
    ],
    cookies: [
      cookieRecord('sid'),
      cookieRecord('_ga', { vendor: 'Google Analytics' }),
      cookieRecord('__zlcmid', { party: 'third', vendor: 'Zendesk' }),
      cookieRecord('xyz', { party: 'third' }),
    ],
    policy: { url: 'https://www.shop.example/privacy', lastUpdated: '2024-05-01', facts: emptyFacts() },
    trackers: [
      { vendor: 'Google Analytics', category: 'analytics', hosts: ['www.google-analytics.com'] },
      { vendor: 'Meta', category: 'advertising', hosts: ['connect.facebook.net'] },
    ],
    thirdPartyHosts: ['v2.zopim.com', 'www.google-analytics.com', 'connect.facebook.net'],
    ...fields,
  };
}

describe('scanResultsToCsv', () => {
  it('starts with the header and ends every line with CRLF', () => {
    const csv = scanResultsToCsv([]);
    expect(csv).toBe(`${HEADER}\r\n`);
  });

  it('writes one row per result with the figures researchers compare', () => {
    const csv = scanResultsToCsv([scanResult()]);
    expect(lines(csv)).toEqual([
      HEADER,
      'https://www.shop.example/,shop.example,zendesk-chat;intercom,Zendesk Chat (Zopim);Intercom Messenger,4,2,2,Google Analytics;Meta,https://www.shop.example/privacy,2024-05-01,,true',
      '',
    ]);
  });

  it('says false in the last column for a page read without its load event', () => {
    const csv = scanResultsToCsv([scanResult({ loaded: false })]);
    expect(lines(csv)[1]!.endsWith(',2024-05-01,,false')).toBe(true);
  });

  it('writes a failed scan as zeros, empty lists and its error', () => {
    const csv = scanResultsToCsv([failedScanResult('https://down.example/', 'down.example', 'net::ERR_NAME_NOT_RESOLVED')]);
    expect(lines(csv)[1]).toBe('https://down.example/,down.example,,,0,0,0,,,,net::ERR_NAME_NOT_RESOLVED,');
  });

  it('quotes an error with commas or line breaks, keeping the row count right', () => {
    const csv = scanResultsToCsv([failedScanResult('https://a.example/', 'a.example', 'Timeout, after 30s\nnavigating')]);
    expect(csv).toBe(`${HEADER}\r\nhttps://a.example/,a.example,,,0,0,0,,,,"Timeout, after 30s\nnavigating",\r\n`);
  });

  it('defuses text from the scanned site that looks like a formula', () => {
    const csv = scanResultsToCsv([
      scanResult({ url: 'https://a.example/?q=1,2', policy: { url: null, lastUpdated: '=1+1', facts: emptyFacts() } }),
      failedScanResult('https://b.example/', 'b.example', '-1 net::ERR_FAILED'),
    ]);
    const [, first, second] = lines(csv);
    expect(first).toMatch(/^"https:\/\/a\.example\/\?q=1,2",/);
    expect(first).toMatch(/,,'=1\+1,,true$/);
    expect(second).toMatch(/,'-1 net::ERR_FAILED,$/);
  });

  it('writes no policy URL or date as empty cells', () => {
    const csv = scanResultsToCsv([scanResult({ policy: { url: null, lastUpdated: null, facts: emptyFacts(), status: 'not-found' } })]);
    expect(lines(csv)[1]!.endsWith('Google Analytics;Meta,,,,true')).toBe(true);
  });

  it('keeps results in the order given', () => {
    const csv = scanResultsToCsv([
      failedScanResult('https://one.example/', 'one.example', 'e1'),
      scanResult({ url: 'https://two.example/', site: 'two.example' }),
      failedScanResult('https://three.example/', 'three.example', 'e3'),
    ]);
    expect(lines(csv).slice(1, -1).map((line) => line.split(',')[1])).toEqual(['one.example', 'two.example', 'three.example']);
  });
});
