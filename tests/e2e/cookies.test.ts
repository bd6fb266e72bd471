import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { pageHtml } from '../../demo/pages';
import { badgeText } from './support/badge';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness((server) => {
    // A third party embedded in a frame that sets a partitioned (CHIPS) cookie.
    server.page('/embeds.html', pageHtml('Embeds', '<iframe src="https://embed.partitioned-demo.example/frame.html" title="map"></iframe>'));
    server.route('embed.partitioned-demo.example', '/frame.html', {
      body: '<p>embedded</p>',
      headers: { 'set-cookie': ['__Host-embed_session=abc; Path=/; Secure; SameSite=None; Partitioned'] },
    });
  });
});

afterAll(async () => {
  await harness?.close();
});

describe('the cookies of a tab', () => {
  it('lists first- and third-party cookies with vendor, purpose and expiry', async () => {
    const { page, report } = await harness.open('/shop.html');
    expect(report.site).toBe('127.0.0.1');
    const byName = new Map(report.cookies.map((cookie) => [cookie.name, cookie]));

    const ga = byName.get('_ga');
    expect(ga).toMatchObject({ party: 'first', domain: '127.0.0.1', vendor: 'Google Analytics' });
    expect(ga?.purpose).toBeTruthy();
    expect(Date.parse(ga!.expires!)).toBeGreaterThan(Date.now() + 365 * 86400_000);

    const ide = byName.get('IDE');
    expect(ide).toMatchObject({ party: 'third', domain: 'doubleclick.net', vendor: 'Google', httpOnly: true });

    const zendeskCookies = report.cookies.filter((cookie) => cookie.widgetId === 'zendesk-chat');
    expect(zendeskCookies.length).toBeGreaterThan(0);
    for (const cookie of zendeskCookies) {
      expect(cookie.vendor).toBe('Zendesk');
      expect(cookie.purpose).toBeTruthy();
    }
    expect(report.trackers.map((tracker) => tracker.vendor)).toEqual(expect.arrayContaining(['Google Tag Manager', 'Google (DoubleClick)']));
    await page.close();
  });

  it('includes partitioned cookies of embedded third parties', async () => {
    const { page, report } = await harness.open('/embeds.html');
    const embedded = report.cookies.find((cookie) => cookie.name === '__Host-embed_session');
    expect(embedded, JSON.stringify(report.cookies)).toMatchObject({ party: 'third', partitioned: true, domain: 'embed.partitioned-demo.example' });
    await page.close();
  });

  it('shows the count of widgets and trackers on the toolbar badge', async () => {
    const { page, tabId, report } = await harness.open('/shop.html');
    const badge = await badgeText(harness.browser, tabId);
    expect(badge).toBe(String(report.widgets.length + report.trackers.length));
    expect(Number(badge)).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
