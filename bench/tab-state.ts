import { FixtureServer } from '../cli/fixture-server';
import { addDemoSite } from '../demo/site';
import { heavyPage, srcRenamingPage, typicalPage } from '../demo/measure-pages';
import { ensureChromeBuild } from '../cli/extension-build';
import { launchBrowser } from '../cli/launch-browser';
import { settledReport, tabIdOf, visit } from '../cli/scanner';
// The same reader the storage-limit tests use: one definition of what is measured.
import { storedTabFigures, waitForRenames } from '../tests/e2e/support/session-storage';

/**
 * `npm run bench:tab-state` (and part of `npm run bench`): the stored state of a typical page,
 * a heavy one and the src-renaming one, in the built extension. The caps in
 * lib/findings/tab-state.ts are chosen from these figures.
 */
export async function benchTabState(): Promise<Record<string, number>> {
  const extensionDir = ensureChromeBuild((line) => console.error(line));
  const server = await new FixtureServer().start();
  addDemoSite(server);
  server.page('/typical.html', typicalPage()).page('/heavy.html', heavyPage()).page('/renamer.html', srcRenamingPage());
  const launched = await launchBrowser({ extensionDir, extraArgs: server.chromiumArgs() });
  const figures: Record<string, number> = {};
  try {
    for (const name of ['typical', 'heavy'] as const) {
      const page = await launched.browser.newPage();
      await visit(page, `${server.origin}/${name}.html`, 30_000, 2000);
      const tabId = await tabIdOf(launched.browser, page);
      // The popup's look (policy links included), as when someone opens it.
      await settledReport(launched.browser, tabId);
      const stored = await storedTabFigures(launched.browser, tabId);
      if (!stored) throw new Error(`nothing stored for the ${name} page`);
      for (const [field, value] of Object.entries(stored)) figures[`${name} page: ${field}`] = value;
      await page.close();
    }
    const page = await launched.browser.newPage();
    await visit(page, `${server.origin}/renamer.html`, 30_000, 0);
    const tabId = await tabIdOf(launched.browser, page);
    // 60 renames of 200 scripts: 12,000 new URLs, about 6 MB of them.
    await waitForRenames(page, 60);
    const stored = await storedTabFigures(launched.browser, tabId);
    for (const [field, value] of Object.entries(stored ?? {})) figures[`src-renaming page after 60 renames: ${field}`] = value;
  } finally {
    await launched.close();
    await server.stop();
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchTabState()
    .then((figures) => {
      console.log('| figure | value |\n|---|---|');
      for (const [name, value] of Object.entries(figures)) console.log(`| ${name} | ${value} |`);
    })
    .catch((error: unknown) => {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
