import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { badgeTextColour, brandColour } from '../../lib/brand/colours';

/** Shows how many widgets and trackers the tab has; empty when none. */
export async function showBadge(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    // The tooltip says what the number counts, in the user's language.
    await browser.action.setTitle({ tabId, title: i18n.t('badge.title', count) });
    // Both colours set: Chrome otherwise picks the text colour itself (lib/brand/colours.ts has the contrast).
    await browser.action.setBadgeBackgroundColor({ tabId, color: brandColour });
    await browser.action.setBadgeTextColor({ tabId, color: badgeTextColour });
  } catch {
    // The tab closed meanwhile.
  }
}
