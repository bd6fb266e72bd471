import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('retention', () => {
  it('reads fixed periods and normalises how they are written', () => {
    const fact = factOf('retention', 'We retain chat transcripts for thirty (30) days. Server logs are deleted after 48 hours. Invoices are kept for seven years.');
    expect(fact.value).toBe('fixed');
    expect(fact.periods).toEqual(['30 days', '48 hours', '7 years']);
    expect(fact.evidence[0]!.quote).toBe('We retain chat transcripts for thirty (30) days.');
  });

  it('reads "a 12-month period" and "2 years" as written', () => {
    expect(factOf('retention', 'Usage data is stored for a 12-month period and then anonymised.').periods).toEqual(['12 months']);
    expect(factOf('retention', 'We keep your data for up to 2 years after your last login.').periods).toEqual(['2 years']);
  });

  it('needs a keeping verb near the period', () => {
    expect(valueOf('retention', 'We have been in business for 20 years and store nothing unusual.')).toBe('unspecified');
    expect(valueOf('retention', 'We will respond to your request within 30 days.')).toBe('unspecified');
  });

  it('does not take response times, notice periods or cookie lifetimes for retention', () => {
    expect(valueOf('retention', 'Requests to remove your information will be handled within thirty (30) days.')).toBe('unspecified');
    expect(valueOf('retention', 'We will post changes at least 30 days prior to their taking effect and keep the old version online.')).toBe('unspecified');
    expect(valueOf('retention', 'The visitor cookie is stored on your device for 1 year.')).toBe('unspecified');
  });

  it('recognises need-based retention', () => {
    expect(valueOf('retention', 'We will retain your personal information for as long as is needed to fulfill the purposes outlined in this Policy.')).toBe('as-needed');
    expect(valueOf('retention', 'We keep account data while your account is active.')).toBe('as-needed');
    expect(valueOf('retention', 'We will retain your Personal Information for so long as we have a legal basis to do so.')).toBe('as-needed');
    expect(valueOf('retention', 'We do not keep personal data longer than necessary.')).toBe('as-needed');
  });

  it('says indefinite only when the text says so, not for anonymous aggregates', () => {
    expect(valueOf('retention', 'Posts are retained indefinitely, even after you close your account.')).toBe('indefinite');
    expect(valueOf('retention', 'We may retain aggregated, anonymous statistics indefinitely. We keep personal data as long as necessary.')).toBe('as-needed');
    expect(valueOf('retention', 'We do not retain your data indefinitely.')).toBe('unspecified');
  });

  it('prefers a concrete period when both are stated', () => {
    const fact = factOf('retention', 'We keep your data as long as your account is active. Backups are overwritten after 35 days.');
    expect(fact.value).toBe('fixed');
    expect(fact.periods).toEqual(['35 days']);
  });

  it('is unspecified when the policy says nothing', () => {
    expect(factOf('retention', 'We collect your e-mail address to send you our newsletter.')).toEqual({ value: 'unspecified', periods: [], evidence: [] });
  });
});

describe('retention: need-based keeping in other words (issue 14)', () => {
  it('reads "until the purpose is fulfilled" and "not stored unless required" as as-needed', () => {
    expect(valueOf('retention', 'Personal data will be saved until the purpose for which these data are acquired is fulfilled.')).toBe('as-needed');
    expect(valueOf('retention', 'We don\'t store personal information on our servers unless required for the ongoing operation of our services.')).toBe('as-needed');
  });
});

describe('retention: unseen policies, fifth pass (issue 14)', () => {
  it('keeps a period for personal data that is deleted or anonymised', () => {
    const fact = factOf('retention', 'We delete or anonymise your account data after three years without a login.');
    expect(fact.value).toBe('fixed');
    expect(fact.periods).toEqual(['3 years']);
  });
  it('still skips a period for data that is already anonymous', () => {
    expect(factOf('retention', 'Anonymised statistics are kept for three years.').periods).toEqual([]);
  });
});

describe('retention: unseen policies, seventh pass (issue 14)', () => {
  it('keeps a period for personal data "deleted or anonymised after" it (passive)', () => {
    expect(factOf('retention', 'Your contact details are erased or anonymised after 18 months.').periods).toEqual(['18 months']);
  });
  it('still skips anonymised data kept for a period', () => {
    expect(factOf('retention', 'Anonymised usage figures are kept for 18 months.').periods).toEqual([]);
  });
});

describe('retention: periods kept by someone else (issue 14, session 22)', () => {
  it('does not take a period for which a browser or a partner keeps data', () => {
    expect(factOf('retention', 'Your browser keeps these files for 30 days.').periods).toEqual([]);
    expect(factOf('retention', 'Our advertising partners retain their own logs for 13 months.').periods).toEqual([]);
    expect(factOf('retention', 'We keep your order records for seven years.').periods).toEqual(['7 years']);
    expect(factOf('retention', 'We ask our partners to delete your details within 30 days.').periods).toEqual(['30 days']);
  });
});

describe('retention: an analytics vendor keeping its own data (issue 14, session 22)', () => {
  it('does not take the period a named vendor keeps data for', () => {
    expect(factOf('retention', 'Google Analytics retains the collected data for 26 months.').periods).toEqual([]);
    expect(factOf('retention', 'We retain analytics data for 26 months.').periods).toEqual(['26 months']);
  });
});

describe('retention: near misses from the review of session 22', () => {
  it('still reads a period kept by providers on our behalf', () => {
    expect(valueOf('retention', 'Our hosting providers store your data for us for 30 days, after which it is deleted.')).toBe('fixed');
  });
});

describe('retention: final deletion and cookie lifetimes (issue 14, session 24)', () => {
  it('does not read "gone forever" after deletion as indefinite keeping', () => {
    expect(factOf('retention', 'Once your profile is deleted, it is gone forever and we cannot bring it back.').value).toBe('unspecified');
    expect(factOf('retention', 'We keep your uploaded photos forever.').value).toBe('indefinite');
  });
  it('does not read a cookie staying until the reader deletes it as as-needed', () => {
    expect(factOf('retention', 'Persistent cookies stay stored on your computer until you delete them.').value).toBe('unspecified');
    expect(factOf('retention', 'We retain your cookie data until you delete your account.').value).toBe('as-needed');
  });
});
