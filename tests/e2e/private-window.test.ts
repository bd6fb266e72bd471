import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { pollUntil } from './support/poll';
import { openExtensionPage, send } from './support/extension-pages';
import { storedRecords, waitForHistory } from './support/history';
import { pageHtml } from '../../demo/pages';

/**
 * A private (incognito) window keeps its cookies in a store of its own. The extension, allowed in
 * private windows, must read and clear that store for a private tab (not the normal profile's
 * cookies of the same site), and nothing of a private visit may reach `storage.local`.
 */

let harness: Harness;

const visitPage = (label: string) =>
  pageHtml(
    `A ${label} visit`,
    `<p>Shop.</p><a href="/private-policy.html">Privacy Policy</a>
<script>document.cookie = '${label}_visit=1; path=/; max-age=86400';</script>`,
  );
const policyPage = pageHtml(
  'Privacy Policy',
  `<h1>Privacy Policy</h1><p>We keep your order data for 30 days and then delete it. We do not sell your personal information.
We share data with service providers who process orders for us. Contact privacy@shop.example for questions.</p>`,
);

type Chrome = {
  windows: { create(details: object): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string; incognito: boolean }[]> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

/** An extension page, through which the test asks what the extension sees (as the popup does). */
let extensionPage: Page;

async function tabIdOfUrl(url: string, incognito: boolean): Promise<number> {
  const id = await pollUntil(
    () =>
      extensionPage.evaluate(
        async (wanted: string, isPrivate: boolean) => {
          const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
          return tabs.find((tab) => tab.url === wanted && tab.incognito === isPrivate)?.id ?? null;
        },
        url,
        incognito,
      ),
    (found) => found !== null,
    15_000,
  );
  if (id === null || id === undefined) throw new Error(`no ${incognito ? 'private' : 'normal'} tab for ${url}`);
  return id;
}

const cookieNamesFor = async (tabId: number) => {
  const reply = await pollUntil(
    () => send<{ ok: boolean; report?: { cookies: { name: string }[] } }>(extensionPage, { type: 'get-tab-report', tabId }),
    (found) => found.ok && (found.report?.cookies.length ?? 0) > 0,
    15_000,
  );
  return (reply.report?.cookies ?? []).map((cookie) => cookie.name).sort();
};

const storedLocally = () => extensionPage.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null)));

beforeAll(async () => {
  harness = await startHarness((server) => {
    server.page('/private-visit.html', visitPage('private'));
    server.page('/normal-visit.html', visitPage('normal'));
    server.page('/private-policy.html', policyPage);
  }, { allowInPrivate: true });
  extensionPage = await openExtensionPage(harness);
});

afterAll(async () => {
  await harness?.close();
});

describe('a private window', () => {
  let normal: Page;
  let privateTab: number;

  it('is a private tab to the extension', async () => {
    normal = await harness.browser.newPage();
    await normal.goto(`${harness.server.origin}/normal-visit.html`, { waitUntil: 'load' });
    // A real private window, as the user opens one (a protocol-made context is another kind of
    // off-the-record profile, where Chromium runs no extension at all).
    await extensionPage.evaluate(
      (url: string) => (globalThis as unknown as { chrome: Chrome }).chrome.windows.create({ incognito: true, url }),
      `${harness.server.origin}/private-visit.html`,
    );
    privateTab = await tabIdOfUrl(`${harness.server.origin}/private-visit.html`, true);
    expect(privateTab).toBeGreaterThan(0);
  });

  it("lists the private tab's own cookies, not the normal profile's", async () => {
    expect(await cookieNamesFor(privateTab)).toEqual(['private_visit']);
    const normalTab = await tabIdOfUrl(`${harness.server.origin}/normal-visit.html`, false);
    expect(await cookieNamesFor(normalTab)).toEqual(['normal_visit']);
  });

  it('reads the policy of a private tab without writing it to storage.local', async () => {
    const before = Object.keys(JSON.parse(await storedLocally()) as object).sort();
    const reply = await send<{ ok: boolean; policy?: { status: string; url: string } }>(extensionPage, { type: 'get-policy', tabId: privateTab });
    expect(reply.policy?.status).toBe('ready');
    const policyPath = new URL(reply.policy?.url ?? 'http://invalid/').pathname;
    expect(policyPath.length).toBeGreaterThan(1);
    const after = await storedLocally();
    expect(after).not.toContain(policyPath);
    expect(Object.keys(JSON.parse(after) as object).sort()).toEqual(before);
  });

  it('leaves nothing of the private visit in the history, not even once its policy was read (which writes a normal visit again)', async () => {
    const normalTab = await tabIdOfUrl(`${harness.server.origin}/normal-visit.html`, false);
    const site = new URL(harness.server.origin).hostname;
    // The normal tab's policy read after the private tab's: once its record has the policy, the private read's turn has passed too.
    const reply = await send<{ ok: boolean; policy?: { status: string } }>(extensionPage, { type: 'get-policy', tabId: normalTab });
    expect(reply.policy?.status).toBe('ready');
    await waitForHistory(harness, [site], (list) => list.find((summary) => summary.site === site)?.policyStatus === 'ready');
    const records = await storedRecords(harness);
    expect(records.map((record) => record.site)).toEqual([site]);
    expect(records[0]!.pages.some((page) => page.includes('normal-visit'))).toBe(true);
    expect(JSON.stringify(records)).not.toContain('private');
  });
});
