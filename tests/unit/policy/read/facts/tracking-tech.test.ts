import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers';

describe('trackingTech', () => {
  it('reads analytics', () => {
    expect(valueOf('trackingTech', 'We use several third party usage analytics tools including Google Analytics.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'By showing how and when visitors use the Web site, cookies help us track user trends and patterns.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We engage third parties to track and analyse usage and volume statistical information.')).toEqual(['analytics']);
  });

  it('reads advertising only in a tracking context', () => {
    expect(valueOf('trackingTech', 'We use cookies to display personalized content and appropriate advertising on later visits.')).toEqual(['advertising']);
    expect(valueOf('trackingTech', 'We may share how many users clicked on a particular advertisement.')).toEqual([]);
  });

  it('reads web beacons, Flash cookies and remarketing', () => {
    expect(valueOf('trackingTech', 'We may use pixel tags (also known as clear GIFs or web beacons) in our e-mails.')).toEqual(['web-beacons']);
    expect(valueOf('trackingTech', 'We use technologies such as cookies, beacons, tags and scripts to administer the website.')).toEqual(['web-beacons']);
    expect(valueOf('trackingTech', 'Zopim uses "cookies" and "Flash cookies", also known as Local Shared Objects (LSO).')).toEqual(['flash-cookies']);
    expect(valueOf('trackingTech', 'We use third parties to assist us in “remarketing” our Service to past visitors.')).toEqual(['remarketing']);
  });

  it('respects negation', () => {
    expect(valueOf('trackingTech', 'We do not use Flash cookies or web beacons.')).toEqual([]);
  });
});
