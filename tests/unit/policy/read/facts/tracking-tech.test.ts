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

describe('trackingTech: phrasings of unseen policies (issue 14)', () => {
  it('reads analytics in plain words', () => {
    expect(valueOf('trackingTech', 'Some of our analytics and advertising partners also use cookies.')).toEqual(['analytics', 'advertising']);
    expect(valueOf('trackingTech', 'Example Maps uses cookies to help identify and track visitors, their usage of the website, and their preferences.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Web site management information is collected for statistical purposes.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We track the domains from which people visit us and analyze this data for trends and statistics.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Through the dashboard, we are able to see how many unique visitors are visiting our site.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We may also use persistent cookies to understand the patterns of unique and repeat visitors.')).toEqual(['analytics']);
  });

  it('reads targeted advertising without a cookie word', () => {
    expect(valueOf('trackingTech', 'Some third parties may target advertisements to you based on your answers in the poll.')).toEqual(['advertising']);
    expect(valueOf('trackingTech', 'We may receive information about your activities from our partner ad networks.')).toEqual(['advertising']);
  });

  it('does not take a beacon from a host name, or Flash from HTML5 storage', () => {
    expect(valueOf('trackingTech', 'To block this, blacklist pixel.example.com in your ad blocker.')).toEqual([]);
    expect(valueOf('trackingTech', 'We also use Local Storage Objects (LSOs) such as HTML5 to store preferences.')).toEqual([]);
  });

  it('reads internal analysis of site use said without the word analytics', () => {
    expect(valueOf('trackingTech', 'Cookies help us understand which pages are popular and how visitors move around the site.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We use this information to see which areas of our site are most visited.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Our web server logs your IP address, which we use to measure the number of visits.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We use cookies to compile aggregate data about site traffic and site interaction.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We gather information on how often pages are visited in order to improve our web site.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We use cookies to collect anonymous statistics about visits to our site.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We may provide aggregated anonymous data about the usage of the Services to prospective advertisers.')).toEqual([]);
    expect(valueOf('trackingTech', 'We analyze your questions to improve our customer support.')).toEqual([]);
  });

  it('reads own analytics and counted visits (issue 14, third pass)', () => {
    expect(valueOf('trackingTech', 'We measure which dashboard pages are opened with our own self-hosted analytics.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We count the visits to each gallery to learn which features members use.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We count the money raised for each charity.')).toEqual([]);
  });
});

