import type { Settings } from '../settings/settings';
import { blocksOnSite } from '../settings/settings-changes';

/**
 * Whether a chat widget waits for a click on a site: a load-on-click entry for it there (its
 * own site or everywhere), or every chat on click, and no outright block (which wins: a click
 * would not load it, so no placeholder offers to).
 */
export function loadsOnClick(settings: Settings, site: string, widgetId: string): boolean {
  const entries = blocksOnSite(settings, site).filter((block) => block.targetId === widgetId);
  if (entries.some((block) => block.mode === 'block')) return false;
  return settings.chatOnClick.everywhere || entries.some((block) => block.mode === 'on-click');
}
