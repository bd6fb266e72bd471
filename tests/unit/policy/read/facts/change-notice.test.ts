import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers';

describe('change notice: near misses from the review of session 22', () => {
  it('does not read "information ... beforehand" as notice given in advance', () => {
    expect(valueOf('changeNotice', 'We may update this policy. Updates are listed in our newsletter, with information about events beforehand.')).not.toBe('advance');
  });
});

describe('changeNotice', () => {
  it('ranks advance above email above posting', () => {
    expect(valueOf('changeNotice', 'We reserve the right to change this Statement and will provide notification at least thirty (30) business days prior to the change taking effect.')).toBe('advance');
    expect(valueOf('changeNotice', 'If we make material changes to this policy, we will notify you by e-mail or by means of a notice on this Site prior to the change becoming effective.')).toBe('advance');
    expect(valueOf('changeNotice', 'We will post any Policy changes on this page and, if the changes are significant, we will provide a more prominent notice, usually via email.')).toBe('email');
    expect(valueOf('changeNotice', 'If the Company makes any material changes to the Policy, the Company will post a notice on this website.')).toBe('posted-only');
  });

  it('reads sentences under a changes heading', () => {
    expect(valueOf('changeNotice', '### Changes or updates to this privacy policy\n\nIf any of the changes represent a material change, the changes will be posted in advance of taking effect.')).toBe('advance');
    expect(valueOf('changeNotice', '### Changes to This Policy\n\nChanges take effect 15 days after notice of them is posted here.')).toBe('advance');
    expect(valueOf('changeNotice', 'We will post policy changes to our Website to notify you of any future changes prior to when they become in effect.')).toBe('advance');
  });

  it('does not take notices about other changes', () => {
    expect(valueOf('changeNotice', 'If our practices change, we will notify you in advance.')).toBe('unspecified');
    expect(valueOf('changeNotice', 'If Zopim is involved in a merger, we will provide notice before personal information becomes subject to a different privacy policy.')).toBe('unspecified');
  });

  it('is not advance when notice is expressly not given', () => {
    expect(valueOf('changeNotice', 'We may modify this policy at any time without prior notice; changes will be posted on this page.')).toBe('posted-only');
  });
});

