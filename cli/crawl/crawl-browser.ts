import type { CDPSession, Page } from 'puppeteer';
import { failedScanResult, type ScanResult } from '../../lib/findings/scan-result';
import { siteOf } from '../../lib/cookies/party';
import { launchBrowser, type LaunchedBrowser } from '../launch-browser';
import { scanPage } from '../scanner';
import { PageFootprint, clearSiteState } from './page-isolation';

export interface CrawlBrowserOptions {
  readonly extensionDir: string;
  readonly browserArgs: readonly string[];
  readonly blockThirdPartyCookies: boolean;
  /** Load timeout of a page (`--timeout`): after it the page is read as it is. */
  readonly timeoutMs: number;
  readonly waitMs: number;
  /** A browser is closed and a new one started after this many pages, so memory stays flat. */
  readonly pagesPerBrowser: number;
}

/**
 * Longest a page may take in all, past its load timeout: settling (8 s), the policy fetch and
 * reading, the extension's answers. A page still running then has a browser that hangs: it is killed.
 */
const pageGraceMs = 45_000;

/**
 * One browser of the crawler's pool, taking one page at a time: pages that share a browser at
 * the same moment would share its cookie jar. Between pages it clears what the page left
 * (cookies, site storage: page-isolation.ts); after a failed page, a hang or a crash it is
 * killed, and the next page (the retry among them) gets a fresh browser.
 */
export class CrawlBrowser {
  private launched: LaunchedBrowser | null = null;
  private control: CDPSession | null = null;
  private pages = 0;
  /** Set while a page runs: kills the browser at once (Ctrl-C, or a deadline). */
  private abortPage: ((reason: string) => void) | null = null;

  constructor(private readonly options: CrawlBrowserOptions) {}

  /** Browser version ("Chromium/156.0..."), starting the browser when none runs. */
  async version(): Promise<string> {
    return (await this.ready()).browser.version();
  }

  private async ready(): Promise<LaunchedBrowser> {
    if (this.launched?.browser.connected) return this.launched;
    await this.kill();
    const launched = await launchBrowser({
      extensionDir: this.options.extensionDir,
      extraArgs: this.options.browserArgs,
      blockThirdPartyCookies: this.options.blockThirdPartyCookies,
      // The crawl and the worker stop cleanly on their own (crawl-command.ts, crawl-queue.ts).
      closeOnSignals: false,
    });
    try {
      // A page that starts a download gets none (the navigation fails: net::ERR_ABORTED).
      const browserSession = await launched.browser.target().createCDPSession();
      await browserSession.send('Browser.setDownloadBehavior', { behavior: 'deny' });
      // Popups are closed as soon as they exist, before anything attaches to them: a popup that
      // shows a dialog at once blocks its opener too (they share a renderer), so waiting for
      // puppeteer's 'popup' event (which needs the popup to answer) stalled the page.
      browserSession.on('Target.targetCreated', ({ targetInfo }) => {
        if (targetInfo.type === 'page' && targetInfo.openerId) void browserSession.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => undefined);
      });
      await browserSession.send('Target.setDiscoverTargets', { discover: true });
      // A blank tab kept open: its DevTools session clears site state between pages.
      const controlPage = (await launched.browser.pages())[0] ?? (await launched.browser.newPage());
      this.control = await controlPage.createCDPSession();
    } catch (error) {
      await launched.close();
      throw error;
    }
    this.launched = launched;
    this.pages = 0;
    return launched;
  }

  /** Scans `url` in this browser; never throws (a failure is a result with `error`). */
  async scan(url: string): Promise<ScanResult> {
    let launched: LaunchedBrowser;
    try {
      launched = await this.ready();
    } catch (error) {
      return failedScanResult(url, siteOfUrl(url), `the browser did not start: ${firstLine(error)}`);
    }
    const footprint = new PageFootprint();
    let aborted: string | null = null;
    const abort = new Promise<ScanResult>((resolve) => {
      this.abortPage = (reason) => {
        aborted = reason;
        resolve(failedScanResult(url, siteOfUrl(url), reason));
      };
    });
    const deadlineMs = this.options.timeoutMs + this.options.waitMs + pageGraceMs;
    const deadline = setTimeout(() => this.abortPage?.(`the page did not finish within ${Math.round(deadlineMs / 1000)} s (its browser was stopped)`), deadlineMs);
    const hooks = {
      opened: async (page: Page) => {
        await footprint.watch(page);
        // Nothing on a page may wait for a person: dialogs are dismissed, popups closed, and a
        // renderer that crashed (out of memory) ends the page at once.
        page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
        page.on('popup', (popup) => void popup?.close().catch(() => undefined));
        page.on('error', (error) => this.abortPage?.(`the page crashed: ${firstLine(error)}`));
      },
      closing: (page: Page) => footprint.sweep(page),
    };
    let result: ScanResult;
    try {
      result = await Promise.race([
        scanPage(launched.browser, url, { navigationTimeoutMs: this.options.timeoutMs, waitMs: this.options.waitMs, httpErrorFails: true }, hooks),
        abort,
      ]);
    } finally {
      clearTimeout(deadline);
      this.abortPage = null;
    }
    this.pages++;
    if (aborted || result.error || !launched.browser.connected) {
      // The retry, and the next page, get a fresh browser.
      await this.kill();
      return result;
    }
    try {
      await withTimeout(clearSiteState(this.control!, footprint.storageKeys()), 30_000, 'clearing site state');
    } catch {
      // State that could not be cleared must not reach the next page.
      await this.kill();
    }
    if (this.pages >= this.options.pagesPerBrowser) await this.close();
    return result;
  }

  /** Ends the page in flight now, as a failure (Ctrl-C). */
  interrupt(): void {
    this.abortPage?.('interrupted');
  }

  /** Closes the browser politely, or kills it when it does not answer. */
  async close(): Promise<void> {
    const launched = this.launched;
    this.launched = null;
    this.control = null;
    if (!launched) return;
    await withTimeout(launched.close(), 10_000, 'closing the browser').catch(() => killProcess(launched));
  }

  /** Kills the browser process at once (hung, crashed or to be replaced). */
  async kill(): Promise<void> {
    const launched = this.launched;
    this.launched = null;
    this.control = null;
    if (!launched) return;
    killProcess(launched);
    await withTimeout(launched.close(), 10_000, 'closing the browser').catch(() => undefined);
  }

  /** Kills the browser process now, without waiting (the process is about to exit). */
  killNow(): void {
    if (this.launched) killProcess(this.launched);
  }

  /** The browser's process id, while one runs (the benchmark kills one to show nothing is lost). */
  processId(): number | null {
    return this.launched?.browser.process()?.pid ?? null;
  }
}

function killProcess(launched: LaunchedBrowser): void {
  try {
    launched.browser.process()?.kill('SIGKILL');
  } catch {
    // already gone
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
    }),
  ]);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
}

function siteOfUrl(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return '';
  }
}
