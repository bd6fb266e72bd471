import { describe, expect, it } from 'vitest';
import { attributionScore } from '../../../lib/cookies/attribution-score';

describe('attributionScore', () => {
  it('counts cookies named with the vendor, without one, and with another', () => {
    const score = attributionScore([
      { name: 'intercom-id-abc', domain: 'shop.example', vendor: 'Intercom' },
      { name: 'mystery', domain: 'shop.example', vendor: null },
      { name: '_ga', domain: 'shop.example', vendor: 'Google Analytics' },
    ], 'Intercom');
    expect(score).toEqual({ cookies: 3, named: 1, unnamed: ['mystery @ shop.example'], wrong: ['_ga @ shop.example (named Google Analytics)'] });
  });
});
