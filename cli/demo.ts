import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FixtureServer } from './fixture-server';
import { addDemoSite, demoPaths } from '../demo/site';
import { ensureChromeBuild } from './extension-build';
import { launchBrowser } from './launch-browser';
import { scanWithBrowser, visit, tabIdOf, settledReport, clearAllCookies } from './scanner';
import { formatScanResults } from './scan';
import { openPopup, screenshotPopup } from './popup-screenshot';
import { UsageError, type CommandIo } from './io';

/**
 * The main job on a built-in demo: serve the demo site on 127.0.0.1, scan it with the real
 * extension, print the report and save a screenshot of the popup on the shop page.
 */
export async function runDemo(args: readonly string[], io: CommandIo): Promise<number> {
  let screenshotPath = resolve('artifacts/popup.png');
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--screenshot' && args[index + 1]) screenshotPath = resolve(args[++index]!);
    else throw new UsageError(`unknown demo option ${args[index]} (usage: demo [--screenshot FILE])`);
  }
  const extensionDir = ensureChromeBuild((line) => io.stderr(line + '\n'));
  const server = await new FixtureServer().start();
  addDemoSite(server);
  const launched = await launchBrowser({ extensionDir, extraArgs: server.chromiumArgs() });
  try {
    io.stderr(`[demo] serving the demo site at ${server.origin}\n`);
    const urls = demoPaths.map((path) => server.origin + path);
    const results = await scanWithBrowser(launched.browser, urls, { log: (line) => io.stderr(line + '\n') });
    io.stdout(formatScanResults(results, 'text'));

    const page = await launched.browser.newPage();
    await clearAllCookies(page);
    await visit(page, `${server.origin}/shop.html`, 30_000, 0);
    const tabId = await tabIdOf(launched.browser, page);
    await settledReport(launched.browser, tabId);
    const popup = await openPopup(launched.browser, launched.extensionId!, tabId);
    await mkdir(dirname(screenshotPath), { recursive: true });
    await screenshotPopup(popup, screenshotPath as `${string}.png`);
    // And the policy the extension read, with one fact opened to its sentence.
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    await popup.click('li[data-fact="childAge"] summary');
    const policyShot = screenshotPath.replace(/\.png$/, '') + '-policy.png';
    await screenshotPopup(popup, policyShot as `${string}.png`);
    io.stderr(`[demo] popup screenshots: ${screenshotPath}, ${policyShot}\n`);
    return results.some((result) => result.error) ? 1 : 0;
  } finally {
    await launched.close();
    await server.stop();
  }
}
