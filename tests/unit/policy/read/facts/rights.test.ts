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
