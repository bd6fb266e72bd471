import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';
import { knownNamesIn } from '../../../../../lib/policy/read/facts/cookies';
import { KNOWN_COOKIE_NAMES } from '../../../../../lib/policy/read/phrases/cookies';

describe('cookies', () => {
  it('reads cookie names listed under a lead-in', () => {
    const text = 'Our live chat widget sets the following cookies:\n__zlcid to store the Live Chat ID, and\n__zprivacy to store the user\'s preference. The __zprivacy cookie is stored across visits.';
    expect(valueOf('cookies', text)).toEqual(['__zlcid', '__zprivacy']);
  });

  it('reads code spans, escaped Markdown and tables', () => {
    expect(valueOf('cookies', 'Google Analytics sets the `_ga` and `_gid` cookies.')).toEqual(['_ga', '_gid']);
    expect(valueOf('cookies', 'Cookies we use: \\_\\_utma and \\_\\_utmz (Google Analytics).')).toEqual(['__utma', '__utmz']);
    expect(valueOf('cookies', '## Cookies\n\n| Name | Purpose |\n| --- | --- |\n| PHPSESSID | keeps you logged in |\n| tf_consent | your cookie choices |')).toEqual(['PHPSESSID', 'tf_consent']);
  });

  it('ignores technologies, scripts, URLs, e-mail addresses and italics', () => {
    expect(valueOf('cookies', 'We use “flash cookies” and the Google Analytics script ga.js.')).toEqual([]);
    expect(valueOf('cookies', 'Read about cookies at https://example.org/cookie_policy or mail cookie_team@example.org.')).toEqual([]);
    expect(valueOf('cookies', 'We use _session cookies_ to keep you signed in.')).toEqual([]);
  });

  it('needs a cookie context', () => {
    expect(valueOf('cookies', 'Set the user_id parameter and the api_key field in your request.')).toEqual([]);
  });

  it('quotes where each name appears', () => {
    const fact = factOf('cookies', 'The `_fbp` cookie measures ad clicks.');
    expect(fact.evidence).toEqual([{ quote: 'The `_fbp` cookie measures ad clicks.', start: 0 }]);
  });
});

describe('cookies: prose is not a name (issue 14)', () => {
  it('skips capitalised words joined by underscores, names saying "cookie", and capitalised emphasis', () => {
    expect(valueOf('cookies', 'Cookies we set:\n\nSession_Cookies expire when you close the browser.\nCOOKIES_POLICY applies.\n_Analytics_ cookies help us. _ga, User_token and CATEGORY_INFO are set.')).toEqual(['_ga', 'User_token', 'CATEGORY_INFO']);
  });

  it('reads names standing in a slot of their own: bold-led list items and cookie tables', () => {
    const list = 'We set these cookies:\n\n* **sessionid** (expires after one hour) – keeps you logged in\n* **csrftoken** (expires when the browser is closed) – protects forms\n* **Analytics** – counts visits';
    expect(valueOf('cookies', list)).toEqual(['sessionid', 'csrftoken']);
    const table = 'The cookies we use are listed below.\n\n**COOKIE name**\n\n**CART**\n\nYour shopping basket\n\n**CURRENCY**\n\nYour preferred currency\n\n**GUEST-VIEW**\n\nLets guests edit their orders';
    expect(valueOf('cookies', table)).toEqual(['CART', 'CURRENCY', 'GUEST-VIEW']);
  });

  it('does not take headings or labels after a cookie paragraph as names', () => {
    expect(valueOf('cookies', 'We use cookies to remember you.\n\nSECURITY\n\nWe protect your data.\n\nCHILDREN\n\nWe do not collect data from children.')).toEqual([]);
    expect(valueOf('cookies', 'Cookies we use:\n\n* **Essential** (always on) – needed for the site\n* **Note**: you can block cookies.')).toEqual([]);
  });
});

describe('cookies: known names are read by a loop (issue 14, speed)', () => {
  // The loop replaces /[A-Za-z][\w.-]{1,40}/g and stripping trailing dots and dashes: the same names, in order.
  const byRegex = (text: string): string[] => [...text.matchAll(/[A-Za-z][\w.-]{1,40}/g)]
    .map((m) => m[0].replace(/[.-]+$/, '')).filter((word) => KNOWN_COOKIE_NAMES.has(word));
  it.each([
    'We set PHPSESSID, _ga and NID.',
    'Cookies: JSESSIONID-- and ASP.NET_SessionId. then IDE.',
    '1NID x_NID NIDs a NID',
    `${'a'.repeat(39)}NID and ${'b'.repeat(40)}NID and ${'c'.repeat(41)}NID`,
    'euconsent-v2, VISITOR_INFO1_LIVE; intercom-id.. ZD-buid- (MUIDB) é_NID',
    '',
  ])('%s', (text) => {
    expect(knownNamesIn(text)).toEqual(byRegex(text));
  });
});
