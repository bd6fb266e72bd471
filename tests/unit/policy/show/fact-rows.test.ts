import { describe, expect, it } from 'vitest';
import { countryName, factRows, joinWords, PROMPT_RESPONSE_DAYS } from '../../../../lib/policy/show/fact-rows';
import type { FactRow, FactRowsInput } from '../../../../lib/policy/show/fact-rows';
import type { FactField } from '../../../../lib/policy/types';
import { FACT_PHRASES, FACT_ROW_ORDER } from '../../../../lib/policy/show/fact-row-phrases';
import { analyzePolicy } from '../../../../lib/policy/read/analyze';
import { emptyFacts } from '../../../../lib/policy/empty-facts';
import type { PolicyFacts } from '../../../../lib/policy/types';

const ALL_FIELDS: readonly FactField[] = [...Object.keys(emptyFacts()) as (keyof PolicyFacts)[], 'lastUpdated'];

function rowsOf(facts: Partial<PolicyFacts>, extra: Partial<FactRowsInput> = {}): Map<FactField, FactRow> {
  return new Map(factRows({ lastUpdated: null, facts: { ...emptyFacts(), ...facts }, ...extra }).map((row) => [row.field, row]));
}
const row = (facts: Partial<PolicyFacts>, field: FactField) => rowsOf(facts).get(field)!;
const quote = (text: string, start = 0) => ({ quote: text, start });

describe('factRows: shape', () => {
  it('gives one row per fact and one for the date, in the set order, each with a label', () => {
    const rows = factRows({ lastUpdated: null, facts: emptyFacts() });
    expect(rows.map((r) => r.field)).toEqual([...FACT_ROW_ORDER]);
    expect(new Set(rows.map((r) => r.field))).toEqual(new Set(ALL_FIELDS));
    for (const r of rows) expect(r.label).toBe(FACT_PHRASES[`fact.label.${r.field}`]);
  });

  it('says each silent point plainly, marks it unknown and silent, with no quotes', () => {
    for (const r of factRows({ lastUpdated: null, facts: emptyFacts() })) {
      expect(r, r.field).toMatchObject({ text: FACT_PHRASES[`fact.silent.${r.field}`], verdict: 'unknown', silent: true, evidence: [] });
    }
    const rows = rowsOf({});
    expect(rows.get('retention')?.text).toBe('Does not say how long');
    expect(rows.get('dnt')?.text).toBe('Does not mention Do Not Track');
    expect(rows.get('childAge')?.text).toBe('Names no age limit');
  });

  it('never leaves a text empty and never puts markup in it', () => {
    const rows = factRows(analyzePolicy('Privacy Policy\n\nWe may sell your data to advertisers. We keep data for 2 years. We use cookies named <b>x</b>.'));
    for (const r of rows) {
      expect(r.text.trim().length, r.field).toBeGreaterThan(0);
      expect(r.label.trim().length, r.field).toBeGreaterThan(0);
    }
  });

  it('is not silent once the policy states a value', () => {
    expect(row({ childAge: { value: 13, evidence: [] } }, 'childAge').silent).toBe(false);
    expect(row({ sellsData: { value: false, evidence: [] } }, 'sellsData').silent).toBe(false);
  });
});

