import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { FixtureServer } from '../../cli/fixture-server';
import { projectRoot } from '../../cli/extension-build';
import { cookiebot, oneTrust, shopPage } from '../fixtures/consent/consent-managers';

/**
 * Cookie banners in Firefox ESR: the same content script and background paths (messages,
 * user style sheets, MAIN-world snippets) through Firefox's own APIs. Firefox has no
 * --host-resolver-rules, so the vendors' scripts are served from the test origin.
 */
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const firefoxBuild = join(projectRoot, '.output', 'firefox-mv3');
let server: FixtureServer;
let browser: Browser;
let profile: string;

beforeAll(async () => {
  if (!existsSync(firefoxPath)) throw new Error(`Firefox not found at ${firefoxPath}: apt-get install -y firefox-esr (.ci/run does)`);
  server = await new FixtureServer().start();
  server.route('127.0.0.1', '/onetrust.js', { body: oneTrust.script, contentType: 'text/javascript' });
  server.route('127.0.0.1', '/cookiebot.js', { body: cookiebot.script, contentType: 'text/javascript' });
  server.page('/onetrust.html', shopPage('Consent shop', '<script src="/onetrust.js"></script>'));
  server.page('/cookiebot.html', shopPage('Cookiebot shop', '<script id="Cookiebot" src="/cookiebot.js"></script>'));
  // A banner in the page itself, on a page whose load event waits for a slow image.
  server.route('127.0.0.1', '/slow.gif', { body: 'GIF89a', contentType: 'image/gif', delayMs: 4000 });
  server.page('/inline-banner.html', shopPage('Banner shop', '').replace('</main>', '<img alt="" src="/slow.gif"></main><div id="onetrust-banner-sdk" style="height:40px">We use cookies.</div>'));
  profile = await mkdtemp(join(tmpdir(), 'privacy-inspector-firefox-'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, userDataDir: profile });
  await browser.installExtension(firefoxBuild);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('cookie banners in Firefox', () => {
  for (const [name, path, banner] of [
    ['OneTrust', '/onetrust.html', '#onetrust-banner-sdk'],
    ['Cookiebot (found through its MAIN-world globals)', '/cookiebot.html', '#CybotCookiebotDialog'],
  ] as const) {
    it(`rejects ${name}`, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __consentChoice: string | null }).__consentChoice !== null, { timeout: 20_000 });
      expect(await page.evaluate(() => (window as unknown as { __consentChoice: string | null }).__consentChoice)).toBe('rejected');
      expect(await page.$eval(banner, (element) => getComputedStyle(element).display)).toBe('none');
      expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
      // No hiding sheet is left behind: shown again, the banner is fully visible.
      await page.$eval(banner, (element) => ((element as HTMLElement).style.display = 'block'));
      await page.waitForFunction((css: string) => getComputedStyle(document.querySelector(css)!).opacity === '1', { timeout: 10_000 }, banner);
      await page.close();
    });
  }

  it('hides a known banner while the page is still loading', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/inline-banner.html`, { waitUntil: 'domcontentloaded' });
    const seen = await page.waitForFunction(
      () => {
        const opacity = getComputedStyle(document.getElementById('onetrust-banner-sdk')!).opacity;
        return opacity === '0' ? document.readyState : null;
      },
      { timeout: 10_000, polling: 50 },
    );
    expect(await seen.jsonValue()).not.toBe('complete');
    await page.close();
  });
});
