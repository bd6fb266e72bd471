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
      await page.close();
    });
  }
});