describe('factRows: each fact in words, with its verdict', () => {
  it('selling: true is concerning, false is good', () => {
    expect(row({ sellsData: { value: true, evidence: [] } }, 'sellsData')).toMatchObject({ text: 'Says it may sell or rent your data', verdict: 'concerning' });
    expect(row({ sellsData: { value: false, evidence: [] } }, 'sellsData')).toMatchObject({ text: 'Says it does not sell your data', verdict: 'good' });
  });

  it('retention: a stated period is good, "as needed" neutral, indefinitely concerning', () => {
    expect(row({ retention: { value: 'fixed', periods: ['30 days'], evidence: [] } }, 'retention')).toMatchObject({ text: 'For 30 days', verdict: 'good' });
    expect(row({ retention: { value: 'fixed', periods: ['30 days', '2 years', '30 days'], evidence: [] } }, 'retention').text).toBe('For a set time: 30 days, 2 years');
    expect(row({ retention: { value: 'fixed', periods: [], evidence: [] } }, 'retention').text).toBe('For a set time');
    expect(row({ retention: { value: 'as-needed', periods: [], evidence: [] } }, 'retention')).toMatchObject({ text: 'As long as needed', verdict: 'unknown', silent: false });
    expect(row({ retention: { value: 'indefinite', periods: [], evidence: [] } }, 'retention')).toMatchObject({ text: 'Indefinitely', verdict: 'concerning' });
  });

  it('Do Not Track: honoured is good, not honoured concerning', () => {
    expect(row({ dnt: { value: 'honored', evidence: [] } }, 'dnt')).toMatchObject({ text: 'Honours Do Not Track', verdict: 'good' });
    expect(row({ dnt: { value: 'not-honored', evidence: [] } }, 'dnt')).toMatchObject({ text: 'Does not honour Do Not Track', verdict: 'concerning' });
  });

  it('child age: a stated limit is good', () => {
    expect(row({ childAge: { value: 13, evidence: [] } }, 'childAge')).toMatchObject({ text: 'Not for children under 13', verdict: 'good' });
    expect(row({ childAge: { value: 16, evidence: [] } }, 'childAge').text).toBe('Not for children under 16');
  });

  it('sharing in words: advertisers make it concerning, ordinary recipients stay neutral', () => {
    expect(row({ sharing: { value: ['advertisers', 'legal'], evidence: [] } }, 'sharing')).toMatchObject({
      text: 'Advertisers and authorities when the law requires', verdict: 'concerning',
    });
    expect(row({ sharing: { value: ['service-providers', 'affiliates', 'business-transfer'], evidence: [] } }, 'sharing')).toMatchObject({
      text: 'Service providers, affiliated companies and a buyer if the company is sold', verdict: 'unknown', silent: false,
    });
  });

  it('tracking: advertising, remarketing and Flash cookies are concerning; analytics alone neutral', () => {
    expect(row({ trackingTech: { value: ['analytics', 'remarketing'], evidence: [] } }, 'trackingTech')).toMatchObject({ text: 'Uses analytics and remarketing', verdict: 'concerning' });
    expect(row({ trackingTech: { value: ['flash-cookies'], evidence: [] } }, 'trackingTech').verdict).toBe('concerning');
    expect(row({ trackingTech: { value: ['advertising'], evidence: [] } }, 'trackingTech').text).toBe('Uses advertising cookies');
    expect(row({ trackingTech: { value: ['analytics', 'web-beacons'], evidence: [] } }, 'trackingTech')).toMatchObject({ text: 'Uses analytics and web beacons', verdict: 'unknown' });
  });

  it('rights in words: access and deletion together are good', () => {
    expect(row({ rights: { value: ['deletion', 'access'], evidence: [] } }, 'rights')).toMatchObject({ text: 'You can see and delete your data', verdict: 'good' });
    expect(row({ rights: { value: ['access', 'correction', 'deletion', 'opt-out-marketing', 'complaint'], evidence: [] } }, 'rights').text)
      .toBe('You can see, correct and delete your data, opt out of marketing and complain to a regulator');
    expect(row({ rights: { value: ['opt-out-marketing'], evidence: [] } }, 'rights')).toMatchObject({ text: 'You can opt out of marketing', verdict: 'unknown' });
    expect(row({ rights: { value: ['portability', 'objection'], evidence: [] } }, 'rights').text).toBe('You can take away a copy of your data and object to how your data is used');
  });

  it('response time: within the legal deadline is good, beyond it concerning', () => {
    expect(row({ responseDays: { value: 30, evidence: [] } }, 'responseDays')).toMatchObject({ text: 'Answers requests within 30 days', verdict: 'good' });
    expect(row({ responseDays: { value: PROMPT_RESPONSE_DAYS, evidence: [] } }, 'responseDays').verdict).toBe('good');
    expect(row({ responseDays: { value: 90, evidence: [] } }, 'responseDays').verdict).toBe('concerning');
    expect(row({ responseDays: { value: 1, evidence: [] } }, 'responseDays').text).toBe('Answers requests within 1 day');
  });

  it('data locations as English country names', () => {
    expect(row({ dataLocations: { value: ['SG', 'US'], evidence: [] } }, 'dataLocations')).toMatchObject({ text: 'Singapore and United States', verdict: 'unknown' });
    expect(row({ dataLocations: { value: ['IE', 'US', 'EU'], evidence: [] } }, 'dataLocations').text).toBe('Ireland, United States and European Union');
  });

  it('change notice: told in advance or by email is good, only posted concerning', () => {
    expect(row({ changeNotice: { value: 'advance', evidence: [] } }, 'changeNotice')).toMatchObject({ text: 'Tells you before changes take effect', verdict: 'good' });
    expect(row({ changeNotice: { value: 'email', evidence: [] } }, 'changeNotice').verdict).toBe('good');
    expect(row({ changeNotice: { value: 'posted-only', evidence: [] } }, 'changeNotice')).toMatchObject({ text: 'Only posts changes on the policy page', verdict: 'concerning' });
  });

  it('frameworks explained; Privacy Shield alone is no good sign', () => {
    expect(row({ frameworks: { value: ['GDPR', 'CCPA'], evidence: [] } }, 'frameworks')).toMatchObject({ text: 'GDPR (EU), CCPA (California)', verdict: 'good' });
    expect(row({ frameworks: { value: ['Privacy Shield'], evidence: [] } }, 'frameworks')).toMatchObject({ text: 'Privacy Shield (struck down in 2020)', verdict: 'unknown' });
  });

  it('cookies and contacts named, long lists cut with a count', () => {
    expect(row({ cookies: { value: ['__zlcid', '__zprivacy'], evidence: [] } }, 'cookies')).toMatchObject({ text: '__zlcid, __zprivacy', verdict: 'unknown' });
    const many = Array.from({ length: 11 }, (_, i) => `c${i}`);
    expect(row({ cookies: { value: many, evidence: [] } }, 'cookies').text).toBe('c0, c1, c2, c3, c4, c5, c6, c7 and 3 more');
    expect(row({ contacts: { value: ['privacy@example.com', 'https://example.com/dpo'], evidence: [] } }, 'contacts')).toMatchObject({
      text: 'privacy@example.com, https://example.com/dpo', verdict: 'good',
    });
  });

  it('last updated: the date, with its quote when the analysis has one', () => {
    const rows = rowsOf({}, { lastUpdated: '2021-03-03', lastUpdatedEvidence: [quote('Last updated: March 3, 2021', 4)] });
    expect(rows.get('lastUpdated')).toMatchObject({ text: '2021-03-03', verdict: 'unknown', silent: false, evidence: [quote('Last updated: March 3, 2021', 4)] });
    expect(rowsOf({}, { lastUpdated: '2021-03-03' }).get('lastUpdated')?.evidence).toEqual([]);
  });

  it('keeps policy text as a plain string, markup and all', () => {
    expect(row({ cookies: { value: ['<img src=x onerror=alert(1)>'], evidence: [] } }, 'cookies').text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('factRows: evidence', () => {
  it('gives each quote once, in text order', () => {
    const a = quote('We use analytics.', 40);
    const b = quote('We use remarketing.', 10);
    const evidence = row({ trackingTech: { value: ['analytics', 'remarketing'], evidence: [a, b, a] } }, 'trackingTech').evidence;
    expect(evidence).toEqual([b, a]);
  });

  it('carries quotes that sit at their offsets in a real analysis', () => {
    const text = 'Privacy Policy\n\nLast updated: March 3, 2021\n\nWe do not sell your personal information. We keep logs for 30 days. '
      + 'We store data in Singapore and the United States. We do not respond to Do Not Track signals.';
    const rows = new Map(factRows(analyzePolicy(text)).map((r) => [r.field, r]));
    expect(rows.get('sellsData')?.verdict).toBe('good');
    expect(rows.get('retention')?.text).toBe('For 30 days');
    expect(rows.get('dataLocations')?.text).toBe('Singapore and United States');
    expect(rows.get('dataLocations')?.evidence).toHaveLength(1);
    expect(rows.get('lastUpdated')?.text).toBe('2021-03-03');
    for (const r of rows.values()) {
      for (const e of r.evidence) expect(text.slice(e.start, e.start + e.quote.length), r.field).toBe(e.quote);
    }
  });
});

describe('countryName', () => {
  it('names ISO codes in English, the EU included', () => {
    expect(countryName('SG')).toBe('Singapore');
    expect(countryName('US')).toBe('United States');
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('EU')).toBe('European Union');
    expect(countryName('HK')).toBe('Hong Kong');
    expect(countryName('gb')).toBe('United Kingdom');
  });

  it('leaves what it cannot name as given', () => {
    expect(countryName('not a code')).toBe('not a code');
    expect(countryName('')).toBe('');
  });
});

describe('joinWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
