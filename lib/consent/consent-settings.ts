import type { Settings } from '../settings/settings';

/**
 * The cookie-banner switch. The settings themselves (defaults, version, migrations, repair of a
 * damaged value) live in lib/settings; the background reads them through its one settings store.
 */

/** True when pop-ups on `site` (a registrable domain, `siteOf` in lib/cookies/party.ts) are to be answered. */
export function isAutoconsentEnabled(settings: Pick<Settings, 'autoconsent'>, site: string): boolean {
  return settings.autoconsent.enabled && !settings.autoconsent.disabledSites.includes(site.toLowerCase());
}
