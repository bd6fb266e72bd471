import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { FixtureServer } from '../../cli/fixture-server';
import { pageHtml } from '../../demo/pages';
import { projectRoot } from '../../cli/extension-build';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const firefoxBuild = join(projectRoot, '.output', 'firefox-mv3');
let server: FixtureServer;
/** Another origin (another port), for a cross-origin request. */
let thirdParty: FixtureServer;
let browser: Browser;
let profile: string;

beforeAll(async () => {
  if (!existsSync(firefoxPath)) throw new Error(`Firefox not found at ${firefoxPath}: apt-get install -y firefox-esr (.ci/run does)`);
  server = await new FixtureServer().start();
  // A page that watches for the extension's MAIN-world probe: the probe reads only own data
  // properties (a getter is never run), but it does call the page's
  // `Object.getOwnPropertyDescriptor`, the one trace docs/security.md owns up to, so the page
  // wraps it and notes a look at `zE`. The probe runs only after the content script has
  // reported the page. The content
  // script reports a DOM change; it arrives when the page has loaded, so the page keeps changing
  // until it is read rather than once at a moment the script may not be there yet.
  server.page(
    '/probe.html',
    pageHtml('Probe', `<div id="out">unread</div><script>
      var describe = Object.getOwnPropertyDescriptor;
      Object.getOwnPropertyDescriptor = function (target, name) { if (target === window && name === 'zE') document.getElementById('out').textContent = 'read'; return describe(target, name); };
      var changes = setInterval(function () {
        if (document.getElementById('out').textContent === 'read') clearInterval(changes);
        else document.body.appendChild(document.createElement('section'));
      }, 300);
    </script>`),
  );
  // The same, with no DOM change at all: only the content script's resource-timing observer
  // (the image from another origin) can make it report, and so the probe run.
  thirdParty = await new FixtureServer().start();
  thirdParty.route('127.0.0.1', '/pixel.gif', { body: 'GIF89a', contentType: 'image/gif' });
  server.page(
    '/probe-requests.html',
    pageHtml('Probe requests', `<div id="out">unread</div><img alt="" src="${thirdParty.origin}/pixel.gif"><script>
      var describe = Object.getOwnPropertyDescriptor;
      Object.getOwnPropertyDescriptor = function (target, name) { if (target === window && name === 'zE') document.getElementById('out').textContent = 'read'; return describe(target, name); };
    </script>`),
  );
  profile = await mkdtemp(join(tmpdir(), 'privacy-inspector-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profile,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await thirdParty?.stop();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('the Firefox build', () => {
  it('installs into Firefox ESR, and its content script and background run', async () => {
    const id = await browser.installExtension(firefoxBuild);
    expect(id).toBe('privacy-inspector@privacy-inspector.dev');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/probe.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('out')?.textContent === 'read', { timeout: 20_000 });
    expect(await page.$eval('#out', (element) => element.textContent)).toBe('read');
  });

  it('reports the requests a page made (resource timing), with no DOM change', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/probe-requests.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('out')?.textContent === 'read', { timeout: 20_000 });
    expect(await page.$eval('#out', (element) => element.textContent)).toBe('read');
  });
});
