import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../../../lib/policy/read/analyze';
import { splitSegments } from '../../../../lib/policy/read/sentences';
import type { PolicyAnalysis } from '../../../../lib/policy/types';

/** Strings built from policy-like pieces, so the extractors actually fire on random input. */
const PIECES = [
  'We do not sell your personal information. ', 'We may share data with service providers', ' under the age of 13', '\n', '\n\n',
  '## Cookies\n', '* ', '1. ', ':', ';', ' except ', ' not ', 'Last updated: May 1, 2014', '__zlcid', 'privacy@example.org',
  ' stored on servers in Germany', ' for 30 days', 'Do Not Track', ' U.S. ', 'e.g. ', '“', '’', '\r\n', '\u0000', '😀', '(i) ',
];
const policyish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), policyish);

function checkShape(analysis: PolicyAnalysis, text: string): void {
  expect(analysis.lastUpdated === null || /^\d{4}-\d{2}-\d{2}$/.test(analysis.lastUpdated)).toBe(true);
  const f = analysis.facts;
  expect(['fixed', 'as-needed', 'indefinite', 'unspecified']).toContain(f.retention.value);
  expect(Array.isArray(f.retention.periods)).toBe(true);
  expect(['honored', 'not-honored', 'unspecified']).toContain(f.dnt.value);
  expect(f.childAge.value === null || Number.isInteger(f.childAge.value)).toBe(true);
  expect([true, false, null]).toContain(f.sellsData.value);
  expect(f.responseDays.value === null || Number.isInteger(f.responseDays.value)).toBe(true);
  expect(['advance', 'email', 'posted-only', 'unspecified']).toContain(f.changeNotice.value);
  for (const code of f.dataLocations.value) expect(code).toMatch(/^[A-Z]{2}$/);
  for (const list of [f.sharing, f.dataLocations, f.contacts, f.rights, f.cookies, f.trackingTech, f.frameworks]) {
    expect(Array.isArray(list.value)).toBe(true);
  }
  for (const fact of Object.values(f)) {
    for (const e of fact.evidence) {
      expect(typeof e.quote).toBe('string');
      expect(text.slice(e.start, e.start + e.quote.length)).toBe(e.quote);
    }
  }
  expect(() => JSON.stringify(analysis)).not.toThrow();
}

describe('properties', () => {
  it('any string: contract-shaped result, no throw, every quote at its offset', () => {
    fc.assert(fc.property(anyText, (text) => checkShape(analyzePolicy(text), text)), { numRuns: 400 });
  });

  it('segments are exact, ordered, non-overlapping and trimmed', () => {
    fc.assert(fc.property(anyText, (text) => {
      let end = 0;
      for (const s of splitSegments(text)) {
        expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(end);
        expect(s.text.trim()).toBe(s.text);
        expect(s.text.length).toBeGreaterThan(0);
        end = s.start + s.text.length;
      }
    }), { numRuns: 400 });
  });
});
