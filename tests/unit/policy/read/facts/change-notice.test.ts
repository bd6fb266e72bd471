import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers';

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
