import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer';
import { profilePrefix, removeStaleProfiles } from './stale-profiles';

/** Flags this machine's Chromium needs (root, no GPU, no network beyond loopback). */
export const baseChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
] as const;

export interface LaunchOptions {
  /** Unpacked extension to load; none for a baseline browser (benchmarks). */
  readonly extensionDir?: string;
  readonly extraArgs?: readonly string[];
  /** Most people's browsers allow third-party cookies; Debian's Chromium blocks them by default. */
  readonly blockThirdPartyCookies?: boolean;
  readonly headless?: boolean;
  /** A global the extension's worker sets once wired, waited for; null for another extension (benchmark controls). */
  readonly readyGlobal?: string | null;
  /**
   * Also allowed in private (incognito) windows, as a user allows it on chrome://extensions.
   * Switching that on there reloads a command-line extension as disabled, so the extension is
   * loaded through the DevTools protocol instead, which can allow it from the start.
   */
  readonly allowInPrivate?: boolean;
  /**
   * The browser's language ("de", "fr"), which picks the extension's _locales. On Linux Chromium
   * reads it from LANGUAGE, so both that and --lang are set; pages also get it as Accept-Language.
   */
  readonly lang?: string;
  /**
   * Puppeteer's own handling of Ctrl-C, SIGTERM and SIGHUP (on unless false): it kills the browser
   * and exits the process at once. The crawler handles them itself (finishes its file and sidecar,
   * closes its browsers), which puppeteer's exit would cut short.
   */
  readonly closeOnSignals?: boolean;
  /**
   * More of the profile's Preferences, beside the cookie setting (e.g. `extensions:
   * { pinned_extensions: [id] }` to show the extension's icon on the toolbar).
   */
  readonly preferences?: Readonly<Record<string, unknown>>;
}

export interface LaunchedBrowser {
  readonly browser: Browser;
  readonly worker: WebWorker | null;
  readonly extensionId: string | null;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const path = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium (apt-get install -y chromium) or set PUPPETEER_EXECUTABLE_PATH`);
  }
  return path;
}

/** Profiles left by killed runs are removed once per process, at its first launch. */
let sweptStaleProfiles = false;

/** Starts Chromium with a fresh profile (and the extension, when given); never downloads a browser. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (!sweptStaleProfiles) {
    sweptStaleProfiles = true;
    removeStaleProfiles(tmpdir());
  }
  const profile = await mkdtemp(join(tmpdir(), profilePrefix));
  await mkdir(join(profile, 'Default'), { recursive: true });
  // cookie_controls_mode 0: allow third-party cookies, as most users' browsers do.
  const cookieControls = options.blockThirdPartyCookies ? 1 : 0;
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ ...options.preferences, profile: { cookie_controls_mode: cookieControls } }));
  const args = [...baseChromiumFlags, `--user-data-dir=${profile}`, ...(options.extraArgs ?? [])];
  if (options.lang) args.push(`--lang=${options.lang}`, `--accept-lang=${options.lang}`);
  const loadOverProtocol = Boolean(options.extensionDir && options.allowInPrivate);
  if (loadOverProtocol) args.push('--enable-unsafe-extension-debugging');
  else if (options.extensionDir) {
    args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
  }
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    // Same browser either way: a baseline with extensions switched off altogether (puppeteer's
    // default) would also drop Chromium's built-in ones and flatter the comparison.
    ignoreDefaultArgs: ['--disable-extensions'],
    userDataDir: profile,
    protocolTimeout: 60_000,
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}_${options.lang.toUpperCase()}.UTF-8` } } : {}),
    handleSIGINT: options.closeOnSignals ?? true,
    handleSIGTERM: options.closeOnSignals ?? true,
    handleSIGHUP: options.closeOnSignals ?? true,
    // Over a pipe rather than a port: a browser ends with the process that started it, even when
    // that process is killed (SIGKILL, a crash, a closed terminal), instead of running on
    // unseen. Extensions.loadUnpacked is only offered over a pipe too.
    pipe: true,
  });
  if (loadOverProtocol) {
    const session = await browser.target().createCDPSession();
    await session.send('Extensions.loadUnpacked', { path: options.extensionDir as string, enableInIncognito: true });
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };
  if (!options.extensionDir) return { browser, worker: null, extensionId: null, close };
  try {
    const target = await browser.waitForTarget(
      (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith('chrome-extension://'),
      { timeout: 30_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error('the extension service worker did not start');
    const extensionId = new URL(target.url()).host;
    // The worker target exists before its script has run: wait until the background is wired.
    const readyGlobal = options.readyGlobal === undefined ? 'privacyInspector' : options.readyGlobal;
    if (readyGlobal !== null) await waitFor(() => worker.evaluate((name: string) => name in globalThis, readyGlobal), 15_000);
    return { browser, worker, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The extension's service worker as it is now (it may have been stopped and restarted). */
export async function currentWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no extension service worker');
  return worker;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('the extension did not start in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
