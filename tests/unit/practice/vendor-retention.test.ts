import { describe, expect, it } from 'vitest';
import { vendorRetention } from '../../../lib/practice/rules/vendor-retention';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, policyOf, practiceInput } from './practice-input';

const chatCookie = cookieRecord('__zlcmid', { vendor: 'Zendesk', widgetId: 'zendesk-chat', category: 'functional', expires: expiresIn(365) });

describe("a widget vendor's own retention against its cookies", () => {
  it("a 1-year chat id against the vendor's 30 days is a mismatch quoting the vendor's policy", () => {
    const vendorPolicy = { ...policyOf('We delete visitor data after 30 days.', 'https://vendor.example/privacy'), widgetId: 'zendesk-chat' };
    const found = vendorRetention(practiceInput({ vendorPolicies: [vendorPolicy], cookies: [chatCookie] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'vendor-retention', policyEvidence: { policy: 'vendor', policyUrl: 'https://vendor.example/privacy' }, observed: { name: '__zlcmid' } });
  });

  it("none when the vendor's policy allows the lifetime, or the cookie is another vendor's, or no vendor policy was read", () => {
    const long = { ...policyOf('We keep visitor data for 2 years.'), widgetId: 'zendesk-chat' };
    expect(vendorRetention(practiceInput({ vendorPolicies: [long], cookies: [chatCookie] }))).toEqual([]);
    const short = { ...policyOf('We delete visitor data after 30 days.'), widgetId: 'intercom' };
    expect(vendorRetention(practiceInput({ vendorPolicies: [short], cookies: [chatCookie] }))).toEqual([]);
    expect(vendorRetention(practiceInput({ cookies: [chatCookie] }))).toEqual([]);
  });
});
