import { describe, expect, it } from 'vitest';
import { cookiesToCsv, scanCookiesToCsv } from '../../../lib/export/cookies-csv';
import { failedScanResult, type ScanResult } from '../../../lib/findings/scan-result';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import { cookieRecord } from '../cookies/cookie-record';

const HEADER = 'name,domain,path,party,vendor,category,purpose,expires,widget,partitioned,http_only,secure,same_site';

describe('cookiesToCsv', () => {
  it('is only the header for a page without cookies', () => {
    expect(cookiesToCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('writes one row per cookie, with session for a cookie without expiry', () => {
    const csv = cookiesToCsv([
      cookieRecord('_ga', { domain: '.shop.example', vendor: 'Google Analytics', category: 'analytics', purpose: 'Distinguishes users.', expires: '2027-11-23T10:00:00.000Z', sameSite: 'lax' }),
      cookieRecord('__zlcmid', { domain: '.zopim.com', party: 'third', vendor: 'Zendesk', widgetId: 'zendesk-chat', partitioned: true, httpOnly: true }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      '_ga,.shop.example,/,first,Google Analytics,analytics,Distinguishes users.,2027-11-23T10:00:00.000Z,,false,false,true,lax',
      '__zlcmid,.zopim.com,/,third,Zendesk,,,session,zendesk-chat,true,true,true,',
      '',
    ]);
  });

  it('quotes commas and defuses names a spreadsheet would run as formulas', () => {
    const csv = cookiesToCsv([cookieRecord('=HYPERLINK("x")', { purpose: 'Keeps a, b' })]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",example.com,/,first,,,"Keeps a, b",session,,false,false,true,`);
  });
});

describe('scanCookiesToCsv', () => {
  const page = (url: string, site: string, cookies: ScanResult['cookies']): ScanResult => ({
    url,
    site,
    widgets: [],
    cookies,
    policy: { url: null, lastUpdated: null, facts: emptyFacts() },
    trackers: [],
    thirdPartyHosts: [],
  });

  it("leads each cookie's row with the page it was seen on; a failed page has none", () => {
    const csv = scanCookiesToCsv([
      page('https://a.example/', 'a.example', [cookieRecord('sid', { domain: 'a.example' }), cookieRecord('IDE', { domain: '.doubleclick.net', party: 'third', vendor: 'Google' })]),
      failedScanResult('https://down.example/', 'down.example', 'net::ERR_CONNECTION_REFUSED'),
      page('https://b.example/?q=1,2', 'b.example', [cookieRecord('sid', { domain: 'b.example' })]),
    ]);
    expect(csv.split('\r\n')).toEqual([
      `url,site,${HEADER}`,
      'https://a.example/,a.example,sid,a.example,/,first,,,,session,,false,false,true,',
      'https://a.example/,a.example,IDE,.doubleclick.net,/,third,Google,,,session,,false,false,true,',
      '"https://b.example/?q=1,2",b.example,sid,b.example,/,first,,,,session,,false,false,true,',
      '',
    ]);
  });
});
