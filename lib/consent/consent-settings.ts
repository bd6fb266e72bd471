/**
 * The cookie-banner switch as the background reads it. The settings themselves (defaults,
 * version, migrations, the options page) live in lib/settings; this reads only the part it needs,
 * from the stored value as it is, so that a missing or damaged value means "on".
 */

export interface ConsentSettings {
  readonly autoconsent: { readonly enabled: boolean; readonly disabledSites: readonly string[] };
}

export const defaultConsentSettings: ConsentSettings = { autoconsent: { enabled: true, disabledSites: [] } };

/** True when pop-ups on `site` (a registrable domain, `siteOf` in lib/cookies/party.ts) are to be answered. */
export function isAutoconsentEnabled(settings: ConsentSettings, site: string): boolean {
  return settings.autoconsent.enabled && !settings.autoconsent.disabledSites.includes(site.toLowerCase());
}

/** The switch from the stored `settings` value (storage.local): on, for every site, unless it says otherwise. */
export function readConsentSettings(stored: unknown): ConsentSettings {
  const autoconsent = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>).autoconsent : undefined;
  if (typeof autoconsent !== 'object' || autoconsent === null) return defaultConsentSettings;
  const { enabled, disabledSites } = autoconsent as Record<string, unknown>;
  return {
    autoconsent: {
      enabled: typeof enabled === 'boolean' ? enabled : true,
      disabledSites: Array.isArray(disabledSites) ? disabledSites.filter((site): site is string => typeof site === 'string').map((site) => site.toLowerCase()) : [],
    },
  };
}
