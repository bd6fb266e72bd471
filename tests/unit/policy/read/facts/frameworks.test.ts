import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('frameworks', () => {
  it('names the four frameworks in their usual spellings', () => {
    expect(valueOf('frameworks', 'Please note that the EU’s General Data Protection Regulation (GDPR) applies.')).toEqual(['GDPR']);
    expect(valueOf('frameworks', 'We process data under Regulation (EU) 2016/679.')).toEqual(['GDPR']);
    expect(valueOf('frameworks', 'The Company complies with the EU-U.S. Privacy Shield Framework.')).toEqual(['Privacy Shield']);
    expect(valueOf('frameworks', "In accordance with the Children's Online Privacy Protection Act, we ...")).toEqual(['COPPA']);
    expect(valueOf('frameworks', 'Under the California Consumer Privacy Act (CCPA), you may ... (Cal. Civ. Code § 1798.100).')).toEqual(['CCPA']);
  });

  it('does not confuse Safe Harbor or Shine the Light', () => {
    expect(valueOf('frameworks', 'We adhere to the U.S.-EU Safe Harbor Framework.')).toEqual([]);
    expect(valueOf('frameworks', 'California Civil Code Section 1798.83 permits our users to request certain information.')).toEqual([]);
  });

  it('quotes the first mention', () => {
    const fact = factOf('frameworks', 'Intro. GDPR rights are below. More on the GDPR later.');
    expect(fact.evidence).toEqual([{ quote: 'GDPR rights are below.', start: 7 }]);
  });
});
