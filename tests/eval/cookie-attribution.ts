/**
 * Cookie and storage attribution on the corpus of widget pages (tests/fixtures/vendors): each
 * vendor's simulated widget alone on a page, scanned by the real extension in Chromium; every
 * cookie and every web-storage item (localStorage, sessionStorage, IndexedDB, on the page and in
 * the vendor's frame) the page ends up with is that vendor's. Prints, per vendor and in all, the
 * share named with their vendor (target at least 95 %) and any named with another vendor
 * (target: none).
 *
 *   npm run eval:cookies [-- --json]
 *
 * Exit code 1 when a target is missed.
 */
import { FixtureServer } from '../../cli/fixture-server';
import { addDemoSite } from '../../demo/site';
import { ensureChromeBuild } from '../../cli/extension-build';
import { scanUrls } from '../../cli/scanner';
import { vendorSimulations } from '../fixtures/vendors/simulations';
import { widgetCatalog } from '../../lib/widgets/catalog';
import { attributionScore, type AttributionScore } from '../../lib/cookies/attribution-score';

const TARGET_SHARE = 0.95;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const extensionDir = ensureChromeBuild((line) => console.error(line));
  const server = await new FixtureServer().start();
  addDemoSite(server);
  try {
    const pages = vendorSimulations.map((simulation) => ({
      widgetId: simulation.widgetId,
      expected: [...simulation.setsCookies, ...(simulation.frameCookies ?? [])],
      expectedStorage: (simulation.setsStorage ?? []).map((item) => `${item.area} ${item.key}`),
      vendor: widgetCatalog.find((widget) => widget.id === simulation.widgetId)!.vendor,
      url: `${server.origin}/vendor/${simulation.widgetId}.html`,
    }));
    const results = await scanUrls(pages.map((page) => page.url), { extensionDir, browserArgs: server.chromiumArgs(), waitMs: 500, log: (line) => console.error(line) });
    const scores: (AttributionScore & { widgetId: string; vendor: string; missing: readonly string[]; storageItems: number })[] = pages.map((page, index) => {
      const result = results[index]!;
      if (result.error) throw new Error(`${page.url}: ${result.error}`);
      const storage = result.storage ?? [];
      // Items the simulation means to keep that never appeared: nothing to name, but the corpus is smaller for them.
      const missing = [
        ...page.expected.filter((name) => !result.cookies.some((cookie) => cookie.name === name)),
        ...page.expectedStorage.filter((item) => !storage.some((stored) => `${stored.area} ${stored.key}` === item)),
      ];
      // Cookies and storage items are scored alike: a storage item is named by its key and origin.
      const items = [...result.cookies, ...storage.map((item) => ({ name: `${item.area} ${item.key}`, domain: item.origin, vendor: item.vendor }))];
      return { widgetId: page.widgetId, vendor: page.vendor, missing, storageItems: storage.length, ...attributionScore(items, page.vendor) };
    });
    const cookies = scores.reduce((sum, score) => sum + score.cookies, 0);
    const named = scores.reduce((sum, score) => sum + score.named, 0);
    const wrong = scores.flatMap((score) => score.wrong.map((cookie) => `${score.widgetId}: ${cookie}`));
    const share = cookies === 0 ? 1 : named / cookies;
    if (json) {
      console.log(JSON.stringify({ pages: scores.length, cookies, named, share, wrong, byVendor: scores }, null, 2));
    } else {
      console.log(`\n## Cookie and storage attribution on ${scores.length} widget pages (tests/fixtures/vendors)\n`);
      console.log('| widget | vendor | cookies + storage items | of which storage | named with their vendor | not named | named wrongly | meant to be set but not seen |\n|---|---|---|---|---|---|---|---|');
      for (const score of scores) {
        console.log(`| ${score.widgetId} | ${score.vendor} | ${score.cookies} | ${score.storageItems} | ${score.named} | ${score.unnamed.join(', ') || '—'} | ${score.wrong.join(', ') || '—'} | ${score.missing.join(', ') || '—'} |`);
      }
      const storageItems = scores.reduce((sum, score) => sum + score.storageItems, 0);
      console.log(`\nNamed with their vendor: ${named} of ${cookies} cookies and storage items (${storageItems} of them storage; ${(share * 100).toFixed(1)} %; target at least ${TARGET_SHARE * 100} %). Named wrongly: ${wrong.length} (target: none).`);
    }
    if (share < TARGET_SHARE || wrong.length > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`eval:cookies: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
