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

  describe('clause-level scope: who hands what to whom (issue 14, third pass)', () => {
    it('needs a recipient other than the reader or the company', () => {
      // Near misses: the share verb's recipient is the reader, the company, the reader's device, or a country.
      expect(valueOf('sharing', 'With your permission, we may send promotional emails to you about new products.')).toEqual([]);
      expect(valueOf('sharing', 'With your consent, we will provide you with personalised recommendations.')).toEqual([]);
      expect(valueOf('sharing', 'With your permission, we may send you push notifications to your device.')).toEqual([]);
      expect(valueOf('sharing', 'If you give us permission to access your contacts, we will suggest friends to you.')).toEqual([]);
      expect(valueOf('sharing', 'We will ask for your permission before granting access to your camera.')).toEqual([]);
      expect(valueOf('sharing', 'Where required by law, we will obtain your consent before sending marketing messages to you.')).toEqual([]);
      expect(valueOf('sharing', 'We may transfer your data to the United States with your consent.')).toEqual([]);
      // True: the same condition on a disclosure to someone else.
      expect(valueOf('sharing', 'With your consent, we may share your profile with partner sites.')).toEqual(['consent']);
      expect(valueOf('sharing', 'With your consent we will make your profile available to recruiters.')).toEqual(['consent']);
    });

    it('does not read the reader handing data over as the company sharing it', () => {
      expect(valueOf('sharing', 'With your consent, you can transfer your chat history to another service.')).toEqual([]);
      expect(valueOf('sharing', 'Information you provide to our affiliate sites is governed by their own privacy policies.')).toEqual([]);
      expect(valueOf('sharing', 'Information that you choose to share publicly may be seen by anyone.')).toEqual([]);
      expect(valueOf('sharing', 'Cookies are small files that a site transfers to your computer\'s hard drive (if you allow).')).toEqual([]);
      expect(valueOf('sharing', 'We may share your personal data with our affiliates.')).toEqual(['affiliates']);
    });

    it('reads affiliates as recipients only, not as a source or a kind of link', () => {
      expect(valueOf('sharing', 'We may combine information we receive from our affiliates with the information you provide to us.')).toEqual([]);
      expect(valueOf('sharing', 'We may receive information about you from our affiliates and share it with our service providers.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We share your data only as set out here. Some reviews contain affiliate links, which earn us a commission.')).toEqual([]);
      expect(valueOf('sharing', 'We may disclose your information to companies within our corporate group.')).toEqual(['affiliates']);
    });

    it('reads a bare marketing purpose after service providers or affiliates as our own', () => {
      expect(valueOf('sharing', 'We may share your information with our service providers for marketing purposes.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We may share your information with our affiliates for marketing purposes.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'We may share your contact details with selected partners for marketing purposes.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We share information about your use of our site with our advertising and analytics partners.')).toEqual(['service-providers', 'advertisers']);
    });

    it('reads service providers used, relied on or processing for us, without a share verb', () => {
      expect(valueOf('sharing', 'We use the following sub-processors to provide the service: Example Cloud (hosting) and Example Pay (payments).')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'Some of your data is stored by our hosting partner, Example Cloud.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'Data is transmitted to our payment provider when you buy a subscription.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We use third party services to send e-mails and to process payments.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We do not use third-party service providers.')).toEqual([]);
      expect(valueOf('sharing', 'Our service providers use cookies to remember your settings.')).toEqual([]);
      expect(valueOf('sharing', 'Your data is transmitted to us over an encrypted connection.')).toEqual([]);
      expect(valueOf('sharing', 'Information collected by our affiliates is governed by their own policies.')).toEqual([]);
    });

    it('reads consent only where someone else gets the data on it', () => {
      expect(valueOf('sharing', 'If you ask us to delete your data, we will also inform third parties with whom we have shared it.')).toEqual([]);
      expect(valueOf('sharing', 'We ask customers to obtain the consent of their end users before they share any personal data with us.')).toEqual([]);
      expect(valueOf('sharing', 'Your consent is the legal basis for sharing data with our e-mail provider.')).toEqual(['service-providers']);
      // No consent; the disclosure the law requires stands (tenth pass: "without your consent" alone does not negate it).
      expect(valueOf('sharing', 'We may disclose personal data without your consent where the law requires it.')).toEqual(['legal']);
      expect(valueOf('sharing', 'We will never share your data with third parties for marketing without your explicit consent.')).toEqual(['consent']);
      expect(valueOf('sharing', 'If you ask us to, we will send your data to another provider.')).toEqual(['consent']);
    });

    it('reads a category under a sharing heading only as a recipient', () => {
      expect(valueOf('sharing', '## How we share information\n\nThis policy also applies to our affiliates.')).toEqual([]);
      expect(valueOf('sharing', '## Sharing\n\nOur affiliates follow the same privacy practices as we do.')).toEqual([]);
      expect(valueOf('sharing', '## Third parties\n\nOur site contains links to the sites of our affiliates, which have their own policies.')).toEqual([]);
      expect(valueOf('sharing', '## Sharing\n\nWhen you pay, you deal directly with the payment provider, whose policy applies.')).toEqual([]);
      expect(valueOf('sharing', '## Who we share data with\n\n- **Service providers** that host our website.\n- **Our affiliates**, for the purposes set out in this policy.')).toEqual(['service-providers', 'affiliates']);
      expect(valueOf('sharing', 'Card details go straight to our payment processor.')).toEqual(['service-providers']);
    });

    it('reads an affiliate that is sold as a business transfer, not as a recipient', () => {
      expect(valueOf('sharing', 'We may disclose your information to a buyer as part of a sale of the assets of Example Corp, a subsidiary or division.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'If we sell one of our subsidiaries, customer data may be transferred to the buyer.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'In a merger, we may share your data with our affiliates.')).toEqual(['affiliates', 'business-transfer']);
      expect(valueOf('sharing', 'We sell our products to customers in many countries and may share their data with our shipping partners.')).toEqual(['service-providers']);
    });

    it('reads consent and legal duty in other words', () => {
      expect(valueOf('sharing', 'We never sell or share personal information with non-affiliated companies unless you agree.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Personal data will not be transferred to third parties unless you have given your express consent or we are legally obliged to do so.')).toEqual(['legal', 'consent']);
      expect(valueOf('sharing', 'We will not sell, pass on or distribute the data we hold without your prior permission, unless required to do so under applicable legislation.')).toEqual(['legal', 'consent']);
      expect(valueOf('sharing', 'Otherwise we will not provide your personal information without your consent.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Furthermore we engage other companies and individuals to perform functions on our behalf.')).toEqual(['service-providers']);
    });
  });

  describe('grammar of unseen policies (issue 14, fourth pass: who hands what to whom)', () => {
    it('reads words in quotes between a share verb and its recipient', () => {
      expect(valueOf('sharing', 'We may pass "summary" figures about our readers on to selected third parties.')).toEqual([]);
      expect(valueOf('sharing', 'Now and then we provide "aggregated" figures about our readers to outside researchers.')).toEqual(['aggregate']);
    });

    it('reads a sale or transfer of the company as a business transfer', () => {
      expect(valueOf('sharing', 'Should there be a sale or transfer of the firm or of some of its assets, member records could be among the things handed to the buyer.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'A sale or transfer of your ticket to another fan is allowed.')).toEqual([]);
    });

    it('reads a business transfer without a share verb when personal data changes hands', () => {
      expect(valueOf('sharing', 'Were we ever to go through a merger or acquisition, the buyer would acquire the customer records we keep.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'Were we ever to go through a merger or acquisition, we would tell everyone on this page.')).toEqual([]);
    });

    it('does not read providing a service or a product as handing data over', () => {
      expect(valueOf('sharing', 'We run some shops and offer products jointly with affiliated firms.')).toEqual([]);
      expect(valueOf('sharing', 'Sometimes we provide our shop features together with affiliated firms.')).toEqual([]);
      expect(valueOf('sharing', 'We provide our learning service to schools in line with the rules of regulatory bodies.')).toEqual([]);
      expect(valueOf('sharing', 'We provide order details to affiliated firms.')).toEqual(['affiliates']);
      expect(valueOf('sharing', '## Sharing and disclosure\n\nWe run some shops jointly with affiliated firms.')).toEqual([]);
      expect(valueOf('sharing', '## Sharing and disclosure\n\nWe pass order details to affiliated firms.')).toEqual(['affiliates']);
    });

    it('does not read content made available on a website, or nouns, as a hand-over', () => {
      expect(valueOf('sharing', 'Our films are made available on our website, on affiliate portals and on partner apps.')).toEqual([]);
      expect(valueOf('sharing', 'We make viewing statistics available to our affiliates.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'Our shows also play on our affiliates and distributor portals.')).toEqual([]);
      expect(valueOf('sharing', 'We keep the records the Securities and Exchange Commission asks of advisers, as the law requires.')).toEqual([]);
      expect(valueOf('sharing', 'We exchange customer records with our affiliates.')).toEqual(['affiliates']);
    });

    it('reads a provider that receives the data as a recipient', () => {
      expect(valueOf('sharing', 'Outside firms that help us ship orders may receive your postal address for that purpose.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'Outside firms that help us ship orders will not receive your card number.')).toEqual([]);
      expect(valueOf('sharing', 'Third-party vendors may receive information about your visits through cookies.')).toEqual([]);
    });

    it('reads processing by an affiliate or vendor whose services are used', () => {
      expect(valueOf('sharing', "The shop may use its affiliates' services for the processing of personal data of members.")).toEqual(['affiliates']);
      expect(valueOf('sharing', "The shop may use its affiliates' services for the processing of refunds.")).toEqual([]);
    });

    it('reads consent said as given or indicated', () => {
      const lead = 'The college may share information as:\n\n  * needed to run a course,\n  * consent is otherwise given.';
      expect(valueOf('sharing', lead)).toEqual(['consent']);
      expect(valueOf('sharing', 'The college may share information when the student indicates consent on the form.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Consent is otherwise given by using the site, and we keep logs for a month.')).toEqual([]);
    });

    it('reads an item under a lead-in heading that names aggregate data', () => {
      const list = '### 4. Cases in which we may disclose member data:\n\n  * to the couriers who deliver your orders on our behalf.\n  * in summary/aggregate form, where no one can be singled out.';
      expect(valueOf('sharing', list)).toEqual(['service-providers', 'aggregate']);
      const notShared = '### 4. What we keep about members:\n\n  * in summary/aggregate form, where no one can be singled out.';
      expect(valueOf('sharing', notShared)).toEqual([]);
      const usedOnly = 'We may disclose member data in these cases:\n\n  * We analyse visits in aggregate form to improve the shop.';
      expect(valueOf('sharing', usedOnly)).toEqual([]);
    });

    it('counts affiliates and vendors getting aggregates only as aggregate sharing', () => {
      expect(valueOf('sharing', 'We may share aggregate viewing figures with many companies, among them our affiliates and advertisers.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We may share your viewing history with our affiliates.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'We may provide statistics about readers to reputable outside vendors.')).toEqual(['aggregate']);
    });

    it('does not read "publishers" as a verb of publishing', () => {
      expect(valueOf('sharing', 'Advertising networks and publishers may not collect names through our widget.')).toEqual([]);
      expect(valueOf('sharing', 'We publish the names of contest winners and share them with the sponsors.')).toEqual(['advertisers']);
    });

    it('reads "you have elected to" as consent to a share', () => {
      expect(valueOf('sharing', 'Unless it is part of a club you have elected to join, we do not share your e-mail address with other companies.')).toEqual(['consent']);
      expect(valueOf('sharing', 'You have elected to join our club, so we will e-mail you its news.')).toEqual([]);
    });

    it('reads consent as the last item of a list inside the sharing sentence', () => {
      expect(valueOf('sharing', 'We may pass member details to (a) the police when the law demands it; (b) other members of your club; and (c) anyone else with your consent.')).toEqual(['legal', 'consent']);
      expect(valueOf('sharing', 'We collect (a) your name, (b) your e-mail address and (c) with your consent, your birthday.')).toEqual([]);
    });

    it("reads a recipient's own advertising or promotions as advertisers, not our own done by helpers", () => {
      expect(valueOf('sharing', 'We may share your postcode with other firms for the purpose of them showing you ads for nearby shops.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We may give your address to businesses we pick to send you catalogues and promotions.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We give your address to companies that help us to send you our promotions.')).toEqual(['service-providers']);
    });

    it('reads a category that is the subject of receiving as a recipient', () => {
      expect(valueOf('sharing', 'Our sister companies and affiliates have access to your order history.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'Our affiliates have their own privacy policies.')).toEqual([]);
      expect(valueOf('sharing', 'We use outside firms and our affiliates to help us run the shop.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'We use cookies to help us run the shop, and our affiliates use their own.')).toEqual([]);
    });

    it('reads forwarding as a hand-over, and "upon your request" as consent', () => {
      expect(valueOf('sharing', 'Where abuse is suspected, logs may be forwarded with other records we hold to the police.')).toEqual(['legal']);
      expect(valueOf('sharing', 'Going forward, we will keep logs for the police inquiries we answer ourselves.')).toEqual([]);
      expect(valueOf('sharing', 'Upon your request, we will pass your details to the seller.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Upon your request, we will erase your details.')).toEqual([]);
    });

    it('reads direct and joint marketers as advertisers', () => {
      expect(valueOf('sharing', 'We may disclose member details to other firms, such as lenders, direct marketers and charities.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We may disclose member details to other firms, such as lenders and charities.')).toEqual([]);
    });

    it('reads consent with an adverb before it', () => {
      expect(valueOf('sharing', 'We pass your booking to any hotel that can show you have expressly consented to that disclosure.')).toEqual(['consent']);
      expect(valueOf('sharing', 'You have expressly consented to our terms, and we pass nothing to anyone.')).toEqual([]);
    });

    it('does not read the reader, named in a relative clause, handing data over as the company sharing it', () => {
      expect(valueOf('sharing', 'This policy also covers people who give their details to our travel agent or service provider at the airport.')).toEqual([]);
      expect(valueOf('sharing', 'This policy also covers the details we give to our travel agent or service provider.')).toEqual(['service-providers']);
    });

    it('does not read sharing a stance as sharing data', () => {
      expect(valueOf('sharing', 'The shop belongs to a parent company, which shares our commitment to privacy.')).toEqual([]);
      expect(valueOf('sharing', 'The shop belongs to a parent company, with which we share order records.')).toEqual(['affiliates']);
    });

    it('reads members of our group as affiliates', () => {
      expect(valueOf('sharing', 'We may pass your order to other members of our group for delivery.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'Other members of our group of volunteers answer questions in the forum.')).toEqual([]);
    });

    it('reads summary, cumulative and pooled data as aggregates', () => {
      expect(valueOf('sharing', 'Now and then we pass summary visit figures to outside researchers.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We keep summary visit figures to plan the next season.')).toEqual([]);
      expect(valueOf('sharing', 'We share cumulative ticket sales data with our sponsors.')).toEqual(['aggregate']);
    });

    it('reads aggregates passed to partners or sponsors in the passive', () => {
      expect(valueOf('sharing', 'Reader figures in aggregate form may be provided to partners.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'Reader figures in aggregate form help us plan, and partners are provided nothing.')).toEqual([]);
    });

    it('reads the recipient named before what it is given', () => {
      expect(valueOf('sharing', 'We may provide our sponsors with aggregate figures about our readers.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We may provide our sponsors with the postal addresses of our readers.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We may give sponsors the e-mail addresses of contest entrants.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We provide you with statistics about your own runs.')).toEqual([]);
    });

    it('does not let a negation in an aside between commas negate the sharing', () => {
      expect(valueOf('sharing', 'Aggregate figures, which do not name anyone, may be shared with researchers.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'Your address, which we never sell, may be passed to our couriers who deliver on our behalf.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We do not pass your address, which we keep safe, to our couriers.')).toEqual([]);
    });

    it('reads "the information you provide may be shared" as the company sharing', () => {
      expect(valueOf('sharing', 'The details you provide in a prize draw will be shared with its sponsor.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'Answers that members share in the forum may be passed to our moderators who work on our behalf.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'You can share the details you enter with your friends.')).toEqual([]);
    });

    it('reads aggregates named after their recipients', () => {
      expect(valueOf('sharing', 'Survey answers may be shared with sponsors and partners on an aggregated basis.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'Survey answers may be shared with sponsors, and we publish an aggregated report.')).toEqual(['advertisers', 'aggregate']);
      expect(valueOf('sharing', 'Aggregated figures are used to supply market research to potential sponsors.')).toEqual(['aggregate']);
    });

    it('keeps a denial after "but" and an exception that opens the sentence (guards for the item test below)', () => {
      expect(valueOf('sharing', 'We may set cookies but your address is not shared with advertisers.')).toEqual([]);
      expect(valueOf('sharing', 'Except as set out here, we do not share your data without your consent.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Advertisers may set cookies, but your address is not shared with them.')).toEqual([]);
    });

    it('reads a provider with which the company has a relationship to provide the service', () => {
      expect(valueOf('sharing', 'We pass your order to firms with which we have a contract in order to deliver it to you.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We pass your order to firms with which we have a long history.')).toEqual([]);
    });

    it('does not take a denial in its own words as a case of the lead-in above it', () => {
      const list = 'We will not share your data with anyone unless:\n\n* you ask us to;\n* advertisers may set cookies, but your address is not shared with them.';
      expect(valueOf('sharing', list)).toEqual(['consent']);
    });

    it('reads a sale of the business named by any noun, and records of any kind, as a business transfer', () => {
      expect(valueOf('sharing', 'On a sale of the club or of some of its assets, the ticket records we keep could pass to the buyer.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'On a sale of the club or of some of its assets, we would tell you here.')).toEqual([]);
    });
  });

  describe('phrasings of unseen policies (issue 14, fifth pass)', () => {
    it('reads permission the reader has given us, or consent by a named reader, as consent', () => {
      expect(valueOf('sharing', "We never pass a member's details to other clubs unless that member has given us specific permission to do so.")).toEqual(['consent']);
      expect(valueOf('sharing', 'Contact details go to partner charities only when the subscriber expressly consents to that disclosure.')).toEqual(['consent']);
      // Agreeing to receive mail is no condition of a hand-over.
      expect(valueOf('sharing', 'We share order details with our delivery firms, and we e-mail offers only once the customer agrees to receive them.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'You have given us permission to send you the weekly digest.')).toEqual([]);
    });

    it('reads a chance to consent to the disclosure itself as consent', () => {
      expect(valueOf('sharing', 'Before health details are passed to a research body, we will give you the chance to expressly consent (opt-in) to that disclosure.')).toEqual(['consent']);
      expect(valueOf('sharing', 'You will have the chance to consent to our newsletter before we pass your address to the printers.')).toEqual([]);
    });

    it('reads "information about you may go to" as the company handing it over', () => {
      expect(valueOf('sharing', 'With your consent, information about you may go to the charity you pick.')).toEqual(['consent']);
      expect(valueOf('sharing', 'With your consent, you may send information about you to other members.')).toEqual([]);
    });

    it('reads information disseminated in aggregate as aggregate sharing', () => {
      expect(valueOf('sharing', 'Member records disseminated beyond our own staff are anonymous and aggregated.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We do not disseminate member records, even in aggregated form.')).toEqual([]);
    });

    it('does not let a negation inside brackets negate the sharing around it', () => {
      expect(valueOf('sharing', 'We may provide aggregate figures (that is, figures that do not name anyone) to third parties.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'Usage logs (but not passwords) may be sold or supplied to outside firms in aggregate form.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We do not (under any circumstances) provide aggregate figures to third parties.')).toEqual([]);
    });

    it('keeps recipients listed after "including, but not limited to" under the negation', () => {
      expect(valueOf('sharing', 'We will not disclose member e-mail addresses to any outside company, including, but not limited to, advertisers.')).toEqual([]);
      expect(valueOf('sharing', 'We may disclose usage details to partners, including, but not limited to, advertisers.')).toEqual(['advertisers']);
    });

    it('does not read what a law says "a business" shares as the company sharing', () => {
      expect(valueOf('sharing', 'State law lets residents ask a business which personal information the business shares with third parties for their direct marketing purposes.')).toEqual([]);
      expect(valueOf('sharing', 'Our business shares personal information with third parties for their direct marketing purposes.')).toEqual(['advertisers']);
    });

    it('does not read companies helping with something other than us as a hand-over', () => {
      expect(valueOf('sharing', 'We may use third-party advertising companies to help tailor content and serve ads.')).toEqual([]);
      expect(valueOf('sharing', 'We engage our affiliates to help Northwind ship parcels.')).toEqual(['affiliates']);
    });

    it('does not count recipients that only get data in non-identifying form', () => {
      expect(valueOf('sharing', 'We may give our sponsors information about your visits in a form that is not personally identifiable, so they can choose an audience.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We may give our sponsors your e-mail address, and statistics that are not personally identifiable.')).toEqual(['advertisers', 'aggregate']);
    });

    it('reads a sale of the service or the company, or of its assets, as a business transfer', () => {
      expect(valueOf('sharing', 'If we sell the platform or the business, we may disclose your details to the purchaser.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'We sell the platform licence to schools and disclose usage reports to them.')).toEqual([]);
      expect(valueOf('sharing', 'Account records may be disclosed without your consent:\n\n* if the company or its assets are sold or transferred')).toEqual(['business-transfer']);
      expect(valueOf('sharing', "When digital assets are sold on our marketplace, we share the buyer's name with the seller.")).toEqual([]);
    });

    it('reads companies in a named group or family as affiliates', () => {
      expect(valueOf('sharing', 'We may share customer details with other companies in the Northwind family.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'We may share customer details with the companies in the Northwind group.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'We may share photos you post with other people in the family group you set up.')).toEqual([]);
    });

    it('reads vendors and hosting partners relied on, and third parties doing named services, as service providers', () => {
      expect(valueOf('sharing', 'Our shop relies on outside vendors and hosting partners for the servers and storage it runs on.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'Third-party vendors use cookies to serve ads based on your visits.')).toEqual([]);
      expect(valueOf('sharing', 'We may give your details to third parties to perform certain services for us, such as card payment processing.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We may give your details to third parties to provide services of their own, such as travel offers.')).toEqual([]);
    });

    it('reads a consent label before a colon as the condition of the sharing after it', () => {
      expect(valueOf('sharing', '* **With your consent**: apart from the cases above, you will be told when information about you might go to other firms.')).toEqual(['consent']);
      expect(valueOf('sharing', '* **With your consent**: we send you our newsletter each month.')).toEqual([]);
    });

    it('does not count a listed recipient that gets data only in non-identifying form', () => {
      const lead = 'We share data as set out below:\n\n* **Advertisers:** we let advertisers pick the audiences for their offers, and we may give ';
      expect(valueOf('sharing', `${lead}any of the data we hold about you to an advertiser in non-personally identifiable form, so it can pick that audience.`)).toEqual([]);
      expect(valueOf('sharing', `${lead}your e-mail address to an advertiser, so it can pick that audience.`)).toEqual(['advertisers']);
    });

    it('takes a listed recipient from the first sentence of an item, not from the sentences that go on', () => {
      const item = 'We share data as set out below:\n\n* **Vendors:** firms that host our servers.';
      expect(valueOf('sharing', `${item} Note that if an advertiser asks us to show an ad to a group and you click it, the advertiser may infer that you belong to that group.`)).toEqual(['service-providers']);
      expect(valueOf('sharing', `${item}\n* Advertisers who run campaigns on our pages.`)).toEqual(['service-providers', 'advertisers']);
    });

    it("reads the reader's data, not the reader, as the subject of a passive share", () => {
      expect(valueOf('sharing', 'Identifiable information about you is not knowingly disclosed to any outside firm without first obtaining your permission.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Information about you is never disclosed to outside firms.')).toEqual([]);
      expect(valueOf('sharing', '* **With your consent:** apart from the above, you will be told when your personal data may be shared with other firms.')).toEqual(['consent']);
      expect(valueOf('sharing', '* **With your consent:** you may share your personal data with other members.')).toEqual([]);
    });

    it("reads a parent's consent as consent", () => {
      expect(valueOf('sharing', "We may share a pupil's details with a museum partner only with parental consent.")).toEqual(['consent']);
      expect(valueOf('sharing', 'If the parent consents, we pass the winning entry to the prize sender.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Pupils need parental consent to join the club.')).toEqual([]);
    });

    it('reads data "not linked to your personal information" as non-identifying', () => {
      expect(valueOf('sharing', 'To the extent we share data with sponsors and advertisers, we share only aggregated data that is not linked to your personal information.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We share your purchase history with advertisers, and aggregated data that is not linked to it.')).toEqual(['advertisers', 'aggregate']);
    });

    it('reads a "With your consent" heading over a sentence that shares as consent', () => {
      expect(valueOf('sharing', '## With your consent:\n\nApart from the cases above, you will be told when your personal data may be shared with other firms.')).toEqual(['consent']);
      expect(valueOf('sharing', '## With your consent:\n\nWe send you our newsletter each month.')).toEqual([]);
      // A bare "Consent" heading is often a legal basis of processing: not read as a condition of sharing.
      expect(valueOf('sharing', '## Consent\n\nWe may share your data with other firms.')).toEqual([]);
    });

    it('reads a sentence that points back at the recipients or the event named in the sentence before', () => {
      expect(valueOf('sharing', 'The shop could one day merge with another retailer. If such an event occurs, the details collected about you would be passed to that retailer.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'The shop could one day merge with another retailer. If you move house, the details collected about you would be passed to your new landlord.')).toEqual([]);
      expect(valueOf('sharing', 'We have outside agents that perform functions on our behalf. They have access to the personal information they need for those functions.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We have outside agents that perform functions on our behalf. They have access to our office building.')).toEqual([]);
    });
  });

  describe('who hands what to whom, and whether consent is the condition (issue 14, seventh pass)', () => {
    it('does not read consent that is said not to be needed, or that belongs to someone else, as a condition', () => {
      expect(valueOf('sharing', 'We might ask for your consent to some transfers, but we shall not be required to obtain your consent for the disclosures in this notice.')).toEqual([]);
      expect(valueOf('sharing', 'We shall not disclose your details to outside firms without your consent.')).toEqual(['consent']);
      expect(valueOf('sharing', 'Articles on this site may not be copied, published or distributed without the prior written consent of Example Press.')).toEqual([]);
      expect(valueOf('sharing', 'We will not pass your details to other firms without the prior consent of the member.')).toEqual(['consent']);
    });

    it('reads consent named as the basis of processing as no condition of a hand-over', () => {
      expect(valueOf('sharing', 'Where we base the storage and sharing of your details on your consent, you may withdraw it at any time.')).toEqual([]);
      expect(valueOf('sharing', 'We share your details with other firms only where you have given your consent.')).toEqual(['consent']);
    });

    it('reads "unless authorized by you" as consent', () => {
      expect(valueOf('sharing', 'The club will not give your details to any outside firm unless expressly authorized by you.')).toEqual(['consent']);
      expect(valueOf('sharing', 'The club will not give your details to any outside firm unless authorized by your employer.')).toEqual([]);
    });

    it('counts affiliates only where they stand as recipients of the hand-over', () => {
      expect(valueOf('sharing', 'Orbit Radio, a Northwind Media Group company, explains here how we gather, use and disclose data.')).toEqual([]);
      expect(valueOf('sharing', 'We may release data when needed to answer a court order served on us or on our affiliates.')).toEqual(['legal']);
      expect(valueOf('sharing', 'We may receive your details from partner firms ("Affiliates") and pass those details to our mailing house.')).toEqual([]);
      expect(valueOf('sharing', 'This notice covers data moved to our head office from our subsidiaries and affiliates in Europe.')).toEqual([]);
      expect(valueOf('sharing', 'We may pass your details to our subsidiaries and affiliates in Europe.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'Staff, affiliates and partners of the shop who have access to your details must keep them safe.')).toEqual(['affiliates']);
      expect(valueOf('sharing', "The shop may use affiliates' or reputable third parties' services for the processing of personal data.")).toEqual(['affiliates']);
    });

    it('does not take a liability release or a company name for a hand-over', () => {
      expect(valueOf('sharing', 'By sending us your details you expressly and fully release the organiser, its subsidiaries and affiliates from all claims.')).toEqual([]);
      expect(valueOf('sharing', 'We release your details to our affiliates when you join a club event.')).toEqual(['affiliates']);
      expect(valueOf('sharing', 'Harbour Publishing Ltd and its subsidiary companies run the magazines listed below.')).toEqual([]);
      expect(valueOf('sharing', 'The details your browser makes available are kept in anonymous server logs.')).toEqual([]);
    });

    it('does not count advertisers beside providers the company merely works with', () => {
      expect(valueOf('sharing', 'We work with service providers and ad networks to measure cookie data across sites.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We share your reading history with service providers and ad networks.')).toEqual(['service-providers', 'advertisers']);
      expect(valueOf('sharing', 'You may give us your details when applying to become an advertiser or sponsor on the site, or when sharing articles.')).toEqual([]);
    });

    it('reads recipients of data said around the sentence to identify no one as aggregate sharing', () => {
      expect(valueOf('sharing', '## Anonymous and statistical data\n\nFor instance, we may disclose to an advertiser how many people read the forum each week.')).toEqual([]);
      expect(valueOf('sharing', '## Your account data\n\nFor instance, we may disclose to an advertiser which forums you read each week.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We may show usage figures of the site to advertisers and other partners. The figures we pass on will not include any personal information.')).toEqual([]);
      // Anonymous data given to advertisers is aggregate sharing (the labels' convention).
      expect(valueOf('sharing', 'We use non-personally identifiable information to run the site. We may also share this information with our advertisers.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We use your e-mail address to run the site. We may also share this information with our advertisers.')).toEqual(['advertisers']);
    });

    it('reads the items under a lead-in that shares only aggregates as no recipients of personal data', () => {
      const lead = 'We may share aggregated figures (which do not include any personal information) with partners, as follows:\n\n* Advertisers that buy space on the site.';
      expect(valueOf('sharing', lead)).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We may share your contact details with partners, as follows:\n\n* Advertisers that buy space on the site.')).toEqual(['advertisers']);
    });

    it('reads "This does not include ..." after a denied hand-over as its exceptions', () => {
      expect(valueOf('sharing', 'We do not sell or otherwise transfer your personal details to outside parties. This does not include hosting partners who help us run the site.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We keep your personal details on our own servers. This does not include hosting partners who help us run the site.')).toEqual([]);
    });

    it('reads outside firms marketing their own products to the reader as advertisers', () => {
      expect(valueOf('sharing', 'Now and then we make our member list available to other firms whose products we think you might enjoy.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We may pass your details to vendors whose services we use to run the shop.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'Before we pass your postal address to companies outside our group who want to market their goods to you, we let you opt out.')).toEqual(['advertisers']);
      expect(valueOf('sharing', 'We share your postal address with companies that help us market our goods to you.')).toEqual(['service-providers']);
    });

    it('reads older wordings of legal demands and business transfers', () => {
      expect(valueOf('sharing', 'We may disclose personal data when we believe it is needed to comply with or conform to the law.')).toEqual(['legal']);
      expect(valueOf('sharing', 'We disclose information in connection with a deal to sell parts of our business to another bank.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'We disclose information if we merge or amalgamate parts of our business with another society.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'We disclose information to sell you parts of our product range.')).toEqual([]);
    });

    it('reads a business sold "in whole or in part" in British wording as a business transfer', () => {
      expect(valueOf('sharing', 'We do not pass your details to anyone outside the college except if we sell the whole or part of our business.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'Should we transfer the whole or a part of our business, your records may go to the buyer.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'We do not pass your details to anyone outside the college, and we sell the whole range of our textbooks online.')).toEqual([]);
    });

    it('reads disclosure to bare "authorities" and "legal or regulatory proceedings" as legal demands', () => {
      expect(valueOf('sharing', 'We may release records when asked to in connection with legal or regulatory proceedings.')).toEqual(['legal']);
      expect(valueOf('sharing', 'We may pass your details to the authorities if we suspect misuse of the service.')).toEqual(['legal']);
      expect(valueOf('sharing', 'We share data with our vendors. If we mishandle it, you may complain to a data protection authority.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'We share your data with our vendors, who follow the rules of the authorities where they work.')).toEqual(['service-providers']);
    });

    it('reads data handed over "in aggregated or de-identified form" to prospective partners as aggregate sharing', () => {
      expect(valueOf('sharing', 'We may provide figures about how the app is used to potential business partners in aggregated or de-identified form.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We may share usage figures with existing partners in aggregated or de-identified form.')).toEqual(['aggregate']);
      expect(valueOf('sharing', 'We keep usage figures in aggregated or de-identified form to plan new features for potential partners.')).toEqual([]);
    });
    it('does not read a word inside a web address as a share verb', () => {
      expect(valueOf('sharing', 'We show our ads elsewhere through ad networks such as Example Ads (https://ads.example.com/ad-exchange/) and Sample Media (www.sample.example/share-your-view).')).toEqual([]);
      expect(valueOf('sharing', 'We exchange postal addresses with ad networks such as Example Ads (https://ads.example.com/) for their own marketing purposes.')).toEqual(['advertisers']);
    });
    it('reads the company bought or purchased by another as a business transfer', () => {
      expect(valueOf('sharing', 'We may transfer your data in the event another party purchases our company or its assets.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'If the firm is bought or purchased by another company, your information may be transferred to it.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'If another firm buys our business, customer records would pass to the buyer.')).toEqual(['business-transfer']);
      expect(valueOf('sharing', 'When you purchase our company gift cards, we pass your details to our payment processor.')).toEqual(['service-providers']);
      expect(valueOf('sharing', 'Tickets purchased by customers are sent to their e-mail address; we share your data with no one.')).toEqual([]);
    });
  });
});

describe('sharing: near misses from the review of session 22', () => {
  it('does not read a service or transaction the reader asked for as consent to share', () => {
    expect(valueOf('sharing', 'We share your information with service providers to deliver the services requested by you.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We disclose your details to our payment processor to complete transactions authorised by you.')).not.toContain('consent');
  });

  it('does not read merchants whose products the reader buys as advertisers', () => {
    expect(valueOf('sharing', 'We share your order details with the merchants whose products you buy through our marketplace.')).not.toContain('advertisers');
  });
});

describe('sharing: recall on blind-labelled unseen policies (issue 14, ninth pass)', () => {
  it('reads a hand-over whose object is a list with commas ("provide anonymous, aggregated figures to")', () => {
    expect(valueOf('sharing', 'The club will provide anonymous, aggregated figures from these surveys to outside researchers.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'The club will provide anonymous, aggregated figures from these surveys to its board.')).toEqual([]);
  });

  it('reads "divulge" as a hand-over verb', () => {
    expect(valueOf('sharing', 'We will not divulge member details to any outside firm without the member’s written permission.')).toEqual(['consent']);
    expect(valueOf('sharing', 'We will not divulge member details to any outside firm.')).toEqual([]);
  });

  it('reads a parent company named as "its parent" and "the Example group of companies" as affiliates', () => {
    expect(valueOf('sharing', 'Order details may be shared by the shop with its parent, Example Holdings, and the firms that Example Holdings owns.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may share your contact details with the Example group of companies.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'If a child uses the site, we may share the child’s details with its parent or guardian.')).toEqual([]);
  });

  it('reads carriers that ship and couriers as service providers, and not a phone carrier', () => {
    expect(valueOf('sharing', 'To get your parcel to you, we share your name and address with the carrier that ships it.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We pass your delivery address to our courier.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may share your number with your mobile carrier to verify it.')).toEqual([]);
  });

  it('reads partners "of" the company who provide services to it, and providers that have access without a modal', () => {
    expect(valueOf('sharing', 'Details you enter are available to certain partners of Example who provide services to Example to fill your orders.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Only our payment vendors have access to your card details.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Our site is available to members of the public.')).toEqual([]);
  });

  it('reads a report to prospective advertisers about a share of users as aggregate only', () => {
    expect(valueOf('sharing', 'We might report to prospective advertisers that a certain percentage of our readers enjoy gardening.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We report to prospective advertisers which articles you read.')).toEqual(['advertisers']);
  });

  it('reads "another company acquires us ... will possess the same information" as a business transfer', () => {
    expect(valueOf('sharing', 'If another company acquires us, that company will possess the same information.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'If another company acquires us, we will tell you by e-mail.')).toEqual([]);
  });

  it('reads third parties allowed to contact the reader about their own products as advertisers', () => {
    expect(valueOf('sharing', 'We may allow selected outside companies to contact you about products and services that may interest you.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may pass your details to selected firms who may contact you about their own offers.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may pass your details to firms who contact you about our products on our behalf.')).not.toContain('advertisers');
    expect(valueOf('sharing', 'We do not allow outside companies to contact you about their products.')).toEqual([]);
  });

  it('reads a passive share after "information you provide" with its negation and consent', () => {
    expect(valueOf('sharing', 'Personal information you provide on this site will not be shared with outside companies without your permission.')).toEqual(['consent']);
    expect(valueOf('sharing', 'Personal information you provide on this site will not be shared with outside companies.')).toEqual([]);
  });

  it('does not take a lead-in whose only hand-over is to the company for a sharing lead-in', () => {
    expect(valueOf('sharing', 'If you provide us with a phone number, you hereby:\n\n* state that you own it, or that you have the subscriber\'s permission to receive our calls at it;\n* agree to tell us if it changes.')).toEqual([]);
    expect(valueOf('sharing', 'We give your phone number to others only:\n\n* with your permission.')).toEqual(['consent']);
  });

  it('reads a transfer "to a country" as a place, not a recipient', () => {
    expect(valueOf('sharing', 'We will not transfer your details to a country outside Europe without your consent.')).toEqual([]);
    expect(valueOf('sharing', 'We will not transfer your details to a partner without your consent.')).toEqual(['consent']);
  });

  it('does not read "provided by" as a hand-over', () => {
    expect(valueOf('sharing', 'These pixels are provided by our advertising partners and allow the advertising partners to obtain your IP address.')).toEqual([]);
    expect(valueOf('sharing', 'Usage details are provided to our advertising partners.')).toEqual(['advertisers']);
  });

  it('reads what "the business has shared" as the statute, not the company', () => {
    expect(valueOf('sharing', 'State law lets residents ask which parties the business has shared their details with for direct marketing purposes.')).toEqual([]);
    expect(valueOf('sharing', 'We have shared your details with other firms for their direct marketing purposes.')).toEqual(['advertisers']);
  });

  it('does not read "will not share ... but rather" as an exception', () => {
    expect(valueOf('sharing', 'If you elect to receive partner offers, Example will not share your personal information with such partners but rather will send a mailing for them.')).toEqual([]);
    expect(valueOf('sharing', 'We will not share your details with the partners but with your consent.')).toEqual(['consent']);
  });

  it('reads marketers, lists rented or made available, and firms that advertise or contact the reader as advertisers', () => {
    expect(valueOf('sharing', 'We may pass your name to other marketers.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may furnish mailing-list details to marketing organizations.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'Our subscriber list, with names and towns, may be rented or exchanged with like-minded charities.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'Our subscriber list, with names and towns, is kept on servers in Ohio.')).toEqual([]);
    expect(valueOf('sharing', 'We may share your details with selected firms so that they can tell you about goods which may interest you.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We share your booking with selected companies who advertise on our app.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We share your booking with selected companies who host our app.')).not.toContain('advertisers');
    expect(valueOf('sharing', 'We share your details with partners to run joint marketing campaigns with us.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'Sometimes we make these details available to other organisations that we think have products you might like.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'Sometimes we make these details available to other organisations that help us run events.')).not.toContain('advertisers');
    expect(valueOf('sharing', 'We may give member names to outside groups for the purpose of e-mail solicitations.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'Now and then we may make member phone numbers and home addresses available to other businesses whose goods might be of value to you.')).toEqual(['advertisers']);
  });

  it('reads "you may allow us to share" as the company sharing', () => {
    expect(valueOf('sharing', 'You may allow us to share your address with selected companies in whose goods you may be interested.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'You may share your address with selected companies in whose goods you may be interested.')).toEqual([]);
  });

  it('reads more consent wordings: opt-in, agreement, confirming acceptance, his or her consent', () => {
    expect(valueOf('sharing', 'We may disclose your profile to other members (upon your opt-in).')).toEqual(['consent']);
    expect(valueOf('sharing', 'We may disclose your booking to our agents, or with your agreement to hotel partners.')).toEqual(['consent']);
    expect(valueOf('sharing', 'We may disclose your booking to our agents, or with your agreement with them to hotel partners.')).not.toContain('consent');
    expect(valueOf('sharing', 'If you choose to opt-in, you will get our newsletter, and we may share your e-mail address with our sister brands.')).toContain('consent');
    expect(valueOf('sharing', 'Your e-mail address will not be passed to the seller unless you confirm your acceptance of the offer.')).toEqual(['consent']);
    expect(valueOf('sharing', 'Member lists are not given to outside groups unless the member has given his or her consent.')).toEqual(['consent']);
  });

  it('reads aggregates handed over with a long description between verb and recipient', () => {
    expect(valueOf('sharing', 'We may pass aggregate figures on the use of our pages and apps to partners, but never your name.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may use aggregate figures on the use of our pages and apps to plan new features.')).toEqual([]);
  });

  it('reads aggregates handed over without a share verb of their own, or pointed back at', () => {
    expect(valueOf('sharing', 'We may provide aggregate statistics about visitors and site activity.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We use aggregate statistics about visitors to improve the site.')).toEqual([]);
    expect(valueOf('sharing', 'Team owners may provide aggregate statistics about their members.')).toEqual([]);
    expect(valueOf('sharing', 'We may group this data into aggregate figures to describe our audience to prospective sponsors and other third parties.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We group this data into aggregate figures to describe our audience in our yearly report.')).toEqual([]);
    expect(valueOf('sharing', 'We may share usage data (which does not include personal information) with outside firms.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may share usage data (which includes personal information) with outside firms.')).not.toContain('aggregate');
    expect(valueOf('sharing', 'We may provide aggregate figures about our buyers, orders, page visits, traffic sources and other related shop details to reputable partners.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may use this aggregate, non-identifying data for research. This may include disclosure of this information to an outside research firm.')).toContain('aggregate');
    expect(valueOf('sharing', 'We may use your name and e-mail address for research. This may include disclosure of this information to an outside research firm.')).not.toContain('aggregate');
  });

  it('reads recipients behind a "whose ... not covered" clause, a relation "with whom we share", list owners and firms using shared data for offers', () => {
    expect(valueOf('sharing', 'We may disclose your details to firms whose practices are not covered by this policy (for example, other marketers).')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We do not disclose your details to other marketers.')).toEqual([]);
    expect(valueOf('sharing', 'We may share non-personal information with the partners with whom we share personal information, and with advertisers.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may share your purchase history with the partners with whom we work, and with advertisers.')).toContain('advertisers');
    expect(valueOf('sharing', 'Parts of our subscriber list may be rented or exchanged with like-minded charities.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'Parts of our subscriber list may be stored with our host.')).toEqual([]);
    expect(valueOf('sharing', 'We may share information with selected partners. These firms may use the information we share to provide special offers to you.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may share information with selected partners. These firms may use the information we share to provide special offers to you on our behalf.')).not.toContain('advertisers');
  });
});

describe('sharing: service providers, affiliates, legal and business transfers on blind-labelled policies (issue 14, tenth pass)', () => {
  it('reads a disclosure made "without your permission" as made, not negated', () => {
    expect(valueOf('sharing', 'The Club will disclose member records without your permission if the law requires it.')).toEqual(['legal']);
    expect(valueOf('sharing', 'The Club will not disclose member records to the courts.')).toEqual([]);
  });

  it('reads "reveal" with data as its object as a hand-over verb', () => {
    expect(valueOf('sharing', 'The Club will reveal any details needed to satisfy a court order.')).toEqual(['legal']);
    expect(valueOf('sharing', 'Some entries may reveal your religious beliefs, which the law treats as sensitive.')).toEqual([]);
  });

  it('reads a hand-over denied only outside the group as affiliates', () => {
    expect(valueOf('sharing', 'We will not pass your details to anyone outside the Acme group of companies unless you agree.')).toContain('affiliates');
    expect(valueOf('sharing', 'Details you enter will not be shared outside of Acme and its controlled subsidiaries without your permission.')).toEqual(['affiliates', 'consent']);
    expect(valueOf('sharing', 'We will not pass your details to the Acme group of companies.')).toEqual([]);
  });

  it('reads affiliates named after "including", "within the Example family" and companies under common control', () => {
    expect(valueOf('sharing', 'We may allow selected third parties, including other companies in our group, to use your details.')).toContain('affiliates');
    expect(valueOf('sharing', 'We share the details we collect on our website within the Acme family.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may give your details to a company controlled by, or under common control with, Acme.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We receive lists from partners, including other companies in our group.')).toEqual([]);
    expect(valueOf('sharing', 'You may share a login within the same family.')).toEqual([]);
  });

  it('reads a sale of assets of a named unit, an acquirer of the company by name, and a sale, transfer or financing', () => {
    expect(valueOf('sharing', 'If the assets of our online shop are sold, we would transfer the customer information too.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'If another business acquires Acme or all of its assets, that business will possess the same information.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'It may also be shared in connection with the sale, transfer or financing of a significant part of an Acme business.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'It may also be shared when we launch a new business.')).toEqual([]);
  });

  it('reads helpers engaged in the passive or "to help us", then given access to the data', () => {
    expect(valueOf('sharing', 'Outside firms may be engaged by Acme to carry out mailings. These firms may have access to personal information when needed.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may use third parties to help us pack orders. We give them access to the information they need.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We run a help desk. We give them access to the information they need.')).toEqual([]);
  });

  it('reads payment and mailing helpers named in other words as service providers', () => {
    expect(valueOf('sharing', 'We use a third-party e-mail service provider to deliver our newsletter.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Payment details are passed to credit card and store finance companies to settle purchases.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We do not pass card details to anyone, except the issuers of credit cards to settle purchases.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Card details are processed through a secure payment gateway.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We retain the services of outside contractors to print our catalogue.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We do not store credit card numbers.')).toEqual([]);
  });

  it('reads helpers who act for the company, staff of its suppliers, partners that process, and providers of a service asked for', () => {
    expect(valueOf('sharing', 'What you send us may be read by or given to outside parties, some based abroad, who act for us.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Your order may be processed by staff abroad who work for one of our suppliers.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Acme partners with other organisations to process card payments.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may pass your details to a third party to provide a service you have requested.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Your order may be processed by staff who work for us.')).toEqual([]);
    expect(valueOf('sharing', 'Acme partners with schools to teach coding.')).toEqual([]);
  });
});

describe('sharing: near misses from the review of session 24', () => {
  it('reads "its parent" as affiliates only when a company is named', () => {
    expect(valueOf('sharing', 'If we learn that a child has sent us information, we may disclose it to its parent.')).toEqual([]);
    expect(valueOf('sharing', 'Order details may be passed to its parent, Example Group, for billing.')).toEqual(['affiliates']);
  });
});

describe('sharing: a recipient named after "provide ... to" (issue 14, eleventh pass)', () => {
  it('reads the recipient right after the preposition, not a later "with us"', () => {
    expect(valueOf('sharing', 'We may provide your contact details to outside service providers who work with us to run the shop.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Any details you provide to us with your order stay with us.')).toEqual([]);
  });
});

describe('sharing: hand-over verbs the checks turned away (issue 14, eleventh pass)', () => {
  it('reads "allow access to ... by" as a hand-over, not the company\'s own access', () => {
    expect(valueOf('sharing', 'We allow access to our member records by outside contractors who maintain the site.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may access the records kept by our contractors.')).toEqual([]);
  });
  it('reads "we" after a condition as the one handing over', () => {
    expect(valueOf('sharing', 'Once you check out, we pass your postal address to our courier.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Once you check out, you pass your postal address to our courier yourself.')).toEqual([]);
  });
  it('does not take the recipient "service providers" for a service provided', () => {
    expect(valueOf('sharing', 'We provide our service providers with the details they need to run the shop.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We provide our services to vendors of garden tools.')).toEqual([]);
  });
  it('reads "to us" inside the reader\'s own clause as no recipient', () => {
    expect(valueOf('sharing', 'The club may share the details you give to us with contractors who act on its behalf.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Contractors who act on our behalf may share the details with us.')).toEqual([]);
  });
  it('reads "the PII you submit may be shared" as the company sharing', () => {
    expect(valueOf('sharing', 'The PII you submit may be shared with vendors that host our forum.')).toEqual(['service-providers']);
  });
});

describe('sharing: more ways of naming service providers (issue 14, eleventh pass)', () => {
  it('reads a provider named in the singular ("our delivery company", "our merchant provider", "a fulfilment house")', () => {
    expect(valueOf('sharing', 'We give your street address to our delivery company.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Card numbers are sent to our merchant provider over an encrypted link.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We pass your name and address to a fulfilment house.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We do not give your street address to any delivery company.')).toEqual([]);
  });
  it('reads "working on behalf of" and "a company that helps"', () => {
    expect(valueOf('sharing', 'Your details may be disclosed to a firm working on behalf of the club.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We share your e-mail address with a company that helps us mail our newsletter.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We share your e-mail address with a company whose newsletter you asked for.')).toEqual([]);
  });
  it('reads recipients the company contracts with', () => {
    expect(valueOf('sharing', 'We may disclose it to persons with whom the shop contracts to carry out its back-office work.')).toEqual(['service-providers']);
  });
  it('reads agents of the company', () => {
    expect(valueOf('sharing', 'We may pass your details to our appointed sales agents.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We do not share data with other firms, apart from those acting as our agents in running the shop.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Your browser shares its user agent string with every site.')).toEqual([]);
    expect(valueOf('sharing', 'We may disclose data to law enforcement agents when the law requires it.')).toEqual(['legal']);
  });
  it('reads partners "to help us" and recipients "providing services to" the company', () => {
    expect(valueOf('sharing', 'We may share data with partners to help us run surveys and post parcels.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Data may be given to organisations providing services to the club.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may share data with partners to offer you their own deals.')).toEqual([]);
  });
  it('reads a recipient given data to process payments or fulfil orders', () => {
    expect(valueOf('sharing', 'Your card details are passed to a bank to process your payment.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We forward your details to outside firms for credit card processing and order fulfilment.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We use your details to process your order and may share them with sponsors of the contest.')).toEqual(['advertisers']);
  });
});

describe('sharing: an exception "apart from" is no source (issue 14, eleventh pass)', () => {
  it('reads the recipients after "apart from" as an exception to a denied share', () => {
    expect(valueOf('sharing', 'We do not share data with other firms, apart from our service providers.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We do not share the data we get from our service providers.')).toEqual([]);
  });
});

describe('sharing: providers the company uses or contracts with, without a share verb (issue 14, eleventh pass)', () => {
  it('reads "use an outside courier firm to ship orders" and its kin', () => {
    expect(valueOf('sharing', 'We use an outside shipping company to ship orders, and a payment processing company to charge your card.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We use an outside firm to verify the addresses we hold.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'The shop may utilise one or more outside vendors to send e-mails for it.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may subcontract with other companies and individuals to do work for us.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'The shop may use unaffiliated companies to help it maintain its servers.')).toEqual(['service-providers']);
  });
  it('does not read other uses of outsiders as providers', () => {
    expect(valueOf('sharing', 'We may use outside firms to deliver rewards to you for answering polls.')).toEqual([]);
    expect(valueOf('sharing', 'We use cookies to help us deliver ads.')).toEqual([]);
  });
});

describe('sharing: providers kept by checks meant for other readings (issue 14, eleventh pass)', () => {
  it('reads "a provider only for the purpose of" as a recipient, not a subject', () => {
    expect(valueOf('sharing', 'We share visit logs with an outside mailing vendor only for the purpose of timing our campaigns.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'Our mailing vendor only collects what its own cookies see, and we share nothing else.')).toEqual([]);
  });
  it('does not take "non-aggregated" data or "statistical analysis" for aggregates only', () => {
    expect(factOf('sharing', 'Non-aggregated records are only available to the lab and its outside contractors.').value).toContain('service-providers');
    expect(valueOf('sharing', 'We may share data with trusted partners to help us run statistical analysis and mail our letters.')).toContain('service-providers');
    expect(valueOf('sharing', 'We share aggregated statistics with our outside contractors.')).not.toContain('service-providers');
  });
});

describe('sharing: providers named by the job in a list, card processing services, the reader consenting to us (issue 14, eleventh pass)', () => {
  it('reads "businesses or persons to: provide hosting ..."', () => {
    expect(valueOf('sharing', 'We may disclose member data to other businesses or persons to: provide hosting and maintenance; ship goods.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We may disclose member data to other businesses to offer you their own goods.')).toEqual([]);
  });
  it('reads card processing services as providers', () => {
    expect(valueOf('sharing', 'We share billing details with card processing and fraud screening services.')).toEqual(['service-providers']);
  });
  it('reads "you consent to us providing ... to" as the company handing over', () => {
    expect(valueOf('sharing', 'You consent to us providing your details to vendors that host our site.')).toContain('service-providers');
    expect(valueOf('sharing', 'You consent to us providing a copy of your details to you on request.')).toEqual([]);
  });
});

describe('sharing: "unless we provide users with notice" hands nothing over (issue 14, eleventh pass)', () => {
  it('reads the exception sentence after a denial that ends in a notice to users', () => {
    expect(valueOf('sharing', 'We do not sell or pass on your data to outside parties unless we provide users with prior notice. This does not include web hosts and other parties who help us run the site.')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We provide members with a yearly report.')).toEqual([]);
  });
});

describe('sharing: recipients bound to use the data only for the services, and contracted parties (issue 14, eleventh pass)', () => {
  it('reads recipients barred from using the data except to provide these services', () => {
    expect(valueOf('sharing', 'We share your data with the firms below (they are barred from using it except to provide these services to us).')).toEqual(['service-providers']);
    expect(valueOf('sharing', 'We share your data with the firms below (they may use it for their own offers).')).toEqual([]);
  });
  it('reads contracted parties as providers', () => {
    expect(valueOf('sharing', 'We may share member data among contracted parties to run the licensed tools.')).toEqual(['service-providers']);
  });
});

describe('sharing: "furnishings" is no verb (issue 14, eleventh pass)', () => {
  it('does not read a noun like "Furnishings" as "furnish"', () => {
    expect(valueOf('sharing', 'Acme (Home Furnishings) Ltd meets the card standards set by the major credit card associations.')).toEqual([]);
    expect(valueOf('sharing', 'We furnish order details to credit card processors.')).toEqual(['service-providers']);
  });
});

describe('sharing: affiliates, advertisers and aggregates on the training set (issue 14, eleventh pass)', () => {
  it('reads related bodies corporate, related companies and entities owned or controlled by the company as affiliates', () => {
    expect(valueOf('sharing', 'We may pass your account details to our related bodies corporate for billing.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'Your details may be shared with our related companies so they can answer your questions.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may disclose your profile to entities owned or controlled by Example Ltd.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We sell gift cards and related products to our customers.')).toEqual([]);
  });

  it('reads "affiliated and non-affiliated" recipients as affiliates', () => {
    expect(valueOf('sharing', 'We may disclose the data we hold to affiliated and non-affiliated organisations that help us run the shop.')).toContain('affiliates');
    expect(valueOf('sharing', 'We may disclose the data we hold to non-affiliated organisations that help us run the shop.')).not.toContain('affiliates');
  });

  it('does not read an affiliate relationship or links handed to affiliated sites as sharing', () => {
    expect(valueOf('sharing', 'Some links on this blog earn us money because the shop has an affiliate relationship with a tracking company.')).toEqual([]);
    expect(valueOf('sharing', 'The forum also provides links and banner adverts to affiliated sites.')).toEqual([]);
    expect(valueOf('sharing', 'The forum also provides member lists to affiliated sites.')).toEqual(['affiliates']);
  });

  it('does not read the right to ask about disclosures for direct marketing as sharing with advertisers', () => {
    expect(valueOf('sharing', 'Residents of California may request a list of the companies to which we disclosed personal data for their direct marketing purposes.')).toEqual([]);
    expect(valueOf('sharing', 'We may rent your postal address to other retailers for their direct mail marketing purposes.')).toEqual(['advertisers']);
  });

  it('reads recipients who market to the reader or to the customers', () => {
    expect(valueOf('sharing', 'We may give your e-mail address to selected partners so that they may promote their own products to you.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may share your name with other firms that we believe sell goods our members would be interested in.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may give your e-mail address to selected partners so that they can verify your age.')).not.toContain('advertisers');
  });

  it('does not read statistical analysis or an aggregation service as aggregate sharing', () => {
    expect(valueOf('sharing', 'We may share your answers with a lab to help us perform statistical analysis of the survey.')).not.toContain('aggregate');
    expect(valueOf('sharing', 'We may disclose your bank details to our partner to provide you with account aggregation services.')).not.toContain('aggregate');
    expect(valueOf('sharing', 'We may share statistics about page views with our partners.')).toEqual(['aggregate']);
  });

  it('reads compiled figures, potential recipients, transmitting and exchanging aggregates', () => {
    expect(valueOf('sharing', 'We share the figures we gather in a compiled format with advertisers.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'Site statistics are sometimes provided to potential sponsors.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'Some aggregated data is transmitted to our research partners each month.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'Anonymised IP addresses are transmitted to the United States.')).toEqual([]);
    expect(valueOf('sharing', 'We combine the anonymous data and exchange it with ad networks.')).toContain('aggregate');
  });

  it('reads an aggregate form named in a clause that limits the hand-over before it', () => {
    expect(valueOf('sharing', 'We may disclose your reading habits to publishers, but only on an aggregate, non-personal basis.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We will not pass your profile to any other organisation except to our hosting firm or in aggregate form.')).toContain('aggregate');
    expect(valueOf('sharing', 'We keep your reading habits to ourselves, and we study them in aggregate form.')).toEqual([]);
  });

  it('reads data said not to identify anyone as aggregates', () => {
    expect(valueOf('sharing', 'We may give partners information about you that does not allow you to be identified.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may disclose to sponsors any data gathered on the site that is not in personally identifiable form.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may give our partners general membership figures in a way that will not reveal the identity of any member.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may share anonymysed data with universities for research.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may give partners information that allows you to be identified.')).not.toContain('aggregate');
  });
});

describe('sharing: business transfers on the training set (issue 14, eleventh pass)', () => {
  it('reads the buyer of a product line, of all or part of the company, and the new owner', () => {
    expect(valueOf('sharing', 'If we sell one of our product lines, your personal data may be transferred to the buyer.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'We may pass member records to a purchaser of all or part of our company.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'In the event of a transfer of ownership of the app, we may transfer your personal information to the new (or prospective) owner.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'We share your listing details with the buyer so that the order can ship.')).toEqual([]);
    expect(valueOf('sharing', 'Our stores sell many product lines, and we pass your details to couriers.')).not.toContain('business-transfer');
  });

  it('reads selling or transferring any part of the business, and data that is part of the sale', () => {
    expect(valueOf('sharing', 'We may transfer your account data if we sell or transfer any part of our business.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'If the blog is sold to another company, your details would be part of the sale.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'Sharing data is a part of our business.')).toEqual([]);
    expect(valueOf('sharing', 'We share reports with any of our business partners.')).not.toContain('business-transfer');
  });

  it('reads data among the transferred assets, and "including without limitation" as no negation', () => {
    expect(valueOf('sharing', 'If the firm or its assets are bought by another firm, details on our subscribers would be among the transferred assets.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'Should the shop change hands, including without limitation by merger, the acquiring organisation will have access to your PII.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'Should the shop merge with another, the acquiring organisation will not have access to your PII.')).toEqual([]);
  });
});

describe('sharing: consent on the training set (issue 14, eleventh pass)', () => {
  it('reads "where you have consented to us doing so", not "to us" as the recipient', () => {
    expect(valueOf('sharing', 'We may pass your details to other charities where you have consented to us doing so.')).toEqual(['consent']);
    expect(valueOf('sharing', 'We may pass your details to other charities where you have sent them to us.')).toEqual([]);
  });

  it('reads opting in as the condition, and recipients the reader asked to hear from', () => {
    expect(valueOf('sharing', 'If you opt in to the partner programme, we may share your e-mail address with the partner.')).toEqual(['consent']);
    expect(valueOf('sharing', 'We may pass your e-mail address to certain sponsors that you have specifically asked to receive news from.')).toContain('consent');
    expect(valueOf('sharing', 'We may pass your e-mail address to certain sponsors that you have visited.')).not.toContain('consent');
    expect(valueOf('sharing', 'The shops may not e-mail you as a result of such sharing unless you opt in.')).toEqual([]);
  });

  it('does not read an opt-out, consent to a change of the policy or to copying content as consent to sharing', () => {
    expect(valueOf('sharing', 'Your order history can be shared with our sister brands unless you tell us otherwise.')).not.toContain('consent');
    expect(valueOf('sharing', 'Your order history will not be shared with our sister brands unless you tell us to.')).toEqual(['consent']);
    expect(valueOf('sharing', 'If a change to this notice widens our disclosure of your data, we will ask for your consent before implementing the change.')).toEqual([]);
    expect(valueOf('sharing', 'Photos on this site may not be copied or distributed without prior permission.')).toEqual([]);
  });

  it('reads the denied hand-over after "Except as provided below" and a "give" over a list of data', () => {
    expect(valueOf('sharing', 'Except as provided below, we will not disclose your data to anyone without your consent.')).toEqual(['consent']);
    expect(valueOf('sharing', 'We will not give your name, phone number, or other contact details to outside firms except with your consent.')).toEqual(['consent']);
  });
});

describe('sharing: advertisers and affiliates read as recipients on the training set (issue 14, eleventh pass)', () => {
  it('reads recipients whose goods may interest the reader, who market their own products, or who rent a list', () => {
    expect(valueOf('sharing', 'We may share your e-mail address with carefully chosen firms so they can offer goods that we believe may be of interest to our members.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may share your e-mail address with our hosting firm so that our own offers can reach you when they may be of interest to you.')).not.toContain('advertisers');
    expect(valueOf('sharing', 'We may pass your postal address to other retailers to market their own products to you.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We may pass your postal address to couriers to deliver their parcels to you.')).not.toContain('advertisers');
    expect(valueOf('sharing', 'From time to time we may rent our customer mailing list to other catalogues.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We never rent our customer mailing list to anyone.')).toEqual([]);
  });

  it('reads an aggregate phrase with "and" inside it as aggregates only, not as data for advertisers', () => {
    expect(valueOf('sharing', 'We may share total page views and other aggregate and non-identifying audience and device data with our advertisers.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may share aggregate page views and your e-mail address with our advertisers.')).toContain('advertisers');
  });

  it('does not read a recipient in the document telling, someone protected or served, another party\'s affiliates or the company defined', () => {
    expect(valueOf('sharing', 'This notice discloses the practices of Example Ltd and its subsidiaries.')).toEqual([]);
    expect(valueOf('sharing', 'We may disclose data to stop harm to our company, affiliate companies or users.')).not.toContain('affiliates');
    expect(valueOf('sharing', 'We may share data about spam with affiliates of the relevant hosting provider.')).not.toContain('affiliates');
    expect(valueOf('sharing', 'Example Ltd, together with its affiliates (collectively, "we"), respects your privacy and shares data only as set out here.')).toEqual([]);
    expect(valueOf('sharing', 'We may send offers to you on behalf of our marketing partners.')).toEqual([]);
    expect(valueOf('sharing', 'We grow our market share with advertisers every year.')).toEqual([]);
    expect(valueOf('sharing', 'We use ads to reach people who share interests with our readers.')).toEqual([]);
  });

  it('reads granting or providing access to the data as a hand-over, the company\'s own access not', () => {
    expect(valueOf('sharing', 'We may grant access to your order data to our affiliates.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We will provide access to call records for sales only to our agents and affiliates.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may gain access to order data held by our affiliates.')).toEqual([]);
  });
});

describe('sharing: aggregates and the reader\'s own choices on the training set (issue 14, eleventh pass)', () => {
  it('does not read what the reader chooses to share as a hand-over of the company', () => {
    expect(valueOf('sharing', 'We only store the notes you choose to share.')).toEqual([]);
    expect(valueOf('sharing', 'We may share the notes you choose to share with our partners.')).toContain('consent');
  });

  it('reads data "we collect about you" as the data, not the reader as the one sharing, and a phrase naming both kinds as personal', () => {
    expect(valueOf('sharing', 'Both personally identifiable and non-personally identifiable data we collect about you may be passed to our subsidiaries.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may share non-personally identifiable data with our subsidiaries.')).toEqual(['aggregate']);
  });

  it('reads "Other Information for any purpose", aggregates given to them, and recipients that receive or are provided with aggregates', () => {
    expect(valueOf('sharing', 'We may use and disclose Other Information for any purpose.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may use other information for marketing.')).toEqual([]);
    expect(valueOf('sharing', 'When we share survey results with sponsors, we give them aggregate figures only.')).toContain('aggregate');
    expect(valueOf('sharing', 'Our sponsors may receive aggregate statistics about readers.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'These partners will only be provided with summary statistics on sales.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'Our sponsors will not receive aggregate statistics about readers.')).toEqual([]);
  });

  it('does not read a release date, publishing content or data supplied by users as a hand-over of aggregates', () => {
    expect(valueOf('sharing', 'The release date of each app version is shown in the store, along with aggregated ratings.')).toEqual([]);
    expect(valueOf('sharing', 'To make sure we are publishing content readers want, we study aggregated page statistics.')).toEqual([]);
    expect(valueOf('sharing', 'Compiling anonymous figures supplied by users helps us improve the app.')).toEqual([]);
  });
});

describe('sharing: more ways of naming affiliates on the training set (issue 14, eleventh pass)', () => {
  it('reads "with any of our subsidiaries" as a recipient, "from one of our subsidiaries" as a source', () => {
    expect(valueOf('sharing', 'We may pass your order details to any of our subsidiaries.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We received your order details from one of our subsidiaries.')).toEqual([]);
  });

  it('reads affiliated recipients named with more words, and entities affiliated with the company', () => {
    expect(valueOf('sharing', 'We may disclose your data to our affiliated insurance providers.')).toContain('affiliates');
    expect(valueOf('sharing', 'We may disclose your data to non-affiliated insurance companies.')).not.toContain('affiliates');
    expect(valueOf('sharing', 'We may share your data with other entities affiliated with Example.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may share your data with companies not affiliated with us.')).not.toContain('affiliates');
  });

  it('reads other companies named by the company\'s own name as affiliates', () => {
    expect(valueOf('sharing', 'We may share your profile with other Example Media companies.')).toEqual(['affiliates']);
    expect(valueOf('sharing', 'We may share your profile with other online companies.')).not.toContain('affiliates');
  });
});

describe('sharing: near misses of consent, business transfers and advertisers on the training set (issue 14, eleventh pass)', () => {
  it('does not read a User Agreement or consent as one legal basis among others as consent to sharing', () => {
    expect(valueOf('sharing', 'We may disclose data when needed to enforce our User Agreement.')).not.toContain('consent');
    expect(valueOf('sharing', "We may disclose data to partners with the user's agreement.")).toEqual(['consent']);
    expect(valueOf('sharing', 'You may ask for the data you gave us for a contract or with your consent in a portable format.')).toEqual([]);
    expect(valueOf('sharing', 'We will not share your data unless we offer you a choice to consent to such further use.')).toEqual(['consent']);
  });

  it('does not read e-mail acquisition services or successors in title as a business transfer', () => {
    expect(valueOf('sharing', 'We buy e-mail acquisition services from outside vendors who provide us with data.')).toEqual([]);
    expect(valueOf('sharing', 'In an acquisition of our firm, your data may be transferred to the buyer.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'We may disclose your data to our heirs and successors in title.')).toEqual([]);
    expect(valueOf('sharing', 'We may disclose your data to our successors in interest.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'Your data may pass to the buyer if the firm (or part of our business) is sold.')).toEqual(['business-transfer']);
  });

  it('does not read providers working on behalf of the company as advertisers', () => {
    expect(valueOf('sharing', 'We may provide your data to vendors who work on behalf of us to provide you with some of the services of the Example Services.')).toEqual(['service-providers']);
  });
});

describe('sharing: list items that name only a group of companies or an ownership change (issue 14, eleventh pass)', () => {
  it('reads an item naming the group of companies under a sharing lead-in', () => {
    const text = 'We will pass your personal data to:\n\n  1. our group companies\n  2. our payment processors.';
    expect(valueOf('sharing', text)).toEqual(['service-providers', 'affiliates']);
    const other = 'We keep these records:\n\n  1. our group companies\n  2. our payment processors.';
    expect(valueOf('sharing', other)).not.toContain('affiliates');
  });

  it('reads an item naming a change of ownership or a sale of the site under a sharing lead-in', () => {
    const text = 'We may disclose your personal data in these cases:\n\n* Where there is a change in the ownership of the shop.\n* If the shop is sold to another company.';
    expect(valueOf('sharing', text)).toEqual(['business-transfer']);
    const other = 'Our history:\n\n* The shop has changed ownership twice.';
    expect(valueOf('sharing', other)).toEqual([]);
  });
});

describe('sharing: more near misses on the training set (issue 14, eleventh pass)', () => {
  it('does not read a distribution source as a hand-over of aggregates', () => {
    expect(valueOf('sharing', 'The release date and distribution source of the app are logged, along with aggregate click data.')).toEqual([]);
    expect(valueOf('sharing', 'We may distribute aggregate click data to partners.')).toEqual(['aggregate']);
  });

  it('reads "aggregate figures ... and related information" as aggregates only', () => {
    expect(valueOf('sharing', 'We may provide aggregate figures about customers, sales and related information to our affiliates.')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We may provide aggregate figures about customers and contact information to our affiliates.')).toContain('affiliates');
  });

  it('does not read a parent involved in the transaction as an affiliate recipient', () => {
    expect(valueOf('sharing', 'At that time, your data may be shared with the parent or merger partner involved in the transaction.')).toEqual(['business-transfer']);
    expect(valueOf('sharing', 'Your data may be shared with our parent company.')).toEqual(['affiliates']);
  });

  it('does not read consent to another use as the condition of the hand-over beside it', () => {
    expect(valueOf('sharing', 'To make sure your details are not being used without consent, your card data may be passed to fraud agencies.')).not.toContain('consent');
    expect(valueOf('sharing', 'We will not pass your card data to fraud agencies without your consent.')).toEqual(['consent']);
  });
});

describe('sharing: more ways of giving consent on the training set (issue 14, eleventh pass)', () => {
  it('reads an opt-in condition after an opening phrase, and "you are allowing us to"', () => {
    expect(valueOf('sharing', 'Also, if you opt in, we may pass your e-mail address to our partner.')).toEqual(['consent']);
    expect(valueOf('sharing', 'Also, if you ask, we may pass your e-mail address to our partner.')).not.toContain('consent');
    expect(valueOf('sharing', 'By filling in the form, you are allowing us to pass your details to the right office.')).toEqual(['consent']);
    expect(valueOf('sharing', 'By filling in the form, you are helping us to pass your details to the right office.')).not.toContain('consent');
  });

  it('reads the direction of the patient, recipients the reader asked to hear from, and expressed written consent', () => {
    expect(valueOf('sharing', 'At the request of the patient, we will send the lab results to another doctor.')).toEqual(['consent']);
    expect(valueOf('sharing', 'At the request of the court, we will send the lab results to the police.')).not.toContain('consent');
    expect(valueOf('sharing', 'We may pass your e-mail address to sponsors from which you have asked to receive news.')).toContain('consent');
    expect(valueOf('sharing', 'We will never pass your data to any third party without your prior expressed written consent.')).toEqual(['consent']);
  });

  it('reads consent in a "but never ... without your consent" clause after a hand-over', () => {
    expect(valueOf('sharing', 'We may pass your data to partners for research, but never for marketing without your consent.')).toEqual(['consent']);
  });

  it('does not read consent deemed by using the site', () => {
    expect(valueOf('sharing', 'By using the site, you give us your consent to share your data with our partners.')).toEqual([]);
    expect(valueOf('sharing', 'By ticking the box, you give us your consent to share your data with our partners.')).toEqual(['consent']);
  });
});

describe('sharing: the rows of the US model privacy notice (issue 14, eleventh pass)', () => {
  it('does not read "sharing for affiliates\' everyday business purposes" as sharing with affiliates', () => {
    const text = "Federal law gives you the right to limit only:\n\n* sharing for affiliates' everyday business purposes, information about your credit\n* affiliates from using your information to market to you";
    expect(valueOf('sharing', text)).not.toContain('affiliates');
    expect(valueOf('sharing', 'We share your data with our affiliates for their everyday business purposes.')).toEqual(['affiliates']);
  });
});

describe('sharing: an aggregate hand-over said in brackets (issue 14, eleventh pass)', () => {
  it('reads "(and share them with third parties)" after collected aggregates', () => {
    expect(valueOf('sharing', 'We also collect aggregated statistics about visitors (and share them with third parties such as our partners).')).toEqual(['aggregate']);
    expect(valueOf('sharing', 'We also collect aggregated statistics about visitors (and keep them on our servers).')).toEqual([]);
  });
});

describe('sharing: list items that name only marketers under a sharing lead-in (issue 14, eleventh pass)', () => {
  it('reads an item naming companies whose products may interest the reader', () => {
    const text = 'We may share your information with:\n\n  * Other mail-order companies whose products we feel may interest you.\n  * Our shipping vendors.';
    expect(valueOf('sharing', text)).toEqual(['service-providers', 'advertisers']);
    const other = 'Our newsletter covers:\n\n  * New products we feel may interest you.\n  * Store opening hours.';
    expect(valueOf('sharing', other)).toEqual([]);
  });
});

describe('sharing: near misses from the review of the eleventh pass', () => {
  it('reads "no-one" as a negation, and group-level profiles as aggregates but not personal ones', () => {
    expect(valueOf('sharing', 'We disclose your personal data to no-one, including advertisers and affiliates.')).toEqual([]);
    expect(valueOf('sharing', 'We share compiled profiles of our users with advertisers.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We share non-aggregated data with our advertisers.')).toEqual(['advertisers']);
    expect(valueOf('sharing', 'We share compiled statistics about our visitors with advertisers.')).toContain('aggregate');
  });

  it('reads outsiders engaged for the service or its data as providers, not those engaged for anything else', () => {
    expect(valueOf('sharing', 'We use a company to support our events.')).toEqual([]);
    expect(valueOf('sharing', 'We hire individuals to maintain our offices.')).toEqual([]);
    expect(valueOf('sharing', 'We use an outside company to manage our social media accounts.')).toEqual([]);
    expect(valueOf('sharing', 'We use third parties to help us operate our website.')).toEqual(['service-providers']);
  });
});
