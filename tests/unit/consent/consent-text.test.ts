import { describe, expect, it } from 'vitest';
import { consentManagerName, consentSummary } from '../../../lib/consent/consent-text';
import type { ConsentOutcome } from '../../../lib/consent/consent-status';

describe('what the popup says about cookie banners', () => {
  it('uses the names people know', () => {
    expect(consentManagerName('Onetrust')).toBe('OneTrust');
    expect(consentManagerName('Cybotcookiebot')).toBe('Cookiebot');
    expect(consentManagerName('Sourcepoint-frame')).toBe('Sourcepoint');
    expect(consentManagerName('auto_GB_example.com_x1')).toBe("this site's banner");
    expect(consentManagerName('Didomi')).toBe('Didomi');
    expect(consentManagerName('')).toBe('');
  });

  it('has a sentence for every outcome', () => {
    for (const outcome of ['rejected', 'hidden', 'failed', 'none-found', 'disabled'] satisfies ConsentOutcome[]) {
      for (const cmp of ['Onetrust', '']) {
        const summary = consentSummary({ cmp, outcome, url: 'https://a.example/', at: 0 });
        expect(summary.title.length).toBeGreaterThan(5);
        expect(summary.detail).not.toMatch(/undefined|^ /);
      }
    }
    expect(consentSummary({ cmp: 'Onetrust', outcome: 'rejected', url: 'https://a.example/', at: 0 }).detail).toContain('OneTrust');
  });
});
