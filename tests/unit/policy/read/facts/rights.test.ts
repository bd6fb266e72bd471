import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('rights', () => {
  it('reads GDPR-style named rights', () => {
    const text = 'You have the right to access your personal data, to have inaccurate data rectified, to have your data erased, to restrict or object to processing, and to data portability. You also have the right to lodge a complaint with a supervisory authority.';
    expect(valueOf('rights', text)).toEqual(['access', 'correction', 'deletion', 'portability', 'objection', 'complaint']);
  });

  it('reads verb chains the reader performs', () => {
    expect(valueOf('rights', 'Customers can update or remove their personal information at any time.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'To correct or update the contact and billing information we hold, log in to your account.')).toEqual(['correction']);
    expect(valueOf('rights', 'We depend on our users to update or correct their personal information whenever necessary.')).toEqual(['correction']);
    expect(valueOf('rights', 'To discontinue the Service and to have data deleted, email us.')).toEqual(['deletion']);
  });

  it('reads CCPA-style requests', () => {
    const text = 'You have the right to request that we disclose the categories of personal information we collected, and the right to request that we delete it.';
    expect(valueOf('rights', text)).toEqual(['access', 'deletion']);
  });

  it('reads marketing opt-outs and objections to sharing', () => {
    expect(valueOf('rights', 'You can opt out of receiving marketing communications at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Click the unsubscribe link in any e-mail.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you would prefer that we not share your name with these companies, please write to us.')).toEqual(['objection']);
    expect(valueOf('rights', 'Where we rely on your consent, you have the right to withdraw or decline your consent at any time.')).toEqual(['objection']);
  });

  it('needs an outside body for a complaint', () => {
    expect(valueOf('rights', 'If you have a complaint, please contact our support team.')).toEqual([]);
    expect(valueOf('rights', 'Unresolved complaints are referred to JAMS, an independent dispute resolution provider.')).toEqual(['complaint']);
  });

  it('does not count redirections, children, obligations or mere views', () => {
    expect(valueOf('rights', 'Any individual who would like to correct or delete data should direct his or her inquiry to the applicable customer.')).toEqual([]);
    expect(valueOf('rights', 'A parent may contact us to have their child’s personal information deleted.')).toEqual([]);
    expect(valueOf('rights', 'The Subscriber must permanently delete the personal data of its visitors.')).toEqual([]);
    expect(valueOf('rights', 'Customers can view their updated profile to confirm their edits.')).toEqual([]);
    expect(valueOf('rights', 'You cannot opt out of transactional e-mails about your account.')).toEqual([]);
  });

  it('gives evidence per right', () => {
    const fact = factOf('rights', 'You may request a copy of your data. You can unsubscribe at any time.');
    expect(fact.evidence.map((e) => e.quote)).toEqual(['You may request a copy of your data.', 'You can unsubscribe at any time.']);
  });
});

describe('rights: verb lists on a pronoun', () => {
  it('reads "review, correct, update, or delete it" but not a lone "delete it"', () => {
    expect(valueOf('rights', 'You have a right to access this information in order to review, correct, update, or delete it.')).toEqual(['access', 'correction', 'deletion']);
    expect(valueOf('rights', 'You can delete it whenever you like.')).toEqual([]);
    expect(valueOf('rights', 'Your browser lets you block or delete them, but cookies help the site work.')).toEqual([]);
  });
});

describe('rights: phrasings of unseen policies (issue 14)', () => {
  it('reads objection, portability and complaint in their plain phrasings', () => {
    expect(valueOf('rights', 'You may withdraw your permission at any time.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may object at any time.')).toEqual(['objection']);
    expect(valueOf('rights', 'You can ask to receive your data in a machine-readable format.')).toEqual(['portability']);
    expect(valueOf('rights', 'If you believe that we have not complied with data protection laws, you may lodge a complaint with your local supervisory authority.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Please contact our third party dispute resolution provider (free of charge).')).toEqual(['complaint']);
    expect(valueOf('rights', 'If you do not want us to share information about you with our partners, please let us know.')).toEqual(['objection']);
  });

  it('does not take access from someone else having access, or from a law named after portability', () => {
    expect(valueOf('rights', 'These persons have access to personal information needed to perform their functions.')).toEqual([]);
    expect(valueOf('rights', 'Only persons authorized by Example Maps shall have access to personal information.')).toEqual([]);
    expect(valueOf('rights', 'Other online users may obtain access to any information you post.')).toEqual([]);
    expect(valueOf('rights', 'We believe you have a right to know how information you choose to provide will be used.')).toEqual([]);
    expect(valueOf('rights', 'Our procedures comply with the Health Insurance Portability and Accountability Act.')).toEqual([]);
    expect(valueOf('rights', 'Only a few employees have special access rights to production systems.')).toEqual([]);
    expect(valueOf('rights', 'You may request access to your personal data.')).toEqual(['access']);
    expect(valueOf('rights', 'We use cookies to learn how you use the site, and we obtain certain types of information when your browser visits.')).toEqual([]);
    expect(valueOf('rights', 'If we text you on the carrier with which you have a subscription or otherwise have access, you pay the fees.')).toEqual([]);
    expect(valueOf('rights', 'Example Maps gives you access to certain information about you.')).toEqual(['access']);
    expect(valueOf('rights', 'You have the right to information over the data stored.')).toEqual(['access']);
  });

  it('reads access, correction, deletion and opt-out in other words', () => {
    expect(valueOf('rights', 'You have the right to obtain a listing of your information that we have stored.')).toEqual(['access']);
    expect(valueOf('rights', 'Users may send us a request for the disclosure of personal information.')).toEqual(['access']);
    expect(valueOf('rights', 'You can edit your Example Maps Account Information at any time.')).toEqual(['correction']);
    expect(valueOf('rights', 'Users may, at any time, confirm or correct their registered personal information.')).toEqual(['correction']);
    expect(valueOf('rights', 'Email us to request your data to be removed from our databases.')).toEqual(['deletion']);
    expect(valueOf('rights', 'You can delete your forum account.')).toEqual(['deletion']);
    expect(valueOf('rights', 'If a user has elected not to receive further information from us, we will not send it.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Select the option not to receive advertisements.')).toEqual(['opt-out-marketing']);
  });

  it('does not read access to things that are not the reader\'s data', () => {
    expect(valueOf('rights', 'We provide users with access to our forums, chat rooms and message boards.')).toEqual([]);
    expect(valueOf('rights', 'We give you access to the latest news and offers when you subscribe.')).toEqual([]);
    expect(valueOf('rights', 'For more information about how to opt out of targeted ads, you can obtain information at www.aboutads.info.')).toEqual([]);
    expect(valueOf('rights', 'Users can view and access information posted by other users in public forums.')).toEqual([]);
    expect(valueOf('rights', 'You can obtain a copy of our privacy policy by writing to us.')).toEqual([]);
    expect(valueOf('rights', 'You may receive a copy of the emails we send to other users you invite.')).toEqual([]);
    expect(valueOf('rights', 'Subscribers can access their account information through the account page.')).toEqual(['access']);
    expect(valueOf('rights', 'Users can view their data on their personal profile page.')).toEqual(['access']);
    expect(valueOf('rights', 'You may review and update the information in your profile at any time.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'You have the right to delete and correct the data saved concerning your person.')).toEqual(['correction', 'deletion']);
  });

  it('reads opting out of marketing in other words', () => {
    expect(valueOf('rights', 'To be removed from our mailing list, send an email to remove@example.com.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you do not want to receive e-mail from us in the future, please let us know by sending us an e-mail.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You may change your email preferences at any time in your account settings.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you would prefer not to receive information about our products, write to us at the address below.')).toEqual(['opt-out-marketing']);
  });
});

describe('rights: clause-level scope (issue 14, third pass)', () => {
  it('takes access asked of us only for the reader\'s own data', () => {
    expect(valueOf('rights', 'You can ask us to send you a copy of our newsletter archive.')).toEqual([]);
    expect(valueOf('rights', 'You may request that we provide you with more information about our privacy practices.')).toEqual([]);
    expect(valueOf('rights', 'You can obtain the information about opting out from the Network Advertising Initiative.')).toEqual([]);
    expect(valueOf('rights', 'Users may review the information on our opt-out page.')).toEqual([]);
    expect(valueOf('rights', 'You can access the details of your subscription and cancel it at any time.')).toEqual([]);
    expect(valueOf('rights', 'Please contact us if you have questions about how we access your data.')).toEqual([]);
    expect(valueOf('rights', 'You can ask us to send you the information we have about you.')).toEqual(['access']);
    expect(valueOf('rights', 'You can at any time look at or change your personal information in your account settings.')).toEqual(['access', 'correction']);
  });

  it('reads leaving a mailing list as opting out, not deletion, and settings as no data', () => {
    expect(valueOf('rights', 'To opt out, you can ask us to remove your name from our mailing list.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you do not want to receive promotional e-mails, you can change your profile settings.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'To stop receiving newsletters, you can update your subscription details in your account.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can ask us to remove your personal data from our systems.')).toEqual(['deletion']);
  });

  it('reads opting out of marketing in more words', () => {
    expect(valueOf('rights', 'Contact us to be taken off our mailing list.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can manage your email subscriptions in your account settings.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can turn off e-mail notifications in your settings.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can cancel the newsletter at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Please write to us if you would prefer not to be contacted for marketing.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Every message sent to an "opt-in" e-mail list says how a user may remove him or herself from the list.')).toEqual(['opt-out-marketing']);
    // Near misses: a paid subscription, cookies.
    expect(valueOf('rights', 'You can cancel your subscription to our service at any time in your billing settings.')).toEqual([]);
    expect(valueOf('rights', 'You can manage your subscriptions to paid plans in the billing page.')).toEqual([]);
    expect(valueOf('rights', 'If you turn off cookies, some features will not work.')).toEqual([]);
  });

  it('reads rights named by what is done to the data, and consent that can be withdrawn', () => {
    expect(valueOf('rights', 'You have a legal right for the personal data we hold about you to be corrected if it is wrong or deleted if you wish.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'We process usage data on the basis of your consent, which you can withdraw at any time.')).toEqual(['objection']);
    expect(valueOf('rights', 'You have the right to information over the data stored and the right to delete and correct the data saved concerning your person.')).toEqual(['access', 'correction', 'deletion']);
  });
});

describe('rights: complaint to an authority in other words (issue 14, third pass)', () => {
  it('reads raising the matter with, contacting or appealing to an authority', () => {
    expect(valueOf('rights', "If you are not satisfied with our answer, you may raise the matter with the Information Commissioner's Office.")).toEqual(['complaint']);
    expect(valueOf('rights', 'You can also contact the data protection authority in your country.')).toEqual(['complaint']);
    expect(valueOf('rights', 'You have the right to file a complaint with the CNIL.')).toEqual(['complaint']);
    expect(valueOf('rights', 'You are entitled to appeal to the competent supervisory authority.')).toEqual(['complaint']);
  });

  it('does not read the company reporting to an authority, or complaints to the company', () => {
    expect(valueOf('rights', 'We may contact the relevant data protection authority about a breach.')).toEqual([]);
    expect(valueOf('rights', 'If a breach affects you, we will report it to the ICO or the data protection authority within 72 hours.')).toEqual([]);
    expect(valueOf('rights', 'If you have a complaint, please contact us first at privacy@example.com.')).toEqual([]);
  });
});

describe('rights: correction by telling us of changes (issue 14, third pass)', () => {
  it('reads the reader notifying us of changes to their data as correction', () => {
    expect(valueOf('rights', 'If your details change (for example, a new postal address), you are responsible for notifying us of those changes.')).toEqual(['correction']);
    expect(valueOf('rights', 'Please let us know of any changes to your personal information.')).toEqual(['correction']);
    expect(valueOf('rights', 'If your data changes, we update our records automatically.')).toEqual([]);
    expect(valueOf('rights', 'We will notify you of changes to this policy.')).toEqual([]);
  });
});

describe('rights: who holds the right, and rights named as a list (issue 14, fourth pass)', () => {
  it('reads the rights of a list of nouns, the Spanish ARCO rights included', () => {
    expect(valueOf('rights', 'Write to us to exercise your rights of access, rectification, cancellation and opposition.')).toEqual(['access', 'correction', 'deletion', 'objection']);
    expect(valueOf('rights', 'Residents of the EU hold rights of access, erasure and portability.')).toEqual(['access', 'deletion', 'portability']);
    // Near miss: a list of principles is not a list of rights.
    expect(valueOf('rights', 'We follow the principles of notice, choice, access and enforcement.')).toEqual([]);
  });

  it('gives list items the reader\'s agency of their lead-in', () => {
    expect(valueOf('rights', 'As our customer you have a right to:\n\n- See the details we keep about you.\n- Make us fix inaccurate details.\n- Ask us to erase your data.')).toEqual(['access', 'correction', 'deletion']);
    // Near miss: the same items under a lead-in about what the company does.
    expect(valueOf('rights', 'Our staff use these records to:\n\n- See the details we keep about you.\n- Erase your data once the contract ends.')).toEqual([]);
  });

  it('does not give the reader access that other people have or that merely remains', () => {
    expect(valueOf('rights', 'Once you publish a listing, other members and guests can have access to the personal details in it.')).toEqual([]);
    expect(valueOf('rights', 'Even after you unsubscribe, you will still be able to view your account information.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you lose your access details, write to the help desk.')).toEqual([]);
    expect(valueOf('rights', 'This notice is meant to let you know what information we collect.')).toEqual([]);
    // True cases beside them.
    expect(valueOf('rights', 'You can view your account information at any time.')).toEqual(['access']);
    expect(valueOf('rights', 'Upon request, we will let you know what information we hold about you.')).toEqual(['access']);
    expect(valueOf('rights', 'You are entitled to see the records we hold about you.')).toEqual(['access']);
  });

  it('reads correction and deletion of data named in other ways', () => {
    expect(valueOf('rights', 'You can change some of the details associated with your membership in your profile.')).toEqual(['correction']);
    expect(valueOf('rights', 'You may correct your e-mail address at any time.')).toEqual(['correction']);
    expect(valueOf('rights', 'You can have your shop account removed by writing to the help desk.')).toEqual(['deletion']);
    // Near misses: an address taken off a mailing list is an opt-out; a report about others' accounts.
    expect(valueOf('rights', 'You can remove your e-mail address from our mailing list at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can change the details of the game you are playing.')).toEqual([]);
  });
});

describe('rights: objection, portability, complaint and marketing in plain words (issue 14, fourth pass)', () => {
  it('reads objection phrased by what the reader tells us to stop', () => {
    expect(valueOf('rights', 'If you object to us processing your details for research, let us know.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may tell us to stop disclosing your information to our partners.')).toEqual(['objection']);
    expect(valueOf('rights', 'You can limit how we use your data by writing to us.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may opt out of having your details shared for those purposes.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may instruct us not to share your information with unaffiliated companies.')).toEqual(['objection']);
    // Near miss: the company restricting its own staff.
    expect(valueOf('rights', 'We restrict how our staff use customer data.')).toEqual([]);
  });

  it('reads portability as a format or a transmission the reader asks for', () => {
    expect(valueOf('rights', 'You can ask for your data to be transferred to another provider.')).toEqual(['portability']);
    expect(valueOf('rights', 'You may receive the data you gave us in a structured and interoperable format.')).toEqual(['portability']);
    // Near miss: a business transfer.
    expect(valueOf('rights', 'In a merger, your data may be transferred to another company.')).toEqual([]);
  });

  it('reads a complaint taken to a seal programme or an ombudsman, or to a commissioner named by country', () => {
    expect(valueOf('rights', 'If we have not settled your concern, you may contact TRUSTe.')).toEqual(['complaint']);
    expect(valueOf('rights', 'You can also take the matter to the Office of the Australian Information Commissioner, or contact the OAIC.')).toEqual(['complaint']);
    // Near miss: the company contacting a body.
    expect(valueOf('rights', 'We are members of TRUSTe and we contact them every year.')).toEqual([]);
  });

  it('reads opting out of marketing in more words, and does not read "not to disclose" as access', () => {
    expect(valueOf('rights', 'You can ask us not to e-mail you with offers.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you no longer want to hear from us, just reply to any message.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you would rather not get our seasonal catalogue, call us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can edit your mailing preferences in the account area.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You may ask us not to process your personal data for marketing purposes.')).toEqual(['objection', 'opt-out-marketing']);
    expect(valueOf('rights', 'You have the right to request that we not disclose your details to other companies for their marketing.')).toEqual(['objection']);
    // Near miss: asking us not to send something else.
    expect(valueOf('rights', 'You can ask us not to send your order before Monday.')).toEqual([]);
  });
});

describe('rights: headings, means of an opt-out, and plain requests (issue 14, fourth pass)', () => {
  it('reads a heading only when it speaks to the reader', () => {
    expect(valueOf('rights', '## Unsubscribe and data removal\n\nWe keep newsletters for ten years.')).toEqual([]);
    expect(valueOf('rights', '## Your right to erase your data\n\nWrite to the data team.')).toEqual(['deletion']);
  });

  it('does not read the means of an opt-out as access or correction', () => {
    expect(valueOf('rights', 'To stop our newsletters, sign in, open the account page and view your member profile.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can unsubscribe from the digest by editing your profile information.')).toEqual(['opt-out-marketing']);
    // The same verbs as a right of their own, inside the purpose clause or on their own.
    expect(valueOf('rights', 'If you want to unsubscribe from our newsletters or update your profile information, write to us.')).toEqual(['correction', 'opt-out-marketing']);
    expect(valueOf('rights', 'You can view your member profile at any time.')).toEqual(['access']);
  });

  it('reads data named by name and address, and a list left by an address', () => {
    expect(valueOf('rights', 'If you would like us to erase your name and postal address from the forum database, write to us.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Each mailing has a link to remove your address from our list.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can check your details and make any necessary changes to your profile information.')).toEqual(['access', 'correction']);
  });

  it('reads correction the reader asks for or keeps up', () => {
    expect(valueOf('rights', 'If any of your details are wrong, let us know and we will put them right.')).toEqual(['correction']);
    expect(valueOf('rights', 'Please notify us when your contact details change.')).toEqual(['correction']);
    expect(valueOf('rights', 'Members can keep their profile current by signing in.')).toEqual(['correction']);
    expect(valueOf('rights', 'We fix any mistakes in your records that you point out to us.')).toEqual(['correction']);
    // Near miss: the company checking its own records.
    expect(valueOf('rights', 'We correct errors in our records every month.')).toEqual([]);
  });

  it('reads access and deletion the company gives on request', () => {
    expect(valueOf('rights', 'You may inspect the records we keep about you.')).toEqual(['access']);
    expect(valueOf('rights', 'You can find out what data we hold on you by writing to us.')).toEqual(['access']);
    expect(valueOf('rights', 'We will erase your personal data at your request.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Upon your written request, we will remove your personal information from our files.')).toEqual(['deletion']);
    // Near miss: the company deleting on its own schedule.
    expect(valueOf('rights', 'We will erase your personal data after two years.')).toEqual([]);
  });
});

describe('rights: keeping one\'s data from others (issue 14, fourth pass)', () => {
  it('reads the choices that stop disclosure to others as objection', () => {
    expect(valueOf('rights', 'You can stop us from passing your details to other companies by writing to us; we will not share them further.')).toEqual(['objection']);
    expect(valueOf('rights', 'Members may elect not to have their profile data disclosed to sponsors.')).toEqual(['objection']);
    expect(valueOf('rights', 'You have the choice of whether your details are shared with our partners.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may ask that your information not be shared with advertisers.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may decline to permit such a transfer to third parties.')).toEqual(['objection']);
    expect(valueOf('rights', 'You can prevent Example Maps from selling your data.')).toEqual(['objection']);
  });

  it('does not read the reader keeping data back from us as objection', () => {
    expect(valueOf('rights', 'Taking part is voluntary, so you have a choice whether or not to disclose the requested details.')).toEqual([]);
    expect(valueOf('rights', 'If you choose not to share your location with us, some features will not work.')).toEqual([]);
    expect(valueOf('rights', 'You may choose not to disclose your birthday.')).toEqual([]);
  });

  it('reads declining and leaving mailings, and complaints to the Office for Civil Rights', () => {
    expect(valueOf('rights', 'You may decline future mailings at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you do not want to get our offers, tell us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You may also file a complaint with the Office for Civil Rights.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Other registered players can see your nickname and profile details.')).toEqual([]);
    expect(valueOf('rights', 'You may limit our affiliates from using your information to market to you.')).toEqual(['objection']);
  });
});

describe('rights: keywords that name no right of the reader (issue 14, fourth pass)', () => {
  it('does not read portable devices, machine-readable policies or secure erasure as rights', () => {
    expect(valueOf('rights', 'A machine-readable copy of this notice is published in the P3P format.')).toEqual([]);
    expect(valueOf('rights', 'Staff laptops and portable drives are encrypted.')).toEqual([]);
    expect(valueOf('rights', 'Old disks are wiped by secure erasure before disposal.')).toEqual([]);
    expect(valueOf('rights', 'Our archivists handle the rectification of catalogue entries.')).toEqual([]);
    // True cases beside them.
    expect(valueOf('rights', 'You can ask for your records in a commonly used, machine-readable file.')).toEqual(['portability']);
    expect(valueOf('rights', 'You may request erasure of your details.')).toEqual(['deletion']);
  });

  it('does not read what the company or someone else does as the reader\'s right', () => {
    expect(valueOf('rights', 'We retain a copy of the information in every support ticket.')).toEqual([]);
    expect(valueOf('rights', 'We answer access requests from the police only with a warrant.')).toEqual([]);
    expect(valueOf('rights', 'Whatever the season, we decide whether we keep your data after the contract ends.')).toEqual([]);
    expect(valueOf('rights', 'We examine every complaint and, if the law requires, pass it to the supervisory authority.')).toEqual([]);
    expect(valueOf('rights', 'We restrict the sharing of your information to our carriers, and you can read more below.')).toEqual([]);
    expect(valueOf('rights', 'The workspace administrator can delete your account.')).toEqual([]);
    expect(valueOf('rights', 'We unsubscribe addresses that bounce three times.')).toEqual([]);
    expect(valueOf('rights', 'Under the Freedom of Information Act, anyone has rights of access to records held by public bodies.')).toEqual([]);
    // True cases beside them.
    expect(valueOf('rights', 'On request, we will send you a copy of the information we hold about you.')).toEqual(['access']);
    expect(valueOf('rights', 'You can ask us to confirm whether we hold any personal data about you.')).toEqual(['access']);
  });
});

describe('rights: links inside sentences, others\' marketing, dispute processes (issue 14, fourth pass)', () => {
  it('reads a phrase broken by a Markdown link', () => {
    const text = 'At any time you can [opt out](https://example.com/prefs?id=7) of having your profile information shared with our sister companies.';
    expect(valueOf('rights', text)).toEqual(['objection']);
    // The evidence is still the original sentence, link included.
    expect(factOf('rights', text).evidence[0]!.quote).toBe(text);
  });

  it('reads opting out of a disclosure for others\' marketing as objection only', () => {
    expect(valueOf('rights', 'You may opt out of our sharing of your details with other companies for their own marketing.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may opt out of marketing e-mails and of our sharing of your details with partners for their marketing.')).toEqual(['objection', 'opt-out-marketing']);
  });

  it('reads a dispute resolution process the users are sent to', () => {
    expect(valueOf('rights', 'If their concern is not settled, they may then turn to the TRUSTe dispute resolution process.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Our staff follow an internal dispute resolution process for supplier contracts.')).toEqual([]);
  });
});

describe('rights: access to the company\'s own things (issue 14, fourth pass)', () => {
  it('does not read access to a mechanism, page or archive as access to the reader\'s data', () => {
    expect(valueOf('rights', 'Members can obtain access to our opt-out tool for personal data sharing.')).toEqual([]);
    expect(valueOf('rights', 'You may request access to the newsletter archive and other information.')).toEqual([]);
    expect(valueOf('rights', 'You may request access to the personal data we keep.')).toEqual(['access']);
  });
});

describe('rights: US and CCPA wordings (issue 14, fourth pass)', () => {
  it('reads complaints to the FTC or an attorney general, and portable formats', () => {
    expect(valueOf('rights', 'If you think we have broken this promise, you may contact the Federal Trade Commission.')).toEqual(['complaint']);
    expect(valueOf('rights', 'You can also write to your state attorney general.')).toEqual(['complaint']);
    expect(valueOf('rights', 'You may receive the data in a portable and readily usable format.')).toEqual(['portability']);
    // Near miss: the company talking to the FTC.
    expect(valueOf('rights', 'We report to the Federal Trade Commission every year.')).toEqual([]);
  });

  it('reads the "Do Not Sell" link, a deletion asked in the subjunctive, and withdrawing agreement', () => {
    expect(valueOf('rights', 'Use the "Do Not Sell My Personal Information" link at the foot of each page.')).toEqual(['objection']);
    expect(valueOf('rights', 'You can request that your profile and messages be deleted.')).toEqual(['deletion']);
    expect(valueOf('rights', 'You may withdraw your agreement to this processing at any time.')).toEqual(['objection']);
    // Near miss: an agreement between companies.
    expect(valueOf('rights', 'Either party may withdraw the agreement with its supplier.')).toEqual([]);
  });
});

describe('rights: the company\'s own powers and choices about cookies (issue 14, fifth pass)', () => {
  it('does not read a deletion the company may make on its own as the reader\'s right', () => {
    expect(valueOf('rights', 'We may delete your account if you break these rules.')).toEqual([]);
    expect(valueOf('rights', 'We reserve the right to remove your information once it is no longer needed.')).toEqual([]);
    expect(valueOf('rights', 'We may close and delete your profile at our sole discretion.')).toEqual([]);
    expect(valueOf('rights', 'We will delete your information if you ask us to.')).toEqual(['deletion']);
  });

  it('does not read refusing cookies as an objection', () => {
    expect(valueOf('rights', 'You may object to cookies by changing the settings of your browser.')).toEqual([]);
    expect(valueOf('rights', 'You can object to our processing of your data.')).toEqual(['objection']);
  });

  it('does not read access kept after an opt-out, or access by intruders', () => {
    expect(valueOf('rights', 'If you unsubscribe, you will still have access to your account data.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Firewalls protect against unauthorised access to your personal information.')).toEqual([]);
    expect(valueOf('rights', 'You have access to your account data at any time.')).toEqual(['access']);
    expect(valueOf('rights', 'You can access your personal information in your account.')).toEqual(['access']);
  });
});

describe('rights: rights in less usual words (issue 14, fifth pass)', () => {
  it('reads a second right joined to the first ("the right to ... and also to correct")', () => {
    expect(valueOf('rights', 'You have the right to obtain a copy of what we hold and also to correct any errors in your details.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'We have the right to refuse a request and to correct our own records.')).toEqual([]);
    expect(valueOf('rights', 'You have the right to ask for a copy of your data (we may charge a fee of 2.50) and also to correct any errors in your details.')).toEqual(['access', 'correction']);
    // The reader keeping a right is not the company reserving one.
    expect(valueOf('rights', 'You retain the right to access and delete your personal data at any time.')).toEqual(['access', 'deletion']);
  });

  it('reads "have it corrected" when the sentence is about the reader\'s information', () => {
    expect(valueOf('rights', 'Any individual can challenge the accuracy of their records and have them corrected.')).toEqual(['correction']);
    expect(valueOf('rights', 'You can order a parcel and have it delivered to your office.')).toEqual([]);
    expect(valueOf('rights', 'If a cookie bothers you, you can have it removed by your browser.')).toEqual([]);
  });

  it('reads making sure one gets no more mailings', () => {
    expect(valueOf('rights', 'In your settings you can ensure that you do not receive any newsletters from us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'We will give you a way to ask that you do not get similar notices again.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Please ensure that you do not receive parcels while you are away.')).toEqual([]);
  });

  it('reads removing one\'s account when the reader is free to', () => {
    expect(valueOf('rights', 'Members are free to remove their account whenever they like.')).toEqual(['deletion']);
    expect(valueOf('rights', 'You can remove your account from this phone in the app settings.')).toEqual([]);
  });

  it('reads a commonly used format as portability', () => {
    expect(valueOf('rights', 'You have the right to receive your data in a commonly used format.')).toEqual(['portability']);
    expect(valueOf('rights', 'We keep our records in a commonly used format.')).toEqual([]);
  });
});

describe('rights: objects, passives and choices about sharing (issue 14, fifth pass)', () => {
  it('reads "any other personal information" and "certain information, such as your address" as the reader\'s data', () => {
    expect(valueOf('rights', 'If you wish to amend or delete any other personal information we keep, write to us.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'You can update certain information, such as your postal address, in your settings.')).toEqual(['correction']);
    expect(valueOf('rights', 'You can view certain information, such as our opening hours, on the site.')).toEqual([]);
  });

  it('reads data the reader can change in the passive', () => {
    expect(valueOf('rights', 'Most of the details you give us can be viewed and edited on the settings page of your account.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'Anything you add to your profile may be changed or removed by you whenever you like.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'Your information may be viewed and updated by our support staff.')).toEqual([]);
    expect(valueOf('rights', 'Your data may be deleted by us in the account closure process.')).toEqual([]);
  });

  it('reads choosing not to have data shared when third parties come first in the sentence', () => {
    expect(valueOf('rights', 'You will be told when your details might go to partner firms, and you can then choose not to share them.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you do not want us to use personal information we collect to tailor the ads we show you, change your ad settings.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may choose not to give us your birthday.')).toEqual([]);
  });

  it('reads a bare opt-out offered in a sentence about disclosing the reader\'s data', () => {
    expect(valueOf('rights', 'We will not disclose your personal information to other firms unless we tell you first and give you the chance to opt out.')).toEqual(['objection']);
    expect(valueOf('rights', 'We share newsletters with subscribers, who have the option to opt out.')).toEqual([]);
  });

  it('does not read exporting to a social network, or the right to know our practices, as a right over one\'s data', () => {
    expect(valueOf('rights', 'When exporting such information to a social network, you may be disclosing it to people there.')).toEqual([]);
    expect(valueOf('rights', 'You can export your personal data at any time.')).toEqual(['portability']);
    expect(factOf('rights', 'Every visitor has the right to know and understand our privacy practices. You have the right to know what personal information we hold about you.').evidence.map((e) => e.quote)).toEqual(['You have the right to know what personal information we hold about you.']);
  });
});

describe('rights: others who view, the company asking, and the means of leaving a list (issue 14, fifth pass)', () => {
  it('does not read other people viewing the reader\'s profile as access', () => {
    expect(valueOf('rights', 'Your public profile is visible to other users, who may view your profile information and comment on it.')).toEqual([]);
    expect(valueOf('rights', 'You may view your profile information at any time.')).toEqual(['access']);
  });

  it('does not read the company asking the reader\'s permission as the reader asking', () => {
    expect(valueOf('rights', 'We will always request your permission before looking at the data in your account.')).toEqual([]);
    expect(valueOf('rights', 'On your request we will look at the data in your account with you.')).toEqual(['access']);
  });

  it('does not read updating a profile as the means of leaving a mailing list as correction', () => {
    expect(valueOf('rights', 'You may remove your name from our mailing list by updating your profile.')).toEqual(['opt-out-marketing']);
  });

  it('does not read a passive about something other than the data named first', () => {
    expect(valueOf('rights', 'You should know that friends can add comments to your profile (which can be deleted by you).')).toEqual([]);
  });
});

describe('rights: wordings of a held-out check (issue 14, fifth pass)', () => {
  it('reads correction offered as "tell us if what we hold about you is wrong"', () => {
    expect(valueOf('rights', 'If you think any information we keep about you is wrong, please write to us and we will put it right.')).toEqual(['correction']);
    expect(valueOf('rights', 'If the information on our website is incorrect, please let us know.')).toEqual([]);
  });

  it('reads a right the company gives a way to use', () => {
    expect(valueOf('rights', 'After registration, we provide a way to update your personal information.')).toEqual(['correction']);
    expect(valueOf('rights', 'We provide a way to update our software automatically.')).toEqual([]);
    expect(valueOf('rights', 'We update your information when you place an order.')).toEqual([]);
  });

  it('reads "the following personal information" and "incorrect details" as the reader\'s data', () => {
    expect(valueOf('rights', 'Members may view and change the following personal information: name, address and phone number.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'You can correct incorrect details in your profile.')).toEqual(['correction']);
    expect(valueOf('rights', 'You have these rights: - To correct incorrect info.')).toEqual(['correction']);
    expect(valueOf('rights', 'We may change the following information on this page at any time.')).toEqual([]);
  });

  it('reads rights named as nouns the reader desires', () => {
    expect(valueOf('rights', 'If you desire the information\'s correction or suspension of its use, contact us.')).toEqual(['correction', 'objection']);
    expect(valueOf('rights', 'We may order the suspension of use of an account that breaks the rules.')).toEqual([]);
  });

  it('reads the Council of Better Business Bureaus as an outside body', () => {
    expect(valueOf('rights', 'If your concern is not settled, you may contact the Council of Better Business Bureaus.')).toEqual(['complaint']);
    expect(valueOf('rights', 'We are members of the Council of Better Business Bureaus.')).toEqual([]);
  });

  it('reads porting data or moving it to another controller as portability', () => {
    expect(valueOf('rights', 'You may port your data to another service.')).toEqual(['portability']);
    expect(valueOf('rights', 'You can ask for transferring your data to another controller.')).toEqual(['portability']);
    expect(valueOf('rights', 'We transfer data to another controller when we sell the business.')).toEqual([]);
  });

  it('reads choosing not to hear from us and managing subscriptions to our e-mails', () => {
    expect(valueOf('rights', 'You can choose not to hear from us at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can manage your subscriptions to our email communications in your account.')).toEqual(['opt-out-marketing']);
  });
});

describe('rights: data given to someone else, and other users acting on "your" data (issue 14, fifth pass)', () => {
  it('does not read changing data given to a social network as the company\'s offer', () => {
    expect(valueOf('rights', 'You need to read both privacy policies to amend or delete personal information that has been provided to the social network site.')).toEqual([]);
    expect(valueOf('rights', 'You can amend or delete the personal information you have provided to us.')).toEqual(['correction', 'deletion']);
  });

  it('does not read users of the service viewing the reader\'s profile as access', () => {
    expect(valueOf('rights', 'Example Music users may be able to search for and view your profile information.')).toEqual([]);
    expect(valueOf('rights', 'Registered users may view their profile information at any time.')).toEqual(['access']);
  });
});

describe('rights: removal from someone else\'s records (issue 14, fifth pass)', () => {
  it('does not read asking a partner to remove one\'s details from their database as deletion', () => {
    expect(valueOf('rights', 'To stop mail from a festival organiser, get in touch with them and ask that your details be removed from their database.')).toEqual([]);
    expect(valueOf('rights', 'You can ask that your details be removed from our database.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Partners will delete your personal data from their systems when asked.')).toEqual([]);
  });
});

describe('rights: review of the fifth pass (no claim from wording that gives the reader nothing)', () => {
  it('a second right joined to the first is a correction only when the data is what gets corrected', () => {
    expect(valueOf('rights', 'The seller is entitled to cancel the order and to amend the price if it was wrong.')).toEqual([]);
    expect(valueOf('rights', 'You have the right to cancel your order and to amend your delivery address before it ships.')).toEqual([]);
    expect(valueOf('rights', 'You have the right to obtain a copy of your data and to correct your personal information.')).toEqual(['access', 'correction']);
  });

  it('an update on the settings page made by someone else is not the reader’s correction', () => {
    expect(valueOf('rights', 'Any details you give can be updated on the settings page by our administrators.')).toEqual([]);
    expect(valueOf('rights', 'Your profile details can be edited in your account settings by you at any time.')).toEqual(['correction']);
  });

  it('making sure no mail arrives is a marketing opt-out only for our mailings', () => {
    expect(valueOf('rights', 'To make sure you do not receive e-mails claiming to be from us, check the sender.')).toEqual([]);
    expect(valueOf('rights', 'Please ensure that you do not receive messages from people you do not know.')).toEqual([]);
    expect(valueOf('rights', 'Untick the box to ensure that you do not receive our promotional e-mails.')).toEqual(['opt-out-marketing']);
  });
});

describe('rights: wordings of a sixth unseen batch (issue 14, sixth pass)', () => {
  it('reads reviewing one\'s data as access', () => {
    expect(valueOf('rights', 'Members may review the personal details we hold for them.')).toEqual(['access']);
    expect(valueOf('rights', 'Our editors review every article before it is published.')).toEqual([]);
  });

  it('reads the reader reporting mistakes in the data we hold as correction', () => {
    expect(valueOf('rights', 'We try to keep the details we hold about you accurate. Should you notice any mistakes, please contact us.')).toEqual(['correction']);
    expect(valueOf('rights', 'If we have inaccurate details about you, we will fix them. To tell us of a change or inaccuracy, e-mail us at help@example.com.')).toEqual(['correction']);
    expect(valueOf('rights', 'Our newsletter is written by volunteers. If you spot any errors, please let us know.')).toEqual([]);
    expect(valueOf('rights', 'We keep your details safe. Please tell us about any errors on this page.')).toEqual([]);
  });

  it('does not read the company reserving a right, or a pointer to a right, as the reader\'s right', () => {
    expect(valueOf('rights', 'Acme reserves the right to update these terms at any time.')).toEqual([]);
    expect(valueOf('rights', 'You have the right to update your details.')).toEqual(['correction']);
    expect(valueOf('rights', 'Read this section to learn how to limit sharing of your data.')).toEqual([]);
    expect(valueOf('rights', 'You may limit the sharing of your data with partners.')).toEqual(['objection']);
  });

  it('reads data transferability as portability', () => {
    expect(valueOf('rights', 'You have a right to data transferability.')).toEqual(['portability']);
    expect(valueOf('rights', 'Gift cards have no transferability between accounts.')).toEqual([]);
  });

  it('reads not wanting our mailings and a change of mind about being contacted as a marketing opt-out', () => {
    expect(valueOf('rights', 'Tick the box if you do not want us to send you our newsletter.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you change your mind about being contacted, let us know.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you do not want us to send you a password reminder, untick the box.')).toEqual([]);
    expect(valueOf('rights', 'If you change your mind about the purchase, let us know.')).toEqual([]);
  });
});

describe('rights: wordings of a seventh unseen batch (issue 14, rights17)', () => {
  it('tries every occurrence of a named right, not only the first one a guard drops', () => {
    expect(valueOf('rights', 'We reserve the right to request a copy of your ID; you may request a copy of your data.')).toEqual(['access']);
    expect(valueOf('rights', 'We reserve the right to request a copy of your ID.')).toEqual([]);
  });

  it('reads a company reserving a right only in its own clause', () => {
    expect(valueOf('rights', 'We reserve the right to remove posts; you can correct your profile information at any time.')).toEqual(['correction']);
    expect(valueOf('rights', 'We reserve the right to remove your information.')).toEqual([]);
  });

  it('reads mistakes reported in the reader\'s data named in other words as correction', () => {
    expect(valueOf('rights', 'If you notice any errors in your account, please contact us.')).toEqual(['correction']);
    expect(valueOf('rights', 'Should you spot an error in what we hold about you, tell us and we will fix it.')).toEqual(['correction']);
    expect(valueOf('rights', 'If you find any mistakes in your name or e-mail address, let us know.')).toEqual(['correction']);
    expect(valueOf('rights', 'If you notice any errors in your order, contact us.')).toEqual([]);
  });

  it('reads rights named as nouns after a request', () => {
    expect(valueOf('rights', 'You may request access, amendment or removal of your personal information.')).toEqual(['access', 'correction', 'deletion']);
    expect(valueOf('rights', 'You may request amendment of cookies.')).toEqual([]);
    expect(valueOf('rights', 'Our auditors may request amendment or removal of the information held by vendors.')).toEqual([]);
  });

  it('reads a request for copies as access', () => {
    expect(valueOf('rights', 'You have the right to request copies of certain of your personal information.')).toEqual(['access']);
    expect(valueOf('rights', 'You have the right to request copies of our annual report.')).toEqual([]);
  });

  it('does not read "access to" held by something else as the reader\'s access', () => {
    expect(valueOf('rights', 'Because your password permits access to your personal information, please keep it secret.')).toEqual([]);
    expect(valueOf('rights', 'You have access to your personal information through your account page.')).toEqual(['access']);
  });

  it('reads private data the reader corrects or deletes', () => {
    expect(valueOf('rights', 'You may correct, amend, or delete inaccurate private data you have given us.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'You may correct, amend, or delete private messages you have sent.')).toEqual([]);
  });

  it('reads a bare opt-out after the marketing it ends', () => {
    expect(valueOf('rights', 'We may send you promotional e-mails; of course you can opt out at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'We may send you account notices, and advertisers may let you opt out of their cookies.')).toEqual([]);
  });

  it('reads asking us not to use the reader\'s data for a purpose as objection', () => {
    expect(valueOf('rights', 'If you prefer that we not include your information in our research, tell us.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you prefer that we not include your name in the credits, tell us.')).toEqual([]);
  });

  it('does not give the reader a right a referred friend has', () => {
    expect(valueOf('rights', 'The friend may contact us to request the removal of this information from our database.')).toEqual([]);
    expect(valueOf('rights', 'You may contact us to request the removal of this information from our database.')).toEqual(['deletion']);
  });
});

describe('rights: claims audited on 25 more unseen policies (issue 14, rights17)', () => {
  it('does not read the company reserving a right over a list of nouns as the reader\'s right', () => {
    expect(valueOf('rights', 'We reserve the right to access, read and disclose any information.')).toEqual([]);
    expect(valueOf('rights', 'You have the right to access, rectification and erasure.')).toEqual(['access', 'correction', 'deletion']);
  });

  it('does not read a friend\'s or staff\'s doing, or other users seeing, as the reader\'s right', () => {
    expect(valueOf('rights', 'Your friend may contact us to request that we remove this information.')).toEqual([]);
    expect(valueOf('rights', 'You may contact us to request that we remove this information.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Only authorised individuals are allowed to access your information.')).toEqual([]);
    expect(valueOf('rights', 'Individuals are allowed to access their information on request.')).toEqual(['access']);
    expect(valueOf('rights', 'Other users of the service can see the profile information you upload.')).toEqual([]);
    expect(valueOf('rights', 'You can see the profile information you upload.')).toEqual(['access']);
  });

  it('does not read access as the means of another right or as the company\'s condition', () => {
    expect(valueOf('rights', 'You can update your details by logging into your account, accessing your profile and editing the fields.')).toEqual(['correction']);
    expect(valueOf('rights', 'We require you to log in with a password to access personal account information.')).toEqual([]);
    expect(valueOf('rights', 'You can access your profile details at any time.')).toEqual(['access']);
  });

  it('does not read a browser tool as an objection', () => {
    expect(valueOf('rights', 'With the right browser plug-in you can prevent this information from being transferred.')).toEqual([]);
    expect(valueOf('rights', 'You can prevent us from transferring your information to partners.')).toEqual(['objection']);
  });

  it('reads removing a bare e-mail address from a contact list as leaving the list, not deletion', () => {
    expect(valueOf('rights', 'You may add your e-mail address to our contact list. If you have any problem removing your email address please contact us.')).toEqual([]);
    expect(valueOf('rights', 'If you have any problem removing your personal information from our database, please contact us.')).toEqual(['deletion']);
  });

  it('reads plainer requests: wanting us to erase, asking that data be corrected, deleted or blocked', () => {
    expect(valueOf('rights', 'If you want a copy of your personal data, or if you want us to erase it, please send us a letter.')).toEqual(['access', 'deletion']);
    expect(valueOf('rights', 'If you would like us to send you a copy of our newsletter, sign up below.')).toEqual([]);
    expect(valueOf('rights', 'You are entitled to request that any data we collect from you be corrected, deleted or blocked from further use.')).toEqual(['correction', 'deletion', 'objection']);
    expect(valueOf('rights', 'You may request that your order be cancelled.')).toEqual([]);
  });
});

describe('rights: wordings of an eighth unseen batch (issue 14, rights18)', () => {
  it('reads a verb chain broken by "add" (which names no right of its own)', () => {
    expect(valueOf('rights', 'Members can edit, add and erase their details at any time from the profile page.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'We add your details to our records when you register.')).toEqual([]);
  });

  it('reads the reader wanting the data (named earlier) changed or removed', () => {
    expect(valueOf('rights', 'If you have sent us personal details and would like them deleted or changed, write to our office.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'If you have sent us a photo and would like it printed or framed, write to our office.')).toEqual([]);
    expect(valueOf('rights', 'If you like the cookie settings and would like them changed, see your browser help.')).toEqual([]);
    expect(valueOf('rights', 'If you gave us your e-mail details and would like them removed from our mailing list, reply to any message.')).not.toContain('deletion');
  });

  it('reads opting out of a new or further use of the reader\'s data as an objection', () => {
    expect(valueOf('rights', 'Should we want to use your details for another purpose, you may opt out of any further use of your personal data.')).toEqual(['objection']);
    expect(valueOf('rights', 'We will describe any further use of your personal data in a notice.')).toEqual([]);
  });

  it('does not read the policy\'s own explanation ("read on to learn what data we collect") as access', () => {
    expect(valueOf('rights', 'Please read this notice to learn what data we collect, what we do with that data, and how we use your personal data.')).toEqual([]);
    expect(valueOf('rights', 'Please contact us to learn what information we hold about you.')).toEqual(['access']);
  });

  it('does not read withdrawing consent to a cookie as an objection', () => {
    expect(valueOf('rights', 'To withdraw your consent after accepting the banner cookie, delete that cookie in your browser.')).toEqual([]);
    expect(valueOf('rights', 'To withdraw your consent to our processing, write to the privacy team.')).toEqual(['objection']);
  });
});

describe('rights: a setting the reader changes so that we stop passing data on (issue 14, rights18)', () => {
  it('reads a reader\'s setting that keeps data from third parties as an objection', () => {
    expect(valueOf('rights', 'You can switch off the suggestions feature so that we do not send your queries to our partners.')).toEqual(['objection']);
    expect(valueOf('rights', 'We encrypt your queries so that we do not send readable text to our partners.')).toEqual([]);
    expect(valueOf('rights', 'You can change the layout so that we do not send you long e-mails.')).toEqual([]);
  });
});

describe('rights: inaccurate data, preventing sharing, and the company limiting itself (issue 14, rights18 audit)', () => {
  it('reads correcting or deleting "information that is inaccurate" as the reader\'s data', () => {
    expect(valueOf('rights', 'Members may fix or erase information that is out of date by writing to us.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'Members may fix or erase information that is posted on the public forum.')).toEqual([]);
  });

  it('reads the reader preventing the sharing of their information as an objection', () => {
    expect(valueOf('rights', 'Before any new partner receives data, you will be able to stop the disclosure of your details by ticking a box.')).toEqual(['objection']);
    expect(valueOf('rights', 'We stop the disclosure of your details to advertisers by design.')).toEqual([]);
  });

  it('does not read the company limiting its own use as the reader\'s objection', () => {
    expect(valueOf('rights', 'We try to limit use of the data you give us to the mailings you told us you like.')).toEqual([]);
    expect(valueOf('rights', 'You can ask us to limit use of the data you give us.')).toEqual(['objection']);
  });
});

describe('rights: near misses from the review of session 22', () => {
  it('does not read a reader\'s action that is not a setting, "so that we do not send" data, as an objection', () => {
    expect(valueOf('rights', 'You can set a strong password so that we do not send your data to partners by mistake.')).toEqual([]);
  });

  it('does not read a request for access to the company\'s own information as the access right', () => {
    expect(valueOf('rights', 'To request access to our archive information, e-mail the library.')).toEqual([]);
  });

  it('does not read removing an e-mail address from a marketing list named before as deletion', () => {
    expect(valueOf('rights', 'You are on our marketing list. You can remove your e-mail address at any time.')).toEqual([]);
    expect(valueOf('rights', 'You can remove your e-mail address at any time.')).toEqual(['deletion']);
  });

  it('does not read mistakes in the site\'s articles as correction of the reader\'s data', () => {
    expect(valueOf('rights', 'We collect your name and e-mail address when you subscribe. If you spot a mistake in one of our articles, please let us know.')).toEqual([]);
  });
});

describe('rights: wordings of fresh blind-labelled policies (issue 14, session 24)', () => {
  it('reads a refusal of disclosure or of use in other words', () => {
    expect(valueOf('rights', 'If you do not want your address rented or exchanged, e-mail our member desk.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you do not want your details shared with us, do not register.')).toEqual([]);
    expect(valueOf('rights', 'You may opt out of having your details provided to sponsors.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may opt out of having your details printed in the directory.')).toEqual([]);
    expect(valueOf('rights', 'If you would rather not be contacted by these partner companies, tell us.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you would rather not be contacted by phone, tell us.')).not.toContain('objection');
  });

  it('reads a heading asked in the reader\'s voice, not a topic heading', () => {
    expect(valueOf('rights', '## How can I stop the use of my personal information?\n\nWrite to the address below.')).toEqual(['objection']);
    expect(valueOf('rights', '## Steps to stop the use of the information by staff\n\nWrite to the address below.')).toEqual([]);
  });

  it('reads every participle of "have your data updated, amended or removed", and a list owned by name as a list', () => {
    expect(valueOf('rights', 'To have your records updated, amended or removed, e-mail us.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'Tell us you want your name removed from the Club’s list.')).not.toContain('deletion');
    expect(valueOf('rights', 'Or write and ask that your name be removed from all mailing lists.')).not.toContain('deletion');
  });

  it('reads correcting errors in the reader\'s information in other words', () => {
    expect(valueOf('rights', 'This notice explains how you can fix any mistakes in the information.')).toEqual(['correction']);
    expect(valueOf('rights', 'Editors can fix any mistakes in the information on our pages.')).toEqual([]);
    expect(valueOf('rights', 'You may ask for a copy of your file and have any errors corrected.')).toContain('correction');
    expect(valueOf('rights', 'We will have any mistakes in our invoices corrected.')).toEqual([]);
    expect(valueOf('rights', 'To see your file, to correct factual errors in such information, or to close your account, please write to us.')).toContain('correction');
    expect(valueOf('rights', 'To correct factual errors in such information is the job of our editors.')).toEqual([]);
    expect(valueOf('rights', 'To make changes to any of your account details, sign in.')).toEqual(['correction']);
    expect(valueOf('rights', 'To make changes to any of our services, we post a notice.')).toEqual([]);
  });

  it('reads the options the company gives for changing information previously provided', () => {
    expect(valueOf('rights', 'We give members the following options for changing or editing information previously provided:')).toEqual(['correction']);
    expect(valueOf('rights', 'We give advertisers the following options for changing information previously provided by partners.')).toEqual([]);
    expect(valueOf('rights', 'This site gives users the option to change and edit information previously provided by going to the profile page.')).toEqual(['correction']);
  });

  it('reads removing the reader from the database as deletion, not from a mailing file', () => {
    expect(valueOf('rights', 'On request, we will remove you and your personal data from our systems.')).toEqual(['deletion']);
    expect(valueOf('rights', 'On request, we will remove you from our mailing files.')).not.toContain('deletion');
  });

  it('reads a chain with an adverb, an offer made gladly, and limiting use in a chain', () => {
    expect(valueOf('rights', 'We will gladly update or permanently erase any data we hold about you.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'We update or permanently erase any data we hold about you after two years.')).toEqual([]);
    expect(valueOf('rights', 'You have the right to correct, delete, or limit the use of your personal data.')).toEqual(['correction', 'deletion', 'objection']);
    expect(valueOf('rights', 'You can edit, restrict or delete your account data in the dashboard.')).toEqual(['correction', 'deletion', 'objection']);
    expect(valueOf('rights', 'We limit the use of your personal data to the purposes above.')).toEqual([]);
  });

  it('reads requests named by plural nouns or "updating"', () => {
    expect(valueOf('rights', 'You may request corrections or deletions of any personal data we hold.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'Users can request correction, updating or removal of personal data by e-mail.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'Users can request updates of our catalogue.')).toEqual([]);
  });

  it('reads opting out of marketing in yet more words', () => {
    expect(valueOf('rights', 'Every newsletter explains opting out of future mailings.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Opting out of cookies is explained below.')).toEqual([]);
    expect(valueOf('rights', 'If you don’t want to be contacted again, reply STOP.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you want to be contacted again, reply YES.')).toEqual([]);
    expect(valueOf('rights', 'You may refuse your data being used for promotional mailings.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You may refuse your data being used for research.')).toEqual([]);
    expect(valueOf('rights', 'Customers may have their phone number, postal address or e-mail removed from our promotional lists.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Members can choose to not receive future mailings.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'We try to not receive unnecessary data.')).toEqual([]);
    expect(valueOf('rights', 'You may remove your details from our direct marketing efforts at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'In your settings you can decide whether you want us to contact you about new products.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'We record whether you want us to contact you about your order.')).toEqual([]);
  });

  it('does not give the reader access that authorised staff have', () => {
    expect(valueOf('rights', 'Only authorised individuals have access to the information provided by our customers.')).toEqual([]);
    expect(valueOf('rights', 'Individuals have access to the information we hold about them.')).toEqual(['access']);
  });
});

describe('rights: more wordings of fresh blind-labelled policies (issue 14, session 24, second batch)', () => {
  it('reads a complaint in other words: a claim, concerns reported, an unresolved matter, the HHS Secretary', () => {
    expect(valueOf('rights', 'You may also lodge a claim with your local supervisory authority.')).toEqual(['complaint']);
    expect(valueOf('rights', 'You may also lodge a claim with our insurer.')).toEqual([]);
    expect(valueOf('rights', 'You can report any of your concerns about how we handle your data to the Information Commissioner.')).toEqual(['complaint']);
    expect(valueOf('rights', 'We report any concerns about fraud to the Information Commissioner.')).toEqual([]);
    expect(valueOf('rights', 'If a concern stays unresolved after we have looked at it, please contact TRUSTe.')).toEqual(['complaint']);
    expect(valueOf('rights', 'You may file a complaint with us and with the Secretary of Health and Human Services.')).toEqual(['complaint']);
    expect(valueOf('rights', 'The Secretary of Health and Human Services publishes guidance.')).toEqual([]);
  });

  it('reads portability asked for as "it be ported to a third party"', () => {
    expect(valueOf('rights', 'You may ask that it be ported to a third party.')).toEqual(['portability']);
    expect(valueOf('rights', 'You may ask that it be sent to a third party.')).toEqual([]);
  });

  it('reads a verb chain through "deactivate", which names no right itself', () => {
    expect(valueOf('rights', 'Members can view, edit or deactivate their profile information.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'Members can deactivate their profile information.')).toEqual([]);
  });

  it('reads deletion as what follows closing the account', () => {
    expect(valueOf('rights', 'If you decide to close your account, the data in it will be deleted.')).toEqual(['deletion']);
    expect(valueOf('rights', 'If you close your account, the data in it will be kept for five years.')).toEqual([]);
  });

  it('reads preferences for contacts, refusals of passing on or continued use, and no self-limiting company', () => {
    expect(valueOf('rights', 'You can change your preferences for contacts from us at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can change your preferences for language at any time.')).toEqual([]);
    expect(valueOf('rights', 'Tell us if you do not want your postal details passed to other charities.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you do not wish to allow us to share your details with sponsors, write to us.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you do not wish us to continue using your personal data this way, write to us.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you do not wish to allow cookies, change your browser.')).toEqual([]);
    expect(valueOf('rights', 'Our practices limit the use and disclosure of such data to authorised persons.')).toEqual([]);
    expect(valueOf('rights', 'Our practices limit the use of such data to authorised persons.')).toEqual([]);
    expect(valueOf('rights', 'You can ask us to limit the use of your data.')).toEqual(['objection']);
  });

  it('reads the reader ensuring their data are accurate as correction', () => {
    expect(valueOf('rights', 'You will be able to ensure that your personal data are accurate.')).toEqual(['correction']);
    expect(valueOf('rights', 'We will ensure that your personal data are accurate.')).toEqual([]);
  });

  it('reads an opportunity to opt out after a sale of personal information', () => {
    expect(valueOf('rights', 'Before any sale of personal information to outside companies, we give you the opportunity to opt out.')).toEqual(['objection']);
    expect(valueOf('rights', 'Before any sale of our shares, we give you the opportunity to opt out.')).toEqual([]);
  });
});

describe('rights: objection in more words (issue 14, session 24, fixrightsB)', () => {
  it('reads an opportunity to opt out after "the sale or transfer of" the data', () => {
    expect(valueOf('rights', 'We forbid the rental or transfer of personal data to outside firms without first giving you the chance to opt out.')).toEqual(['objection']);
    expect(valueOf('rights', 'We forbid the rental or transfer of office space, and each newsletter gives you the chance to opt out.')).not.toContain('objection');
    expect(valueOf('rights', 'Our rules prohibit the sale of personal data to outside firms without giving you the opportunity to opt out.')).toEqual(['objection']);
    expect(valueOf('rights', 'Our rules prohibit the sale of personal data to outside firms, and we do not give you the opportunity to opt out.')).toEqual([]);
  });

  it('reads opting out of having the data collected', () => {
    expect(valueOf('rights', 'Our analytics page explains how you can opt out of having such usage data recorded.')).toEqual(['objection']);
    expect(valueOf('rights', 'Our analytics page explains how you can opt out of having a cookie set.')).toEqual([]);
  });

  it('reads revising the permissions the reader granted as taking consent back', () => {
    expect(valueOf('rights', 'On the account page members can change the permissions they previously gave us and our sponsors.')).toEqual(['objection']);
    expect(valueOf('rights', 'Our staff revise the permissions granted to contractors each year.')).toEqual([]);
  });
});

describe('rights: the reader set off by an aside (issue 14, session 24)', () => {
  it('reads access the reader is entitled to after an appositive, not what regulators are entitled to', () => {
    expect(valueOf('rights', 'You, as the person the data describes, are entitled once a year to receive information regarding the personal data which is processed.')).toEqual(['access']);
    expect(valueOf('rights', 'Regulators are entitled to receive information regarding the personal data which is processed.')).toEqual([]);
    expect(valueOf('rights', 'Auditors, as the law requires, are entitled once a year to receive information regarding the personal data which is processed.')).toEqual([]);
  });
});

describe('rights: near misses from the review of session 24', () => {
  it('reads the company glad or happy only when it offers to act', () => {
    expect(valueOf('rights', 'We are glad to explain how we update personal information we hold.')).toEqual([]);
    expect(valueOf('rights', 'We are happy to correct any details we hold about you.')).toEqual(['correction']);
  });
});

describe('rights: verb chains of the training set (issue 14, eleventh pass)', () => {
  it('reads errors in the reader\'s own data as correction, not errors in other data', () => {
    expect(valueOf('rights', 'Members can correct factual errors in their account information by writing to us.')).toEqual(['correction']);
    expect(valueOf('rights', 'You may update inaccuracies in your personal data through the settings page.')).toEqual(['correction']);
    expect(valueOf('rights', 'Our editors correct factual errors in the information published on the site.')).toEqual([]);
  });

  it('reads a right named by its noun at the end of a chain of verbs', () => {
    expect(valueOf('rights', 'You may view, correct or request deletion of your personal information by e-mailing us.')).toEqual(['access', 'correction', 'deletion']);
    // The other rights of the chain, not only the noun at its end.
  });

  it('reads "much of" the reader\'s data, "or otherwise limit our use of", and objecting to processing in a chain', () => {
    expect(valueOf('rights', 'You can review and update much of the information you have given us at any time.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'To review, amend, suppress, or otherwise limit our use of your personal data, contact our office.')).toEqual(['access', 'correction', 'objection']);
    expect(valueOf('rights', 'Under the law you can erase or object to the processing of your personal data.')).toEqual(['deletion', 'objection']);
    expect(valueOf('rights', 'Our newsletter may review, amend or suppress its own articles.')).toEqual([]);
  });
});

describe('rights: access and deletion wordings of the training set (issue 14, eleventh pass)', () => {
  it('reads other users\' data named as "members\' details" or "that member\'s data", and "personally identifying"', () => {
    expect(valueOf('rights', 'We offer a way to fix or erase members\' personally identifiable details.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'On request, our office will erase personally identifying data kept in its files.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Our staff archive members\' posts every month.')).toEqual([]);
  });

  it('reads a negation about a user in an "if" clause as the user\'s, not the offer\'s', () => {
    expect(valueOf('rights', 'If a member no longer needs the club, we offer a way to erase that member\'s personal data.')).toEqual(['deletion']);
    expect(valueOf('rights', 'We do not offer a way to erase that member\'s personal data.')).toEqual([]);
  });

  it('reads data "contained in your" profile, data "we are holding", and "alter"', () => {
    expect(valueOf('rights', 'You can view or remove some details contained in your member profile.')).toEqual(['access', 'deletion']);
    expect(valueOf('rights', 'You may erase certain records which we are holding about you.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Members can alter their contact details at any time.')).toEqual(['correction']);
    expect(valueOf('rights', 'You can view the offers contained in our weekly brochure.')).toEqual([]);
  });

  it('reads "would like / wish / cause" the data removed, and "would like for us to" remove it', () => {
    expect(valueOf('rights', 'If you would like your account details erased from our systems, write to the office.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Should you wish your personal data to be deleted, e-mail our team.')).toEqual(['deletion']);
    expect(valueOf('rights', 'If you gave us your data and would like for us to erase it, please write to us.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Members can keep their records private or have the details hidden, sorted, or deleted, as they choose.')).toEqual(['deletion']);
    expect(valueOf('rights', 'If you would like your personal data removed from our mailing list, write to the office.')).toEqual([]);
  });

  it('does not read data "provided to" someone else as access', () => {
    expect(valueOf('rights', 'If you would rather not have the details provided to our sponsors, please skip the prize draw.')).toEqual([]);
    expect(valueOf('rights', 'You can ask to have the personal data we hold provided to you in a common format.')).toEqual(['access']);
  });

  it('reads leaving "a" list, or lists with no article, as leaving a list', () => {
    // Leaving a list is opting out of marketing (read where the list is the reader's way out), never deletion.
    expect(valueOf('rights', 'You can take your address off or remove your name from a partner list by writing to us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can ask us to delete your name and address from promotional lists.')).toEqual([]);
    expect(valueOf('rights', 'You can ask us to delete your name and address from our records.')).toEqual(['deletion']);
  });

  it('reads access given to individuals, "full" access, and requests for access', () => {
    expect(valueOf('rights', 'We give individuals reasonable access to their PI so that they can check it.')).toEqual(['access']);
    expect(valueOf('rights', 'The site allows you full access to your account data.')).toEqual(['access']);
    expect(valueOf('rights', 'Requests by individuals for access to data kept about them go to our privacy office.')).toEqual(['access']);
    expect(valueOf('rights', 'You may ask for access to or updating of the personal data we keep.')).toEqual(['access']);
    expect(valueOf('rights', 'We give you access to our partner forums once you sign up.')).toEqual([]);
  });

  it('reads knowing whether, or which of, the data is held as access', () => {
    expect(valueOf('rights', 'Members may ask us at any time to know whether their personal data has been processed.')).toEqual(['access']);
    expect(valueOf('rights', 'You can find out if we keep any data about you by writing to our office.')).toEqual(['access']);
    expect(valueOf('rights', 'You are entitled to see what information we hold on you.')).toEqual(['access']);
    expect(valueOf('rights', 'If you want to know which of your personal data we process, write to our office.')).toEqual(['access']);
    expect(valueOf('rights', 'Please read on to see what information we collect.')).toEqual([]);
  });

  it('does not read access the company, staff, or other people get as the reader\'s', () => {
    expect(valueOf('rights', 'You may permit us to view your contact list when you link your phone.')).toEqual([]);
    expect(valueOf('rights', 'If you do not want the app to have access to your profile data, turn it off.')).toEqual([]);
    expect(valueOf('rights', 'In settings, each member decides who can see their profile data.')).toEqual([]);
    expect(valueOf('rights', 'Only staff who need it for their work are authorised to access member records.')).toEqual([]);
    expect(valueOf('rights', 'You may ask us to view and correct your personal data.')).toEqual(['access', 'correction']);
  });

  it('does not read a "right to know" what the company does, or a leftover copy, as access', () => {
    expect(valueOf('rights', 'Visitors have a right to know what we do with the information they give us.')).toEqual([]);
    expect(valueOf('rights', 'A copy of your data may remain in our backups for some weeks.')).toEqual([]);
  });
});

describe('rights: access and deletion wordings of the training set, second round (issue 14, eleventh pass)', () => {
  it('reads data that can be changed "upon request" or in a quoted account page as the reader\'s doing', () => {
    expect(valueOf('rights', 'Member profiles may be erased at any time upon request to our office.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Your details can be viewed and edited via the "My Profile" page.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'Old profiles may be erased by our moderators after a year.')).toEqual([]);
  });

  it('reads the company handing the reader details, a summary or access to the data it holds', () => {
    expect(valueOf('rights', 'On request we will send members of the club details of the personal data we keep about them.')).toEqual(['access']);
    expect(valueOf('rights', 'On written request we will give to visitors a summary of the data we keep on them.')).toEqual(['access']);
    expect(valueOf('rights', 'We try to give you, whenever you ask, access to your account data.')).toEqual(['access']);
    expect(valueOf('rights', 'Members have the right to obtain personal data that we keep about them.')).toEqual(['access']);
    expect(valueOf('rights', 'We will send members a summary of our annual report.')).toEqual([]);
  });

  it('reads "to have access to," with a comma before the data', () => {
    expect(valueOf('rights', 'You are entitled to be told of, and to have access to, the personal data we keep about you.')).toEqual(['access']);
  });

  it('reads tools "and settings" given to the reader', () => {
    expect(valueOf('rights', 'We give you tools and privacy settings to view or edit the personal data you gave us.')).toEqual(['access', 'correction']);
  });

  it('reads a list item naming access under a lead-in that gives it to the reader', () => {
    expect(valueOf('rights', 'You may ask us for:\n\n- Access to the personal data we keep about you;\n- A printed statement.')).toEqual(['access']);
    expect(valueOf('rights', 'Our staff are given:\n\n- Access to the personal data kept in the system;\n- A desk.')).toEqual([]);
  });

  it('does not read access that companies, apps or people the reader authorised will have or ask for', () => {
    expect(valueOf('rights', 'Our vendors that host the site will have access to your personal data.')).toEqual([]);
    expect(valueOf('rights', 'On first start, the app will request access to the files on your phone.')).toEqual([]);
    expect(valueOf('rights', 'Only people you have authorised to have access to your account data can see it.')).toEqual([]);
    expect(valueOf('rights', 'If you do not wish for our outside hosting providers to have access to your data, do not sign up.')).toEqual([]);
  });
});

describe('rights: correction wordings of the training set (issue 14, eleventh pass)', () => {
  it('reads changes or corrections asked for or made, as nouns, to the reader\'s data', () => {
    expect(valueOf('rights', 'Members may request changes to their contact details by writing to the club.')).toEqual(['correction']);
    expect(valueOf('rights', 'Should you wish to make amendments to any personally identifiable information you gave us, e-mail the office.')).toEqual(['correction']);
    expect(valueOf('rights', 'Most changes can be made to your account data by signing in.')).toEqual(['correction']);
    expect(valueOf('rights', 'If you would like to ask for a correction of the data we keep, write to us.')).toEqual(['correction']);
    expect(valueOf('rights', 'We may make changes to this notice from time to time.')).toEqual([]);
    expect(valueOf('rights', 'Readers can request corrections to our stories by writing to the desk.')).toEqual([]);
  });

  it('reads keeping the data accurate by writing to us, and the data changing before an e-mail to us', () => {
    expect(valueOf('rights', 'To keep your personal details current and correct, please e-mail us.')).toEqual(['correction']);
    expect(valueOf('rights', 'If your contact details change, please contact us with the new ones.')).toEqual(['correction']);
    expect(valueOf('rights', 'We keep our records current and correct.')).toEqual([]);
  });

  it('reads the company correcting wrong data on the reader\'s request', () => {
    expect(valueOf('rights', 'If your personal data is wrong, we will fix it upon your request.')).toEqual(['correction']);
    expect(valueOf('rights', 'If your personal data is wrong, our records may be out of date.')).toEqual([]);
  });

  it('reads "your member preferences or information" as the reader\'s data', () => {
    expect(valueOf('rights', 'You can update your member preferences or information on the settings page.')).toEqual(['correction']);
    expect(valueOf('rights', 'You can update your member preferences on the settings page.')).toEqual([]);
  });
});

describe('rights: correction wordings of the training set, second round (issue 14, eleventh pass)', () => {
  it('reads a sentence whose only cue is data being incorrect or incomplete', () => {
    expect(valueOf('rights', 'If you think that any data we are holding on you is incomplete, please e-mail us.')).toEqual(['correction']);
    expect(valueOf('rights', 'If the address you typed is incomplete, the form shows a warning.')).toEqual([]);
  });

  it('reads data a named company holds for the reader being wrong', () => {
    expect(valueOf('rights', 'If any of the data Example Ltd holds for you is incorrect, please contact us.')).toEqual(['correction']);
    expect(valueOf('rights', 'If any of the data Example Ltd holds for you is incorrect, the invoice may be late.')).toEqual([]);
  });

  it('reads "certain aspects of your" data as the reader\'s data', () => {
    expect(valueOf('rights', 'You may be able to amend certain aspects of your account data yourself.')).toEqual(['correction']);
  });

  it('reads a hyphenated name starting with "No" as no negation', () => {
    expect(valueOf('rights', 'No-Fuss.net lets you edit your personal information online.')).toEqual(['correction']);
    expect(valueOf('rights', 'No member can edit your personal information.')).toEqual([]);
  });

  it('reads "allows you to" before a verb as the company giving the means', () => {
    expect(valueOf('rights', 'Example.org allows you to change your personal information by e-mail.')).toEqual(['correction']);
  });

  it('does not read the quoted name of a page or button as the reader\'s verb', () => {
    expect(valueOf('rights', 'To stop the newsletter, sign in and open the "Edit my profile" page.')).not.toContain('correction');
    expect(valueOf('rights', 'To fix an error, sign in and edit my profile details.')).toEqual(['correction']);
  });

  it('reads an imperative "click" or an "easy to" offer as the reader acting', () => {
    expect(valueOf('rights', 'Click here to update your contact details:')).toEqual(['correction']);
    expect(valueOf('rights', 'It is simple to update your account information.')).toEqual(['correction']);
    expect(valueOf('rights', 'Our staff update account information weekly.')).toEqual([]);
  });
});

describe('rights: joined verbs after "ask us to" and an age under 13 (issue 14, eleventh pass)', () => {
  it('reads a second verb joined to the one asked for', () => {
    expect(valueOf('rights', 'You may ask us to fix any errors and erase any data we no longer need.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'You may ask us to fix any errors and remove your name from our mailing list.')).not.toContain('deletion');
  });

  it('reads a sentence about users under an age limit as about children, not the reader\'s rights', () => {
    expect(valueOf('rights', 'If we learn that a visitor is under the age of 13, we will delete that visitor\'s personal information.')).toEqual([]);
    expect(valueOf('rights', 'You can ask us to delete your personal information at any time.')).toEqual(['deletion']);
  });
});

describe('rights: bare data named earlier in the sentence (issue 14, eleventh pass)', () => {
  it('reads "the information" or bare "information" as the reader\'s when their data was named before', () => {
    expect(valueOf('rights', 'We keep your billing details on file, and you may edit or erase the information at any time.')).toEqual(['correction', 'deletion']);
    expect(valueOf('rights', 'Once you have given us personal data, you can view and amend data by signing in.')).toEqual(['access', 'correction']);
    expect(valueOf('rights', 'We hold your personal data safely; you can view information about our events on the site.')).toEqual([]);
  });

  it('does not read being asked to review the data as a right', () => {
    expect(valueOf('rights', 'Before we pass your personal data to a sponsor, you will be asked to review the data.')).toEqual([]);
  });
});

describe('rights: correction wordings of the training set, third round (issue 14, eleventh pass)', () => {
  it('reads a facility or page "for you to" change the data as the company giving the means', () => {
    expect(valueOf('rights', 'We have set up a page in your settings for you to amend your contact details.')).toEqual(['correction']);
    expect(valueOf('rights', 'We have set up a page for our staff to amend contact details.')).toEqual([]);
  });

  it('reads changes "to, but not ..., your data" and "request changes or annotate" the data', () => {
    expect(valueOf('rights', 'Should you need to make changes to, though not erase, your personal data, call our office.')).toEqual(['correction']);
    expect(valueOf('rights', 'You may request changes or annotate your account data by writing to us.')).toEqual(['correction']);
    expect(valueOf('rights', 'You may request changes or annotate our wiki pages by writing to us.')).toEqual([]);
  });
});

describe('rights: objection, opt-out, complaint and portability of the training set (issue 14, eleventh pass)', () => {
  it('reads an outside body after an unresolved concern, and a third-party resolution provider', () => {
    expect(valueOf('rights', 'If your question has not been answered to your satisfaction, please contact TRUSTe.')).toEqual(['complaint']);
    expect(valueOf('rights', 'If this process does not settle the matter, you may take your complaint to the BBB.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Should we fail to resolve your concern satisfactorily, you may contact our independent third-party resolution provider.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Members may refer any dispute with the shop to the European Union data protection authorities.')).toEqual([]);
    expect(valueOf('rights', 'Members may report their claim to the European Union data protection authorities.')).toEqual([]);
    expect(valueOf('rights', 'You may report your claim to the European Union data protection authorities.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Our company takes part in the dispute resolution programme run by the Data Protection Authorities.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Our staff follow an internal dispute resolution process for supplier contracts.')).toEqual([]);
    expect(valueOf('rights', 'We have not resolved to contact TRUSTe.')).toEqual([]);
  });

  it('reads a disclosure the reader can stop with "unless you opt out" or "unless you tell us otherwise"', () => {
    expect(valueOf('rights', 'We may pass your postal address to partner firms unless you tell us otherwise.')).toEqual(['objection']);
    expect(valueOf('rights', 'Unless you opt out, we may share your postal address with selected companies.')).toEqual(['objection']);
    expect(valueOf('rights', 'We will not pass your details to any other company unless you ask us to.')).toEqual([]);
  });

  it('reads asking us to refrain from or stop sharing, and preferring not to have the data shared', () => {
    expect(valueOf('rights', 'You can ask us to refrain from sharing your address with other firms.')).toEqual(['objection']);
    expect(valueOf('rights', 'Readers may request that we stop all disclosures of their details to partners.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you would rather not have your name rented to other mailers, call our office.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you do not wish to have your details shared, write to us at the address below.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you do not want us to share your details in this way, please do not use the service.')).toEqual([]);
  });

  it('reads consent that may be withdrawn or is revocable, and opposing a disclosure', () => {
    expect(valueOf('rights', 'Consent given for the newsletter may be refused or withdrawn by the member.')).toEqual(['objection']);
    expect(valueOf('rights', 'Your data is processed with your consent, revocable at any time.')).toEqual(['objection']);
    expect(valueOf('rights', 'You have the chance to oppose the disclosure before it happens.')).toEqual(['objection']);
    expect(valueOf('rights', 'You may withdraw your consent to receiving electronic notices by writing to us.')).toEqual([]);
  });

  it('reads opting out in quotes and from uses, not the ad industry\'s opt-out pages', () => {
    expect(valueOf('rights', 'We give you the chance to "opt-out" of having your personal details shared with outside firms.')).toEqual(['objection']);
    expect(valueOf('rights', 'You can opt out from our sharing of your details by changing your account preferences.')).toEqual(['objection']);
    expect(valueOf('rights', 'You can opt out of having your browsing data used for targeted ads at the Network Advertising Initiative site.')).toEqual([]);
    expect(valueOf('rights', 'Others may opt out of sharing things on the forum.')).toEqual([]);
  });

  it('reads choosing whether we share, and a policy pointing to how to limit, contracts limiting use and giving less data', () => {
    expect(valueOf('rights', 'Members can choose whether we disclose their details to partner shops.')).toEqual(['objection']);
    expect(valueOf('rights', 'This notice describes what we collect and how you can limit our sharing of your personal data.')).toEqual([]);
    expect(valueOf('rights', 'Our suppliers sign agreements limiting the use of such data.')).toEqual([]);
    expect(valueOf('rights', 'You can always limit the personal data you provide to us.')).toEqual([]);
  });

  it('reads more ways of declining marketing mail', () => {
    expect(valueOf('rights', 'You may decline receiving promotional e-mails from us at any time.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Follow the link in each message to discontinue any further e-mail offers from us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You can stop the delivery of commercial mailings by writing to us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Tell us of your desire not to receive these offers by replying to the message.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you would no longer like to receive promotional e-mails, use the link at the bottom.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you would prefer that we cease to send you marketing letters, call us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Customers may at any time request not to be contacted by the shop.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you do not want to be kept informed by e-mail in this way, write to us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'If you do not want us to contact you for promotional purposes, tell us at sign-up.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'On the account page you may choose whether to receive offers and promotions from us.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Each message contains an address at which you may request no further mailings.')).toEqual(['opt-out-marketing']);
    // (The verb chain also reads deletion here: leaving a list named without "our" or "the" is the deletion rules' business.)
    expect(valueOf('rights', 'Subscribers may remove their details from Acme distribution lists by writing to us.')).toContain('opt-out-marketing');
    expect(valueOf('rights', 'Our company offers the option to not receive these kinds of messages.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'We will ask for your consent by an "opt-out" method or by sending you an e-mail.')).toEqual([]);
    expect(valueOf('rights', 'If you do not want your profile shown to the public, you may opt out by contacting us.')).toEqual([]);
    expect(valueOf('rights', 'If you do not wish to receive e-mails from advertisers, please do not sign up for the list.')).toEqual([]);
  });

  it('reads the data moved to another holder as portability, not a transfer abroad', () => {
    expect(valueOf('rights', 'You may object to the processing of your data and request the transfer of your data.')).toEqual(['portability', 'objection']);
    expect(valueOf('rights', 'You may ask that your personal data be corrected or transferred.')).toEqual(['correction', 'portability']);
    expect(valueOf('rights', 'You may ask us to transfer your personal data to another provider.')).toEqual(['portability']);
    expect(valueOf('rights', 'Where the law requires us to transfer your personal data outside the EEA, we use safeguards.')).toEqual([]);
    expect(valueOf('rights', 'We may transfer your personal data to a third party in a merger.')).toEqual([]);
  });
});

describe('rights: consent taken back, an unresolved complaint, the foregoing mailings (issue 14, eleventh pass)', () => {
  it('reads changing one\'s mind about consent or withdrawing it, and objecting to any usage', () => {
    expect(valueOf('rights', 'Where you consented to a use of your data, you are free to change your mind later.')).toEqual(['objection']);
    expect(valueOf('rights', 'If you gave us your consent, you may withdraw it by writing to us.')).toEqual(['objection']);
    expect(valueOf('rights', 'A member who objects to any usage described here can write to us.')).toEqual(['objection']);
    expect(valueOf('rights', 'Your consent is recorded when you sign up.')).toEqual([]);
    expect(valueOf('rights', 'If you consent to cookies in the banner, you can change your mind there later.')).toEqual([]);
  });

  it('reads a complaint that cannot be resolved as a condition, and no longer wanting such information', () => {
    expect(valueOf('rights', 'If your complaint cannot be resolved within four weeks of our receiving it and there is no realistic prospect of the complaint being settled soon, you may submit your complaint to the Privacy Commissioner.')).toEqual(['complaint']);
    expect(valueOf('rights', 'Should you no longer wish to receive such information, write to the office.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'Should you wish to receive such information, write to the office.')).toEqual([]);
  });
});

describe('rights: data moved to a holder of the reader\'s choosing (issue 14, eleventh pass)', () => {
  it('reads transferring the data to another organisation of the reader\'s choosing as portability', () => {
    expect(valueOf('rights', 'You may get a copy of your data for yourself or to transfer to another company of your choosing.')).toContain('portability');
    expect(valueOf('rights', 'We may transfer the data to another company of our own choosing.')).toEqual([]);
  });
});

describe('rights: near misses from the review of the eleventh pass', () => {
  it('drops only the opt-out the ad industry offers, and reads "under 10 days" as no child', () => {
    expect(valueOf('rights', 'You can unsubscribe from our marketing e-mails at any time, and you can opt out of interest-based ads at aboutads.info.')).toEqual(['opt-out-marketing']);
    expect(valueOf('rights', 'You may opt out of interest-based ads by NAI member companies at networkadvertising.org.')).toEqual([]);
    expect(valueOf('rights', 'Logs are kept for under 10 days, and you may delete your account data at any time.')).toEqual(['deletion']);
    expect(valueOf('rights', 'Your consent may be withdrawn at any time by writing to us.')).toEqual(['objection']);
    expect(valueOf('rights', 'Consent may be withdrawn by the company at any time.')).toEqual([]);
  });
});
