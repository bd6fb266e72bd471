import { browser } from 'wxt/browser';

/** Shows how many widgets and trackers the tab has; empty when none. */
export async function showBadge(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3cc4' });
  } catch {
    // The tab closed meanwhile.
  }
}
