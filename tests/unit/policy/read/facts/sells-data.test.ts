import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('sellsData', () => {
  it('reads explicit no-sale statements', () => {
    expect(valueOf('sellsData', 'We do not sell your personal information.')).toBe(false);
    expect(valueOf('sellsData', 'We will never sell, rent or trade your e-mail address.')).toBe(false);
    expect(valueOf('sellsData', 'We don’t sell or lease your personal data to third parties.')).toBe(false);
    expect(valueOf('sellsData', 'Your personal information will not be sold to anyone.')).toBe(false);
    expect(valueOf('sellsData', 'We have not sold any personal information in the preceding 12 months.')).toBe(false);
  });

  it('reads selling and renting', () => {
    expect(valueOf('sellsData', 'We may sell your personal information to third parties.')).toBe(true);
    expect(valueOf('sellsData', 'From time to time we may rent or sell our mailing list to carefully screened companies.')).toBe(true);
  });

  it('ignores other senses of "sell"', () => {
    expect(valueOf('sellsData', 'If we sell all or substantially all of our assets, your information may be sold as part of the transaction.')).toBeNull();
    expect(valueOf('sellsData', 'We sell outdoor equipment through our catalog.')).toBeNull();
    expect(valueOf('sellsData', 'Click "Do Not Sell My Personal Information" on our home page.')).toBeNull();
    expect(valueOf('sellsData', 'You have the right to opt out of the sale of your personal information.')).toBeNull();
    expect(valueOf('sellsData', 'If you sell products through our marketplace, buyers see your name.')).toBeNull();
  });

  it('is null when "not shared" stands without a word about selling', () => {
    expect(factOf('sellsData', 'Customer email addresses will not be distributed or shared with third parties.')).toEqual({ value: null, evidence: [] });
  });

  it('reads a no-sale statement whose object is a pronoun for personal data (issue 14, third pass)', () => {
    expect(factOf('sellsData', 'If we obtain your personal information, we will keep it confidential and we will not sell, rent, trade or otherwise disclose it.').value).toBe(false);
    expect(factOf('sellsData', 'We make garden tools. We do not sell them online.').value).toBeNull();
  });
});

describe('sellsData: unseen policies, fifth pass (issue 14)', () => {
  it('reads "is not shared with or sold to" as a no-sale statement', () => {
    expect(valueOf('sellsData', 'The information you give us is not shared with or sold to outside companies.')).toBe(false);
  });
  it('reads a bracketed aside between "your" and the data', () => {
    expect(valueOf('sellsData', "We never sell your (or your clients') contact details.")).toBe(false);
  });
  it('still needs personal data as the object', () => {
    expect(valueOf('sellsData', 'The products listed here are not shared with or sold to minors.')).toBe(null);
    expect(valueOf('sellsData', "We never sell your (or anyone's) artwork.")).toBe(null);
  });
});

describe('sellsData: session 22 (issue 14)', () => {
  it('reads "data" sold to outside parties as personal data', () => {
    expect(valueOf('sellsData', 'We are not in the business of selling data to outside parties.')).toBe(false);
    expect(valueOf('sellsData', 'We sell data plans for phones at fair prices.')).toBe(null);
  });
  it('reads a passive no-sale whose subject opens the sentence before an aside', () => {
    expect(valueOf('sellsData', 'Any information you give us, apart from the public forum posts, will be kept private and will never be sold or rented.')).toBe(false);
    expect(valueOf('sellsData', 'Products from our catalogue, which you may order online, will never be sold at a loss.')).toBe(null);
  });
});

describe('sellsData: selling the business, a listed passive (issue 14, session 22)', () => {
  it('does not read the sale of the company as selling data', () => {
    expect(valueOf('sellsData', 'In the event that we sell the shop, your details will pass to the buyer.')).toBe(null);
    expect(valueOf('sellsData', 'We may sell your details to the purchaser if the business itself is sold.')).toBe(null);
    expect(valueOf('sellsData', 'We sell your details to other shops.')).toBe(true);
  });
  it('reads "is not traded, sold or leased" as a no-sale statement', () => {
    expect(valueOf('sellsData', 'Your personal details are not traded, sold or leased.')).toBe(false);
    expect(valueOf('sellsData', 'Our garden tools are not traded, sold or leased abroad.')).toBe(null);
  });
});

describe('sells data: near misses from the review of session 22', () => {
  it('does not read technical information sent to third parties beside a sale of ad space as a sale of personal data', () => {
    expect(valueOf('sellsData', 'We sell advertising space on our pages and send technical information to third parties.')).toBe(null);
  });

  it('still reads a sale of personal data when its buyer is named', () => {
    expect(valueOf('sellsData', 'We sell your personal information to data brokers, and the purchaser may use it for marketing.')).toBe(true);
  });

  it('does not read a passive with a subject of its own as a no-sale of the data named before it', () => {
    expect(valueOf('sellsData', 'Your personal data is stored on secure servers, and our products are never sold below cost.')).toBe(null);
  });
});
