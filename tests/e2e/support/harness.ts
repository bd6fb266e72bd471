import type { Browser, Page, Target, WebWorker } from 'puppeteer';
import { pollUntil } from './poll';
import { FixtureServer } from '../../../cli/fixture-server';
import { addDemoSite } from '../../../demo/site';
import { chromeBuildDir } from '../../../cli/extension-build';
import { launchBrowser, currentWorker, type LaunchedBrowser } from '../../../cli/launch-browser';
import { tabIdOf, settledReport, visit, readTabReport, clearAllCookies } from '../../../cli/scanner';
import type { TabReport } from '../../../lib/findings/tab-report';

/** The built extension in Chromium, and the demo site plus test pages on 127.0.0.1. */
export interface Harness {
  readonly server: FixtureServer;
  readonly launched: LaunchedBrowser;
  readonly browser: Browser;
  readonly extensionId: string;
  worker(): Promise<WebWorker>;
  /** Stops the service worker, as the browser does when it idles, and waits until it is gone; the next event starts a fresh one. */
  stopWorker(): Promise<void>;
  /** Opens `path` of the test origin in a new tab, from an empty cookie jar, and waits until the extension's findings settle. */
  open(path: string, waitMs?: number): Promise<{ page: Page; tabId: number; report: TabReport }>;
  report(tabId: number): Promise<TabReport | null>;
  close(): Promise<void>;
}

export async function startHarness(
  setup: (server: FixtureServer) => void = () => {},
  options: { hostRules?: readonly string[]; allowInPrivate?: boolean; lang?: string } = {},
): Promise<Harness> {
  const server = await new FixtureServer().start();
  addDemoSite(server);
  setup(server);
  const launched = await launchBrowser({ extensionDir: chromeBuildDir, extraArgs: server.chromiumArgs(options.hostRules), allowInPrivate: options.allowInPrivate, lang: options.lang });
  const browser = launched.browser;
  return {
    server,
    launched,
    browser,
    extensionId: launched.extensionId!,
    worker: () => currentWorker(browser),
    async stopWorker() {
      const isOurs = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${launched.extensionId}/`);
      await (await currentWorker(browser)).close();
      const running = await pollUntil(() => browser.targets().some(isOurs), (stillThere) => !stillThere, 10_000);
      if (running) throw new Error('the service worker did not stop');
    },
    async open(path, waitMs = 0) {
      const page = await browser.newPage();
      await clearAllCookies(page);
      await visit(page, server.origin + path, 30_000, waitMs);
      const tabId = await tabIdOf(browser, page);
      const report = await settledReport(browser, tabId);
      if (!report) throw new Error(`no findings for ${path}`);
      return { page, tabId, report };
    },
    report: (tabId) => readTabReport(browser, tabId),
    async close() {
      await launched.close();
      await server.stop();
    },
  };
}
