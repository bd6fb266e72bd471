import { describe, expect, it } from 'vitest';
import { valueWords } from '../../../../lib/policy/show/coded-values';
import { factValueLabel } from '../../../../lib/report/report-labels';

describe('valueWords', () => {
  it('spells codes with spaces', () => {
    expect(valueWords('dnt', 'not-honored')).toBe('not honored');
    expect(valueWords('sharing', 'service-providers')).toBe('service providers');
  });
  it("keeps a policy's own words as written", () => {
    expect(valueWords('contacts', 'privacy@privacy-inspector.dev')).toBe('privacy@privacy-inspector.dev');
    expect(valueWords('dataLocations', 'Guinea-Bissau')).toBe('Guinea-Bissau');
  });
  it('is the rule of the report tables too', () => {
    expect(factValueLabel('dataLocations', 'Guinea-Bissau')).toBe('Guinea-Bissau');
    expect(factValueLabel('changeNotice', 'posted-only')).toBe('posted only');
  });
});
