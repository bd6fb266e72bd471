import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('sharing', () => {
  it('finds each category in sharing sentences', () => {
    expect(valueOf('sharing', 'We share information with our third-party service providers that host the service.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may share your information with advertising partners.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may disclose personal data to our parent, subsidiary and affiliated companies.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may disclose your information when required by law or in response to a subpoena.')).toEqual(['legal']);
    expect(valueOf('sharing', 'If we are involved in a merger or acquisition, your personal information may be transferred to the successor.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'We may share aggregated, non-personal information with third parties.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We will otherwise only disclose your personal data when you direct us or give us permission to do so.')).toEqual(['consent']);
  });

  it('reads list items through their lead-in', () => {
    const text = 'We only share personal information in the following limited circumstances:\n\n* We have your consent.\n* We hire third parties to perform business functions for us.\n* We believe disclosure is necessary to comply with a court order.';
    expect(valueOf('sharing', text)).toEqual(['service-providers', 'legal', 'consent']);
  });

  it('respects negation and its exceptions', () => {
    expect(valueOf('sharing', 'We do not share your personal information with advertisers.')).toEqual([]);
    expect(valueOf('sharing', 'We will not share or disclose information except when we receive legal process such as a court order.')).toEqual(['legal']);
    expect(valueOf('sharing', 'We do not share your personal information with third parties without your consent.')).toEqual(['consent']);
    expect(valueOf('sharing', 'We do not authorize the use of your information by any third party (other than our business services providers).')).toEqual(['service-providers']);
  });

  it('does not count collection by third parties or internal use of aggregates', () => {
    expect(valueOf('sharing', 'Third party ad servers that present advertising on the site may collect information from you via cookies.')).toEqual([]);
    expect(valueOf('sharing', 'We may also use aggregated personal data and statistics to develop our services.')).toEqual([]);
    expect(valueOf('sharing', 'This Policy applies to all services offered by us or our affiliated companies.')).toEqual([]);
  });

  it('gives one evidence sentence per category', () => {
    const fact = factOf('sharing', 'We may share your data with our affiliates. We may disclose data as required by law.');
    expect(fact.evidence.map((e) => e.quote)).toEqual(['We may share your data with our affiliates.', 'We may disclose data as required by law.']);
  });
});
