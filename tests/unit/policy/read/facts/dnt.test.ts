import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('dnt', () => {
  it('reads the common "we do not respond" wordings', () => {
    expect(valueOf('dnt', 'We do not currently respond to web browsers’ “Do Not Track” signals.')).toBe('not-honored');
    expect(valueOf('dnt', 'As there is no fixed standard for do not track signals, we currently do not respond to them.')).toBe('not-honored');
    expect(valueOf('dnt', 'Our site does not recognize or respond to DNT signals.')).toBe('not-honored');
    expect(valueOf('dnt', 'We are not able to honor Do-Not-Track requests at this time.')).toBe('not-honored');
    expect(valueOf('dnt', 'Do Not Track (DNT) signals are sent by browsers. We do not assign any meaning to DNT signals.')).toBe('not-honored');
  });

  it('reads a refusal under a "Do Not Track" heading that says "such signals"', () => {
    expect(valueOf('dnt', '## Do Not Track\n\nSome browsers send a signal asking sites not to track you. We do not respond to such signals.')).toBe('not-honored');
  });

  it('reads honouring', () => {
    expect(valueOf('dnt', 'We honor Do Not Track signals and do not track users who have enabled them.')).toBe('honored');
    expect(valueOf('dnt', 'When we receive a DNT signal from your browser, we will not set analytics cookies.')).toBe('honored');
  });

  it('does not attribute third parties’ behaviour to the site', () => {
    expect(valueOf('dnt', 'Third-party advertisers on our site do not respond to Do Not Track signals.')).toBe('unspecified');
  });

  it('is unspecified for a mere mention', () => {
    expect(factOf('dnt', 'Do Not Track is a privacy preference you can set in your browser.')).toEqual({ value: 'unspecified', evidence: [] });
  });

  it('reads the site as the subject after a comparison with other companies (issue 14, third pass)', () => {
    expect(factOf('dnt', 'Like many other companies, we do not honor DNT flags but instead offer other choices.').value).toBe('not-honored');
    expect(factOf('dnt', 'Third parties may not respond to Do Not Track signals.').value).toBe('unspecified');
  });
});

describe('dnt: the signal named in the sentence before, and "like any other" (issue 14, fourth pass)', () => {
  it('reads a refusal that refers back to the signal', () => {
    expect(valueOf('dnt', 'Browsers can send a "Do Not Track" header. Our shop does not act on such headers today.')).toBe('not-honored');
    expect(valueOf('dnt', '## Do Not Track\n\nOur pages are not set up to respond to it.')).toBe('not-honored');
    expect(valueOf('dnt', '## DNT\n\nWe handle browsers that send the signal the same way as all other browsers.')).toBe('not-honored');
    expect(valueOf('dnt', 'We do not follow people across other sites over time and across third party services, and so do not respond to Do Not Track.')).toBe('not-honored');
    // Near misses: the next sentence is about something else; a third party's behaviour.
    expect(valueOf('dnt', 'Browsers can send a "Do Not Track" header. Our shop ships to Europe.')).toBe('unspecified');
    expect(valueOf('dnt', 'Advertising partners on our pages may not respond to Do Not Track.')).toBe('unspecified');
  });

  it('reads the reader\'s signal that stops the site\'s tracking', () => {
    expect(valueOf('dnt', 'If your browser sends Do Not Track, we do not load our analytics script.')).toBe('honored');
  });
});

describe('dnt: unseen policies, fifth pass (issue 14)', () => {
  it('reads "treated just like all our other visitors" as not honoured', () => {
    expect(valueOf('dnt', 'When your browser sends a Do Not Track header, we treat you just like all our other visitors.')).toBe('not-honored');
  });
  it('does not read treating the signal as something else that way', () => {
    expect(valueOf('dnt', 'When your browser sends a Do Not Track header, we treat it just like an opt-out request.')).not.toBe('not-honored');
  });
});

describe('dnt: session 22 (issue 14)', () => {
  it('reads "honors" before a quoted signal name', () => {
    expect(valueOf('dnt', 'Our shop honors "Do Not Track" requests from your browser.')).toBe('honored');
    expect(valueOf('dnt', 'Our shop ignores "Do Not Track" requests from your browser.')).toBe('not-honored');
  });
  it('reads "we will not track you" after the signal as honouring it', () => {
    expect(valueOf('dnt', 'If your browser sends a Do Not Track signal, we will not track your visits to other sites.')).toBe('honored');
    expect(valueOf('dnt', 'If your browser sends a Do Not Track signal, we will continue to track your visits as usual.')).toBe('not-honored');
  });
});

describe('dnt: the site as the subject (issue 14, session 22)', () => {
  it('reads "our website responds to DNT signals" as honoured', () => {
    expect(valueOf('dnt', 'Our website responds to Do Not Track signals by switching off third-party analytics.')).toBe('honored');
    expect(valueOf('dnt', 'Other websites respond to Do Not Track signals in different ways.')).toBe('unspecified');
  });
});

describe('Do Not Track: near misses from the review of session 22', () => {
  it('does not read a site supporting browsers that send Do Not Track as honouring it', () => {
    expect(valueOf('dnt', 'Our site supports many browsers, including ones that send Do Not Track.')).toBe('unspecified');
  });

  it('does not read respect for privacy beside the reader\'s own Do Not Track setting as honouring it', () => {
    expect(valueOf('dnt', 'Our website respects your privacy and you can turn on Do Not Track in your browser settings.')).toBe('unspecified');
    expect(valueOf('dnt', 'We respect your privacy and you can turn on Do Not Track in your browser settings.')).toBe('unspecified');
  });
});
