import { describe, expect, it } from 'vitest';
import { factRows, countryName } from '../../../lib/policy/fact-rows';
import { emptyFacts, analyzePolicy } from '../../../lib/policy/analyze';

const rowsOf = (facts: Partial<ReturnType<typeof emptyFacts>>) => new Map(factRows({ lastUpdated: null, facts: { ...emptyFacts(), ...facts } }).map((row) => [row.field, row]));

describe('factRows', () => {
  it('says "does not say" and unknown for a silent policy', () => {
    const rows = rowsOf({});
    expect(rows.get('retention')).toMatchObject({ text: 'does not say how long', verdict: 'unknown' });
    expect(rows.get('sellsData')).toMatchObject({ text: 'Does not say', verdict: 'unknown' });
    expect(rows.get('dnt')).toMatchObject({ text: 'Does not mention Do Not Track', verdict: 'unknown' });
    expect(rows.get('childAge')).toMatchObject({ text: 'Names no age limit', verdict: 'unknown' });
    expect(rows.has('cookies')).toBe(false);
  });

  it('marks selling, ignored Do Not Track, indefinite keeping and advertisers as concerning', () => {
    const rows = rowsOf({
      sellsData: { value: true, evidence: [] },
      dnt: { value: 'not-honored', evidence: [] },
      retention: { value: 'indefinite', periods: [], evidence: [] },
      sharing: { value: ['advertisers', 'legal'], evidence: [] },
      trackingTech: { value: ['remarketing'], evidence: [] },
    });
    for (const field of ['sellsData', 'dnt', 'retention', 'sharing', 'trackingTech'] as const) expect(rows.get(field)?.verdict, field).toBe('concerning');
    expect(rows.get('sharing')?.text).toBe('advertisers and authorities, when the law requires');
  });

  it('marks a stated period, no selling, an age limit, access and deletion as good', () => {
    const rows = rowsOf({
      retention: { value: 'fixed', periods: ['30 days', '2 years'], evidence: [] },
      sellsData: { value: false, evidence: [] },
      childAge: { value: 13, evidence: [] },
      rights: { value: ['access', 'deletion'], evidence: [] },
      responseDays: { value: 45, evidence: [] },
    });
    expect(rows.get('retention')).toMatchObject({ text: 'for 30 days and 2 years', verdict: 'good' });
    expect(rows.get('childAge')?.text).toBe('Not for children under 13');
    expect(rows.get('rights')).toMatchObject({ text: 'see your data and delete it', verdict: 'good' });
    expect(rows.get('responseDays')?.text).toBe('within 45 days');
  });

  it('names countries in English', () => {
    expect(countryName('SG')).toBe('Singapore');
    expect(countryName('EU')).toBe('European Union');
    expect(rowsOf({ dataLocations: { value: ['SG', 'US', 'EU'], evidence: [] } }).get('dataLocations')?.text).toBe('Singapore, United States and European Union');
  });

  it('carries each fact\'s evidence from a real analysis', () => {
    const text = 'Privacy Policy\n\nWe do not sell your personal information. We keep logs for 30 days.';
    const rows = new Map(factRows(analyzePolicy(text)).map((row) => [row.field, row]));
    const quote = rows.get('sellsData')?.evidence[0];
    expect(quote && text.slice(quote.start, quote.start + quote.quote.length)).toBe(quote?.quote);
  });
});