describe('changeNotice: phrasings of unseen policies (issue 14)', () => {
  it('reads posting in other words', () => {
    expect(valueOf('changeNotice', '## Amendments\n\nAmendments will be effective as of the moment of publication on the Websites. You should check the Websites regularly for amendments.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We may change this Policy from time to time so please check this page occasionally.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'Users will be notified of any privacy policy changes on our Privacy Policy Page.')).toBe('posted-only');
  });

  it('reads advance notice and e-mail behind negations', () => {
    expect(valueOf('changeNotice', 'We will notify you before any material changes take effect so that you have time to review them.')).toBe('advance');
    expect(valueOf('changeNotice', 'We will not change this policy in any material way without also providing notice of the change via email to you.')).toBe('email');
  });

  it('does not take changes of other terms as changes of the policy', () => {
    expect(valueOf('changeNotice', 'We use your e-mail address to communicate with you about your orders or about amendments of our General Terms and Conditions.')).toBe('unspecified');
  });
});

describe('changeNotice: statements set as headings, and a sentence after a change sentence (issue 14)', () => {
  it('reads a whole sentence set as a heading', () => {
    expect(valueOf('changeNotice', '## Users will be notified of any privacy policy changes:\n\n#### On our Privacy Policy Page\n\nOther text.')).toBe('posted-only');
  });
  it('reads the sentence after one about changing the policy', () => {
    expect(valueOf('changeNotice', '## Miscellaneous\n\nWe may amend this privacy policy. Amendments will be effective as of the moment of publication on the Websites.')).toBe('posted-only');
  });

  it('reads posting on the site and e-mail notice in other words', () => {
    expect(valueOf('changeNotice', 'If we decide to change our privacy policy, we will place the changes on this page.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'Any changes to this policy will be reflected on this page, with a new effective date.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'This privacy statement may be updated from time to time; the current version will always be available on this page.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We may modify this Privacy Policy. Please check back frequently to see any updates.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We will notify you of changes to this policy by updating the date at the top.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'If our information practices change, we will notify registered users via e-mail.')).toBe('email');
    expect(valueOf('changeNotice', 'If we change the way we use your personal information, we will notify you by email.')).toBe('email');
    expect(valueOf('changeNotice', 'You can change your password at any time; instructions are available on our website.')).toBe('unspecified');
    expect(valueOf('changeNotice', 'We update our software regularly, and release notes are available on our website.')).toBe('unspecified');
  });

  it('tells notice by e-mail from e-mail used to write to us (issue 14, third pass)', () => {
    expect(valueOf('changeNotice', 'If we make material changes, we will notify you by means of a notice sent to your e-mail address.')).toBe('email');
    expect(valueOf('changeNotice', 'We may change this policy. Please contact us by e-mail with any questions about the changes.')).toBe('unspecified');
    expect(valueOf('changeNotice', 'If we are acquired, you will be told by e-mail and/or by a notice on our site of the change in ownership.')).toBe('unspecified');
  });

  it('reads the posted version in other words (issue 14, third pass)', () => {
    expect(valueOf('changeNotice', 'We may amend this policy. The amended version will apply from the day it appears on this website.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We may update this policy; the current version can always be found at this address.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We may update this Privacy Policy periodically. The latest version is always available on our website.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'This policy may change. Check this page to see the current version.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'The latest version of our app is always available on our website.')).toBe('unspecified');
  });
});

describe('changeNotice: posting and e-mail in other words (issue 14, fourth pass)', () => {
  it('reads posting said in the passive, of "it", or by the date', () => {
    expect(valueOf('changeNotice', 'We may replace this policy. The replacement policy will be placed on our website.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'This statement may be revised at any time. A revision applies once it is uploaded to the site.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'This notice may be amended. Please read it regularly.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'This policy explains what we collect. If we modify it, we will change the date and put a notice on the site.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We may amend this policy. Whenever we do, we will publish it on the site.')).toBe('posted-only');
    // Near misses: a page placed on the site that is not this policy; "it" that is not the policy.
    expect(valueOf('changeNotice', 'Our shop catalogue will be placed on our website.')).toBe('unspecified');
    expect(valueOf('changeNotice', 'This policy explains what we collect. If you modify it in your browser, the cookie changes.')).toBe('unspecified');
  });

  it('reads e-mail sent to the reader, and not e-mail the reader sends or signs up for', () => {
    expect(valueOf('changeNotice', 'If we amend this policy materially, we will send you an e-mail.')).toBe('email');
    expect(valueOf('changeNotice', 'Material changes to this policy will be announced via the e-mail address associated with your account.')).toBe('email');
    expect(valueOf('changeNotice', '## Changes to this policy\n\nChanges will be posted on this page, and you may request an earlier version by e-mail.')).toBe('posted-only');
    expect(valueOf('changeNotice', '## Changes to this policy\n\nWe will post every change here.\n\nYou can subscribe to change alerts by e-mail.')).toBe('posted-only');
  });
});

describe('changeNotice: posting in more words (issue 14, fourth pass)', () => {
  it('reads updating the policy on the site, and reviewing these pages', () => {
    expect(valueOf('changeNotice', 'We may amend this notice and will tell users by updating the notice on our web site.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'As this policy may be revised, we ask you to review these pages on a regular basis.')).toBe('posted-only');
    // Near miss: updating something else on the site.
    expect(valueOf('changeNotice', 'We may change our prices and will update the catalogue on our web site.')).toBe('unspecified');
  });
});

describe('changeNotice: shown on the site, sent by e-mail, before they apply (issue 14, fourth pass)', () => {
  it('reads a change shown, announced or noted on the site', () => {
    expect(valueOf('changeNotice', 'Any revision of this statement will be announced on our home page.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'Amendments to this notice will be listed at the end of this page.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We will tell members about revisions to this policy through a message on the homepage.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'This policy may be revised; the revised version will be made available within the app.')).toBe('posted-only');
    expect(valueOf('changeNotice', '## Revisions\n\nNotice of them will be given on this page.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'Please check this page now and then for changes.')).toBe('posted-only');
    // Near miss: a price list shown on the site.
    expect(valueOf('changeNotice', 'Our price list is shown on our home page.')).toBe('unspecified');
  });

  it('reads e-mail to registered users, and e-mail before the change applies', () => {
    expect(valueOf('changeNotice', 'We will e-mail all registered members about revisions to this policy.')).toBe('email');
    expect(valueOf('changeNotice', 'Members will be informed of revisions via e-mail.')).toBe('email');
    expect(valueOf('changeNotice', 'We will post revisions of this policy here and, for major ones, send an e-mail to subscribers.')).toBe('email');
    expect(valueOf('changeNotice', 'If we revise this policy, we will write to you by e-mail before the revision applies.')).toBe('advance');
    // Near miss: told of changes to an order.
    expect(valueOf('changeNotice', 'You will be notified of changes to your order via e-mail.')).toBe('unspecified');
  });
});

describe('changeNotice: e-mail the reader asks for, and changes e-mailed to the reader (issue 14, fourth pass)', () => {
  it('tells the two apart', () => {
    expect(valueOf('changeNotice', 'We may revise this policy. The revised text will be posted on our site and sent to anyone who asks for it by e-mail.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'Major revisions of this policy will be posted here and e-mailed to members.')).toBe('email');
  });
});

describe('changeNotice: unseen policies, fifth pass (issue 14)', () => {
  it('reads advice to review the policy right after a change sentence or under a changes heading as posting', () => {
    expect(valueOf('changeNotice', 'We may revise this statement at any time without advance warning. Please consult this statement regularly before you share anything with us.')).toBe('posted-only');
    expect(valueOf('changeNotice', '### Revisions to this notice\n\nPlease read this notice periodically, especially before giving us any personal details.')).toBe('posted-only');
  });
  it('does not take advice to review something else, or outside a changes context', () => {
    expect(valueOf('changeNotice', 'We may revise this statement at any time without advance warning. Please consult our product catalogue regularly for new offers.')).toBe('unspecified');
    expect(valueOf('changeNotice', '### Revisions to your account\n\nPlease read this notice periodically.')).toBe('unspecified');
  });

  it('does not let a negation inside brackets cancel advance notice', () => {
    expect(valueOf('changeNotice', 'Any amendment to this policy (even one that does not affect how we use your data) takes effect only after we give you at least fourteen (14) days notice.')).toBe('advance');
    expect(valueOf('changeNotice', 'Any amendment to this policy takes effect at once and we do not give at least fourteen (14) days notice.')).toBe('unspecified');
  });
});

describe('changeNotice: unseen policies, seventh pass (issue 14)', () => {
  it('reads "revised versions will be updated on the website" after a change sentence as posting', () => {
    expect(valueOf('changeNotice', 'We may revise this statement now and then. New versions will be updated on our website.')).toBe('posted-only');
  });
  it('does not read an update on the website outside a change context', () => {
    expect(valueOf('changeNotice', 'Your account details are updated on the website instantly.')).toBe('unspecified');
  });
});

describe('changeNotice: unseen policies, eighth pass (issue 14)', () => {
  it('reads review advice with the adverb first ("regularly check this notice") after a change sentence as posting', () => {
    expect(valueOf('changeNotice', 'We may revise this notice now and then. We ask you to regularly check this notice for news.')).toBe('posted-only');
  });
  it('does not read advice to check something else', () => {
    expect(valueOf('changeNotice', 'We may revise this notice now and then. We ask you to regularly check your inbox for news.')).toBe('unspecified');
  });
});

describe('changeNotice: session 22 (issue 14)', () => {
  it('reads advice to check a section for changes as posting', () => {
    expect(valueOf('changeNotice', 'From time to time we may update our privacy and security policies, so please check this section for any changes.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'Please check this section for the list of our partners.')).toBe('unspecified');
  });
  it('does not take an e-mail the company may elect to send as e-mail notice', () => {
    expect(valueOf('changeNotice', 'We will post any revised policy on this page. In some situations we may also elect to tell you of changes to this policy by sending you an e-mail.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'We will post any revised policy on this page and will tell you of changes to this policy by sending you an e-mail.')).toBe('email');
  });
  it('reads notice before the data is used under the changed practice as advance notice', () => {
    expect(valueOf('changeNotice', 'If our privacy practices change, we will write to you before we use your information in the new way, and post the changed policy here.')).toBe('advance');
    expect(valueOf('changeNotice', 'If our privacy practices change, we will post the changed policy here before long.')).toBe('posted-only');
  });
  it('reads a revised notice mailed to the reader as direct notice', () => {
    expect(valueOf('changeNotice', 'Should our privacy practices change, we will mail a revised notice to the address you gave us.')).toBe('email');
    expect(valueOf('changeNotice', 'Should our privacy practices change, a revised notice will be available at the front desk.')).toBe('unspecified');
  });
});

describe('changeNotice: revisiting the policy, a blog post (issue 14, session 22)', () => {
  it('reads advice to revisit the policy as posting', () => {
    expect(valueOf('changeNotice', 'This policy may change, so please revisit this policy from time to time.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'This policy may change. Please revisit your account settings from time to time.')).toBe('unspecified');
  });
  it('reads changes announced on the company blog as posting', () => {
    expect(valueOf('changeNotice', 'Updates to this policy will be announced on our blog.')).toBe('posted-only');
    expect(valueOf('changeNotice', 'Updates to our apps will be announced on our blog.')).toBe('unspecified');
  });
});

describe('changeNotice: "beforehand", "will receive an e-mail" (issue 14, session 22)', () => {
  it('reads notice given beforehand as advance', () => {
    expect(valueOf('changeNotice', 'We will give you notice of changes to this policy at least a week beforehand.')).toBe('advance');
    expect(valueOf('changeNotice', 'We may change this policy; please read the new text beforehand if you can.')).toBe('unspecified');
  });
  it('reads members who will receive an e-mail about a change as e-mail notice', () => {
    expect(valueOf('changeNotice', 'Members will receive an e-mail about any change to this policy.')).toBe('email');
    expect(valueOf('changeNotice', 'This policy may change. Members can receive an e-mail digest of forum posts.')).toBe('unspecified');
  });
});

describe('changeNotice: notices about other changes (issue 14, session 24)', () => {
  it('does not read a merger notice "by e-mail or a notice on the site" as a policy change', () => {
    expect(valueOf('changeNotice', 'If the firm is bought by another company, you will be told of the change by e-mail or a notice on our site.')).toBe('unspecified');
    expect(valueOf('changeNotice', 'We may change this privacy notice. You will be told of the change by e-mail.')).toBe('email');
  });
  it('does not read changes to the web site or the user terms as policy changes', () => {
    expect(valueOf('changeNotice', 'We may use your address to tell you about exciting changes to our web site and new offers.')).toBe('unspecified');
    expect(valueOf('changeNotice', 'We send messages by e-mail, for instance to tell you about updates of the user terms.')).toBe('unspecified');
    expect(valueOf('changeNotice', 'We will tell you about changes to this policy by e-mail.')).toBe('email');
  });
  it('does not take a heading about the reader\'s own data for a changes heading', () => {
    expect(valueOf('changeNotice', '## Updating Personal Information\n\nIf your address changes, we offer a way to correct it. This is done on the profile page or via e-mail to the help desk.')).toBe('unspecified');
    expect(valueOf('changeNotice', '## Updates\n\nWe will send you an e-mail about any new version.')).toBe('email');
  });
});
