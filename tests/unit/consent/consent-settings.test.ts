import { describe, expect, it } from 'vitest';
import { defaultConsentSettings, isAutoconsentEnabled, readConsentSettings } from '../../../lib/consent/consent-settings';

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