describe('trackingTech: usage analysis in other words (issue 14, session 22)', () => {
  it('reads firms studying how the site is used', () => {
    expect(valueOf('trackingTech', 'We, or firms we engage to follow how our web site is used, may store small files on your device.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Our help pages explain how our service is used to book tables.')).toEqual([]);
  });

  it('reads how you move through the site, said to the reader', () => {
    expect(valueOf('trackingTech', 'We keep these details for reporting, for example how you are browsing our website.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'This guide shows how you can browse our website without an account.')).toEqual([]);
  });

  it('reads the analysis of server logs', () => {
    expect(valueOf('trackingTech', 'The shop regularly analyses its server logs to decide which pages to improve.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We analyse each complaint and keep logs of our replies.')).toEqual([]);
  });
});

describe('trackingTech: counted visitors and usage patterns, second batch (issue 14, session 22)', () => {
  it('reads how many people visit a page', () => {
    expect(valueOf('trackingTech', 'From the server we learn how many people visit each recipe page per day.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'We cannot say how many people share one account.')).toEqual([]);
  });
  it('reads usage data gathered for analysis and logs kept to track usage', () => {
    expect(valueOf('trackingTech', 'We may gather anonymous usage data, ourselves or through others, for the purpose of analysis.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Our servers keep logs to track usage of the forum.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Your phone company may charge you for data usage.')).toEqual([]);
  });
  it('reads visiting and traffic patterns', () => {
    expect(valueOf('trackingTech', 'Cookies help us follow our site visits and traffic patterns.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Your IP address shows us your general visiting patterns, such as the pages you view.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Weather patterns in the region can delay our deliveries.')).toEqual([]);
  });
  it('reads how users as a group use the site', () => {
    expect(valueOf('trackingTech', 'Aggregate figures tell us how our members as a group use the tools on the site.')).toEqual(['analytics']);
  });
  it('reads a remarketing service that shows ads elsewhere as advertising too', () => {
    expect(valueOf('trackingTech', 'Our shop uses a remarketing advertising service run by an ad company.')).toEqual(['advertising', 'remarketing']);
    expect(valueOf('trackingTech', 'We do not use remarketing.')).toEqual([]);
  });
});

describe('trackingTech: which parts of the site visitors find useful (issue 14, session 22)', () => {
  it('reads it as analytics', () => {
    expect(valueOf('trackingTech', 'These files show us which sections of the site readers find most useful.')).toEqual(['analytics']);
    expect(valueOf('trackingTech', 'Tell us which sections of the manual readers find confusing.')).toEqual([]);
  });
});

describe('tracking technologies: near misses from the review of session 22', () => {
  it('does not read logs analysed for security, or someone else seeing browsing patterns, as analytics', () => {
    expect(valueOf('trackingTech', 'We analyse our server logs to detect attacks on our systems.')).toEqual([]);
    expect(valueOf('trackingTech', 'Your internet provider can see your browsing patterns.')).toEqual([]);
  });

  it('does not read the scope of a policy or the terms as usage analysis', () => {
    expect(valueOf('trackingTech', 'This privacy policy governs how you use our website and the information we collect.')).toEqual([]);
    expect(valueOf('trackingTech', 'These terms describe how you interact with our services and what you may not do.')).toEqual([]);
  });

  it('does not read a count of seats on an account as counting visitors', () => {
    expect(valueOf('trackingTech', 'The price depends on the number of users accessing the account.')).toEqual([]);
  });
  it('reads older and plainer wordings of usage analysis', () => {
    const yes = [
      'We place cookies to speed up checkout and track your site usage.',
      'One purpose is tracking your use of this website to guide its development.',
      'Pooled figures let us study the browsing habits of visitors to the shop.',
      'Requests may be logged by the server for statistical and administrative purposes only.',
      'We collect statistical data so that we can improve our pages.',
      'Cookies help us estimate our audience size and usage pattern.',
      'Cookies allow us to measure site activity for a smoother visit.',
      'To understand the use of our site by our members, we collect some details automatically.',
      'Your IP address is used to gather broad demographic information.',
      'Our processors provide mail, anonymous analytics and storage services.',
      'Analytical tracking cookies help us improve the shop.',
      'We conduct statistical analyses of member behaviour.',
      'Cookies record how you browse and use our website.',
    ];
    for (const s of yes) expect(valueOf('trackingTech', s), s).toEqual(['analytics']);
    const no = [
      'Members can track the usage of their own storage plan.',
      'We do not track your site usage.',
      'We never gather broad demographic information.',
      'Requests are logged for administrative purposes only.',
      'Our staff analyse complaints to understand the use of refunds.',
    ];
    for (const s of no) expect(valueOf('trackingTech', s), s).toEqual([]);
  });
  it('reads ads that follow the visitor to other sites as remarketing', () => {
    const yes = [
      'Partners may place cookies to show ads for our tours when you visit other websites.',
      'We advertise our own deals to you when you are browsing elsewhere online.',
      'Partner cookies may show you relevant advertising after you leave our shop.',
      'Cookies may present visitors with promotional materials on other sites they might visit.',
      'We work with AdRoll to reach past visitors.',
    ];
    for (const s of yes) expect(valueOf('trackingTech', s), s).toContain('remarketing');
    const no = [
      'Ad servers may place cookies to serve advertisements about our tours on other web sites.',
      'Advertising partners may show ads on other websites.',
    ];
    for (const s of no) expect(valueOf('trackingTech', s), s).not.toContain('remarketing');
  });
});

describe('trackingTech: near misses from the review of session 24', () => {
  it('does not read the reader tracking their own usage, or understanding a term, as analytics', () => {
    expect(valueOf('trackingTech', 'You can track your usage and billing from your account page.')).toEqual([]);
    expect(valueOf('trackingTech', 'You understand the use of our services is at your own risk.')).toEqual([]);
    expect(valueOf('trackingTech', 'Cookies help us track your site usage.')).toEqual(['analytics']);
  });

  it('reads "after you leave" as remarketing only with our site or the sites visited', () => {
    expect(valueOf('trackingTech', 'Our site shows ads from local sponsors, and your basket is saved after you leave.')).toEqual([]);
    expect(valueOf('trackingTech', 'Partner cookies may show you our ads on sites you visit after you leave.')).toContain('remarketing');
  });
});
