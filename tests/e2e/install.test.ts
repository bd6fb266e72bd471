import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { FixtureServer } from '../../cli/fixture-server';
import { addDemoSite } from '../../demo/site';
import { chromeBuildDir } from '../../cli/extension-build';
import { baseChromiumFlags, chromiumPath, currentWorker } from '../../cli/launch-browser';
import { tabIdOf } from '../../cli/scanner';
import { waitForBadge } from './support/badge';
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
  await pollUntil(async () => (await currentWorker(browser)).evaluate(() => 'privacyInspector' in globalThis).catch(() => false), Boolean, 15_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('tabs open before the extension was installed', () => {
  it('count their widget and trackers on the badge, with no one asking', async () => {
    const tabId = await tabIdOf(browser, shop);
    // Zendesk Chat, Google Tag Manager and DoubleClick: what the detector reads from the page's requests.
    const badge = await waitForBadge(browser, tabId, (text) => Number(text) >= 3, 15_000);
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
