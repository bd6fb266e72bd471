import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('responseDays', () => {
  it('reads deadlines for answering requests', () => {
    expect(valueOf('responseDays', 'We may need up to 30 days to assure compliance with your request.')).toBe(30);
    expect(valueOf('responseDays', 'ZoomSphere will respond to your correction request within at most 7 days from the date of your request.')).toBe(7);
    expect(valueOf('responseDays', 'Requests to access or remove your information will be handled within thirty (30) days.')).toBe(30);
    expect(valueOf('responseDays', 'We answer requests within one month.')).toBe(30);
  });

  it('skips acknowledgements and extensions', () => {
    expect(valueOf('responseDays', 'We will confirm receipt of your request within 10 days and respond within 45 days.')).toBe(45);
    expect(valueOf('responseDays', 'We respond to requests within 30 days, which we may extend by an additional 60 days.')).toBe(30);
  });

  it('takes the most often stated figure', () => {
    const text = 'We will respond to your access request within 30 days. Complaints are answered within 14 days. We reply to deletion requests within 30 days.';
    const fact = factOf('responseDays', text);
    expect(fact.value).toBe(30);
    expect(fact.evidence).toHaveLength(2);
  });

  it('ignores periods that are not about requests', () => {
    expect(valueOf('responseDays', 'We will provide notification at least thirty (30) business days prior to the change taking effect.')).toBeNull();
    expect(valueOf('responseDays', 'We inform you of such disclosures at least 48 hours before hand.')).toBeNull();
  });
});
