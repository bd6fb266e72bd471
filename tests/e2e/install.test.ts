import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { FixtureServer } from '../../cli/fixture-server';
import { addDemoSite } from '../../demo/site';
import { chromeBuildDir } from '../../cli/extension-build';
import { baseChromiumFlags, chromiumPath } from '../../cli/launch-browser';
import { tabIdOf } from '../../cli/scanner';
import type { WorkerGlobals } from '../../cli/worker-globals';
import { oneTrust, shopPage } from '../fixtures/consent/consent-managers';
import { pollUntil } from './support/poll';

/**
 * Tabs that were open before the extension was installed: their pages loaded before the
 * extension could see them, so it gives them its page scripts at install, without anyone
 * opening the popup.
 */
let server: FixtureServer;
let browser: Browser;
let profile: string;
let shop: Page;
let bannerPage: Page;

beforeAll(async () => {
  server = await new FixtureServer().start();
  addDemoSite(server);
  server.route(oneTrust.scriptHost, oneTrust.scriptPath, { body: oneTrust.script, contentType: 'text/javascript' });
  server.route('www.consent-shop.example', '/', { body: shopPage('Consent shop', oneTrust.head) });
  profile = await mkdtemp(join(tmpdir(), 'privacy-inspector-install-'));
  // No extension at launch: it is installed later, as a user does, through the DevTools protocol.
  browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...baseChromiumFlags, ...server.chromiumArgs()],
    userDataDir: profile,
    enableExtensions: true,
  });
  shop = await browser.newPage();
  await shop.goto(`${server.origin}/shop.html`, { waitUntil: 'load' });
  bannerPage = await browser.newPage();
  await bannerPage.goto('https://www.consent-shop.example/', { waitUntil: 'load' });
  await browser.installExtension(chromeBuildDir);
  // The worker target exists before its script has run: wait until the background is wired.
  await pollUntil(async () => (await worker()).evaluate(() => 'privacyInspector' in globalThis).catch(() => false), Boolean, 15_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function worker() {
  const target = await browser.waitForTarget((candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith('chrome-extension://'), { timeout: 30_000 });
  const found = await target.worker();
  if (!found) throw new Error('no extension service worker');
  return found;
}

describe('tabs open before the extension was installed', () => {
  it('count their widget and trackers on the badge, with no one asking', async () => {
    const tabId = await tabIdOf(browser, shop);
    const badgeOf = async () => (await worker()).evaluate((id: number) => (globalThis as unknown as WorkerGlobals).chrome.action.getBadgeText({ tabId: id }), tabId);
    // Zendesk Chat, Google Tag Manager and DoubleClick: what the detector reads from the page's requests.
    const badge = await pollUntil(badgeOf, (text) => Number(text) >= 3, 15_000, 200);
    expect(Number(badge)).toBeGreaterThanOrEqual(3);
  });

  it('get their cookie banner refused', async () => {
    const choice = await pollUntil(
      () => bannerPage.evaluate(() => (window as unknown as { __consentChoice: string | null }).__consentChoice),
      (value) => value === 'rejected',
      15_000,
      200,
    );
    expect(choice).toBe('rejected');
  });
});
