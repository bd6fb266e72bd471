import { describe, expect, it } from 'vitest';
import { policyDateInWords } from '../../../../lib/policy/show/policy-date';

describe("a policy's date in the reader's words", () => {
  it('writes the day as each language does, on the day itself whatever the time zone', () => {
    expect(policyDateInWords('2024-03-03', 'en')).toBe('March 3, 2024');
    expect(policyDateInWords('2024-03-03', 'de')).toBe('3. März 2024');
    expect(policyDateInWords('2024-03-03', 'fr')).toBe('3 mars 2024');
    expect(policyDateInWords('2024-01-01', 'de')).toBe('1. Januar 2024');
  });

  it('shows anything that is not a calendar day as it is', () => {
    expect(policyDateInWords('2024-02-30', 'en')).toBe('2024-02-30');
    expect(policyDateInWords('2024', 'fr')).toBe('2024');
  });
});
