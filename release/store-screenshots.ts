import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { FixtureServer } from '../cli/fixture-server';
import { launchBrowser } from '../cli/launch-browser';
import { openPopup, popupWidth, screenshotPopup } from '../cli/popup-screenshot';
import { clearAllCookies, settledReport, tabIdOf, visit } from '../cli/scanner';
import { addDemoSite } from '../demo/site';
import { importSyntheticHistory, openDashboard } from '../bench/dashboard-page';
import { screenshotSpecs as screenshotSpecsIn, type ScreenshotSpec } from '../lib/store-listing/listing-copy';
import { captionBandHeight, screenshotFrameHtml, type FramedImage } from '../lib/store-listing/screenshot-frame';
import { storeLimits } from '../lib/store-listing/store-limits';

/** The demo site's name in the pictures (served by the fixture server, never looked up). */
export const demoHost = 'demo-shop.example';

const { width, height } = storeLimits.screenshot;
const stage = { width, height: height - captionBandHeight, deviceScaleFactor: 1 };

const framed = (png: Uint8Array, size: { width: number; height: number }): FramedImage => ({
  dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
  ...size,
});

/** Runs one step, naming it in the error if it fails ("dashboard: Waiting failed" says where). */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function sendFrom(page: Page, message: Record<string, unknown>): Promise<void> {
  const reply = await page.evaluate(
    (body) => (globalThis as unknown as { chrome: { runtime: { sendMessage(body: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage(body),
    message,
  );
  if (!reply?.ok) throw new Error(`${String(message.type)}: ${reply?.error ?? 'no reply'}`);
}

/** Renders one frame at exactly the store's size and writes it as a PNG. */
async function writeFrame(browser: Browser, path: string, spec: ScreenshotSpec, background: FramedImage, popup?: FramedImage): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.setContent(screenshotFrameHtml({ width, height, caption: spec.caption, background, ...(popup ? { popup } : {}) }), { waitUntil: 'load' });
    // An opaque page shot: 24-bit PNG with no alpha, as the Chrome Web Store asks.
    await writeFile(path, await page.screenshot({ type: 'png', omitBackground: false }));
  } finally {
    await page.close();
  }
}

/** The shop and its policy page as a visitor sees them; the shop's tab, for the popup. */
async function shootDemoSite(browser: Browser): Promise<{ tabId: number; shop: FramedImage; policyPage: FramedImage }> {
  const shop = await browser.newPage();
  await shop.setViewport(stage);
  await clearAllCookies(shop);
  await visit(shop, `https://${demoHost}/shop.html`, 30_000, 0);
  const tabId = await tabIdOf(browser, shop);
  await settledReport(browser, tabId);
  await shop.waitForSelector('.zopim', { timeout: 10_000 });
  const shopShot = framed(await shop.screenshot({ type: 'png' }), stage);
  const policyPage = await browser.newPage();
  await policyPage.setViewport(stage);
  await visit(policyPage, `https://${demoHost}/privacy-policy.html`, 30_000, 0);
  const policyShot = framed(await policyPage.screenshot({ type: 'png' }), stage);
  await policyPage.close();
  return { tabId, shop: shopShot, policyPage: policyShot };
}

/** The popup on the shop's tab: its overview, then the policy's facts with one opened to its sentence. */
async function shootPopup(browser: Browser, extensionId: string, tabId: number): Promise<{ overview: FramedImage; facts: FramedImage }> {
  const popup = await openPopup(browser, extensionId, tabId);
  await popup.waitForSelector('li[data-widget="zendesk-chat"]', { timeout: 15_000 });
  const overview = await screenshotPopup(popup);
  await popup.click('button[data-panel="policy"]');
  await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
  await popup.click('li[data-fact="childAge"] summary');
  const facts = await screenshotPopup(popup);
  await popup.close();
  return {
    overview: framed(overview.png, { width: popupWidth, height: overview.height }),
    facts: framed(facts.png, { width: popupWidth, height: facts.height }),
  };
}

/** The dashboard with 50 made-up sites, imported through its own import. */
async function shootDashboard(browser: Browser, extensionId: string): Promise<FramedImage> {
  const dashboard = await openDashboard(browser, extensionId, stage);
  await importSyntheticHistory(dashboard, 50);
  // The import's own notice is not part of what a visitor sees.
  await dashboard.reload();
  await dashboard.waitForSelector('html[data-ready="true"]');
  const shot = framed(await dashboard.screenshot({ type: 'png' }), stage);
  await dashboard.close();
  return shot;
}

/** The options page after a few choices on the shop, made with the popup's own messages. */
async function shootOptions(browser: Browser, extensionId: string, tabId: number): Promise<FramedImage> {
  const options = await browser.newPage();
  await options.setViewport(stage);
  await options.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
  for (const message of [
    { type: 'block', tabId, targetId: 'tracker-google-doubleclick', scope: 'site', mode: 'block' },
    { type: 'block', tabId, targetId: 'zendesk-chat', scope: 'everywhere', mode: 'cookieless' },
    { type: 'opt-out', tabId, vendorId: 'zendesk-chat' },
    { type: 'set-option', option: 'privacy-signals', enabled: true },
  ]) {
    await sendFrom(options, message);
  }
  await options.reload({ waitUntil: 'load' });
  await options.waitForSelector('[data-block]', { timeout: 10_000 });
  // The choices just made (blocks, opt-outs) are at the page's end: show the whole sections that
  // fit above its bottom, rather than the switches at its top, and none cut in half.
  const region = await options.evaluate((height: number) => {
    const pageHeight = document.documentElement.scrollHeight;
    const first = [...document.querySelectorAll('section')].map((section) => section.getBoundingClientRect().top + window.scrollY).find((sectionTop) => sectionTop - 12 >= pageHeight - height);
    // 12 px above it: inside the gap between two sections, so no edge of the one above shows.
    return { y: Math.max(0, Math.floor((first ?? 12) - 12)), pageHeight };
  }, stage.height);
  const size = { width: stage.width, height: Math.min(stage.height, region.pageHeight - region.y) };
  const shot = framed(await options.screenshot({ type: 'png', clip: { x: 0, y: region.y, ...size }, captureBeyondViewport: true }), size);
  await options.close();
  return shot;
}

/**
 * The store screenshots in one language, from the built extension on the demo site (served on
 * this machine as https://demo-shop.example): the popup on the shop, the policy read as facts over
 * the shop's policy, the dashboard with 50 made-up sites, and the options page with a few choices
 * made. The browser is started in `lang` (the extension's _locales pick it, as for a user whose
 * browser speaks it); the demo shop stays the English site it is. Writes `<dir>/<n>-<name>.png`
 * at 1280×800, captioned in `lang`, and returns their paths.
 */
export async function writeStoreScreenshots(extensionDir: string, dir: string, log: (line: string) => void, lang = 'en'): Promise<string[]> {
  const screenshotSpecs = screenshotSpecsIn(lang);
  await mkdir(dir, { recursive: true });
  const server = await new FixtureServer().start();
  addDemoSite(server, { host: demoHost, styled: true });
  const launched = await launchBrowser({ extensionDir, extraArgs: server.chromiumArgs(), lang });
  const { browser } = launched;
  const extensionId = launched.extensionId!;
  const written: string[] = [];
  const write = async (spec: ScreenshotSpec, background: FramedImage, popup?: FramedImage) => {
    const path = join(dir, spec.file);
    await writeFrame(browser, path, spec, background, popup);
    written.push(path);
    log(`[store-listing] ${path}`);
  };
  try {
    // The dashboard first: the import waits for exactly its 50 sites, before the shop's visit adds one.
    const dashboard = await step('the dashboard', () => shootDashboard(browser, extensionId));
    const site = await step('the demo shop', () => shootDemoSite(browser));
    const popup = await step('the popup', () => shootPopup(browser, extensionId, site.tabId));
    await write(screenshotSpecs.popup, site.shop, popup.overview);
    await write(screenshotSpecs.policy, site.policyPage, popup.facts);
    await write(screenshotSpecs.dashboard, dashboard);
    await write(screenshotSpecs.options, await step('the options page', () => shootOptions(browser, extensionId, site.tabId)));
    return written;
  } finally {
    await launched.close();
    await server.stop();
  }
}
