import type { Browser } from 'puppeteer';
import { currentWorker } from '../../../cli/launch-browser';
import type { WorkerGlobals } from '../../../cli/worker-globals';
import { pollUntil } from './poll';

/** A tab's toolbar badge, read from the extension's worker: unlike the findings, reading it asks the page nothing. */
export async function badgeText(browser: Browser, tabId: number): Promise<string> {
  const worker = await currentWorker(browser);
  return worker.evaluate((id: number) => (globalThis as unknown as WorkerGlobals).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls a tab's badge until `done`, at most `maxMs`; returns the last text seen. */
export function waitForBadge(browser: Browser, tabId: number, done: (text: string) => boolean, maxMs = 8000): Promise<string> {
  return pollUntil(() => badgeText(browser, tabId), done, maxMs, 200);
}

/** A tab's toolbar tooltip (the action's title), read from the extension's worker. */
export async function badgeTitle(browser: Browser, tabId: number): Promise<string> {
  const worker = await currentWorker(browser);
  return worker.evaluate((id: number) => (globalThis as unknown as WorkerGlobals).chrome.action.getTitle({ tabId: id }), tabId);
}
