import { describe, expect, it } from 'vitest';
import { isAutoconsentEnabled } from '../../../lib/consent/consent-settings';
import { migrateSettings } from '../../../lib/settings/migrate-settings';
import { defaultSettings } from '../../../lib/settings/settings';

/** The switch as the background reads a stored `settings` value: through the one settings reader. */
const readConsentSettings = (stored: unknown) => ({ autoconsent: migrateSettings({ settings: stored }).settings.autoconsent });
const defaultConsentSettings = { autoconsent: defaultSettings.autoconsent };

describe('the cookie-banner switch', () => {
  it('is on by default, for every site', () => {
    expect(isAutoconsentEnabled(defaultConsentSettings, 'example.com')).toBe(true);
    expect(isAutoconsentEnabled(readConsentSettings(undefined), 'example.com')).toBe(true);
    expect(isAutoconsentEnabled(readConsentSettings({ version: 1 }), 'example.com')).toBe(true);
  });

  it('is off for a site on the exceptions list, and only there', () => {
    const settings = readConsentSettings({ version: 1, autoconsent: { enabled: true, disabledSites: ['example.com'] } });
    expect(isAutoconsentEnabled(settings, 'example.com')).toBe(false);
    expect(isAutoconsentEnabled(settings, 'EXAMPLE.com')).toBe(false);
    expect(isAutoconsentEnabled(settings, 'example.org')).toBe(true);
  });

  it('is off everywhere when switched off', () => {
    const settings = readConsentSettings({ autoconsent: { enabled: false, disabledSites: [] } });
    expect(isAutoconsentEnabled(settings, 'example.org')).toBe(false);
  });

  it('reads a damaged value as on, keeping what it can', () => {
    expect(readConsentSettings('settings')).toEqual(defaultConsentSettings);
    expect(readConsentSettings({ autoconsent: 'off' })).toEqual(defaultConsentSettings);
    expect(readConsentSettings({ autoconsent: { enabled: 'no', disabledSites: ['A.example', 3, null] } })).toEqual({
      autoconsent: { enabled: true, disabledSites: ['a.example'] },
    });
  });
});
