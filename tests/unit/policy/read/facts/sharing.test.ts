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

  it("does not take a vendor's possessive for a recipient", () => {
    expect(valueOf('sharing', "When you pick a widget vendor's policy, the extension fetches that page from the site that publishes it.")).toEqual([]);
    expect(valueOf('sharing', 'We share your e-mail address with our vendors.')).toEqual(['service-providers']);
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

  describe('phrasings of unseen policies (issue 14)', () => {
    it('does not count a third party sharing its own data as the company sharing', () => {
      expect(valueOf('sharing', 'Google may publish summarised statistics on user activities or share them with third parties and partners, such as publishers and advertisers.')).toEqual([]);
      // Only aggregates reach the advertisers: aggregate sharing (the labels' convention), not advertisers.
      expect(valueOf('sharing', 'We may share aggregated statistics with advertisers.')).toEqual(['aggregate']);
    });

    it('reads legal disclosure without a share verb', () => {
      expect(valueOf('sharing', 'We respond to court orders or legal process.')).toEqual(['legal']);
      expect(valueOf('sharing', 'We cooperate with law enforcement agencies when they ask.')).toEqual(['legal']);
    });

    it('reads service providers named by what they do for the company', () => {
      expect(valueOf('sharing', 'We provide the information to trusted partners who work on behalf of or with Example Maps.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We only share your data with third parties required to provide our service.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We may provide information to any party whose services we engage for our normal operations.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We provide personal data to trusted businesses or persons to process it for us, based on our instructions.')).toEqual(['service-providers']);
    });

    it('reads business transfers in older phrasing', () => {
      expect(valueOf('sharing', 'We reserve the right to transfer any information we have about you in the event of a disposition of all or a portion of our business.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'If Example Maps, or substantially all of its assets, were ever to be acquired, customer information will be one of the transferred assets.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'In the event of a transfer of one of our websites to a third party, we may transfer to such third party all personal information we collected about you.')).toEqual(['business-transfer']);
    });

    it('reads consent, law and providers in other words', () => {
      expect(valueOf('sharing', 'The Company will never provide user information to any third parties without the user`s consent, unless the Company is obliged to do so under applicable laws.')).toEqual(['legal', 'consent']);
      expect(valueOf('sharing', 'No private information will ever be passed to third parties, unless you explicitly ask us to.')).toEqual(['consent']);
      expect(valueOf('sharing', 'If you choose to pay, your card details will be tokenized and sent to Example Pay, our secure payments provider.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'Example Maps and its affiliates collect IP addresses to run the site.')).toEqual([]);
      expect(valueOf('sharing', 'We do use a third party to operate our email service.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We may, at our election and without further notice to you, share the information we collect with our advertisers.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We may provide aggregated anonymous data about the usage of the Services to third parties.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'At no time, unless such disclosure is required by law or a user specifically authorizes such disclosure, will Example Maps disclose personal information.')).toEqual(['legal', 'consent']);
      expect(valueOf('sharing', 'We collect IP addresses to report aggregated information to our advertisers.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'The Company may entrust, to the extent the Company considers necessary to achieve the intended purpose concerning the use of the Service, the handling of personal information collected from users, in whole or in part, to a trustee.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'You consent to our sharing personal information with persons who are associated with Example Maps.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'In the event that ownership of Example Maps was to change for any reason, your information may be transferred.')).toEqual(['business-transfer']);
    });

    it('does not take consent from sentences that do not share', () => {
      expect(valueOf('sharing', 'We only use your information with your consent.')).toEqual([]);
    });

    it('takes consent only as the condition of a share', () => {
      expect(valueOf('sharing', 'Where we rely on your consent to process personal data, you may withdraw your consent to such sharing at any time.')).toEqual([]);
      expect(valueOf('sharing', 'We may send you marketing emails if you have given your consent, and we may share your email address with our email provider.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'If you choose to post content in public areas, other users can see it and we may display it.')).toEqual([]);
      expect(valueOf('sharing', 'Information is not disclosed to third parties unless: a) it is needed to complete a transaction, or b) you give Example Bank your permission.')).toEqual(['consent']);
      expect(valueOf('sharing', 'With your consent, we may share your profile with partner sites.')).toEqual(['consent']);
      const list = 'We share information in these cases:\n\n* **With your consent:** you will be told before your information goes to other companies, and you may decline such a transfer.';
      expect(valueOf('sharing', list)).toEqual(['consent']);
    });

    it('counts advertisers only as recipients of more than aggregates, after a share', () => {
      expect(valueOf('sharing', 'We may share aggregated information and de-identified data with our partners, such as advertisers.')).toEqual(['advertisers', 'aggregate']);
      expect(valueOf('sharing', 'We use your information for marketing purposes and may share it with the companies that host our website.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We may share your e-mail address with other companies for marketing purposes.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'Example Corp and its affiliates (collectively "we") may share your data with service providers.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We may provide anonymous statistical information about our users to reputable third parties.')).toEqual(['aggregate']);
    });
  });
});
