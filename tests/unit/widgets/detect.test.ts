import { describe, expect, it } from 'vitest';
import type { VendorCookieSpec, WidgetSpec } from '../../../lib/widgets/types';
import { cookieSpecMatches, createWidgetMatcher, type WidgetMatch } from '../../../lib/widgets/detect';
import { emptySignals, type PageSignals } from '../../../lib/widgets/signals';
import { fakeCatalog } from './fake-catalog';

const match = createWidgetMatcher(fakeCatalog);
const signals = (partial: Partial<PageSignals>): PageSignals => ({ ...emptySignals, ...partial });
const ids = (matches: WidgetMatch[]) => matches.map((found) => found.id);
const only = (matches: WidgetMatch[]): WidgetMatch => {
  expect(matches).toHaveLength(1);
  return matches[0]!;
};

describe('cookieSpecMatches', () => {
  const exact: VendorCookieSpec = { name: '__zlcmid', match: 'exact', purpose: '', category: 'functional', lifetime: '' };
  const prefix: VendorCookieSpec = { name: 'intercom-id-', match: 'prefix', purpose: '', category: 'functional', lifetime: '' };

  it('exact names match only themselves', () => {
    expect(cookieSpecMatches(exact, '__zlcmid')).toBe(true);
    expect(cookieSpecMatches(exact, '__zlcmid2')).toBe(false);
    expect(cookieSpecMatches(exact, '__zlc')).toBe(false);
    expect(cookieSpecMatches(exact, '__ZLCMID')).toBe(false);
  });

  it('prefix names match anything that starts with them', () => {
    expect(cookieSpecMatches(prefix, 'intercom-id-abc123')).toBe(true);
    expect(cookieSpecMatches(prefix, 'intercom-id-')).toBe(true);
    expect(cookieSpecMatches(prefix, 'intercom-i')).toBe(false);
    expect(cookieSpecMatches(prefix, 'my-intercom-id-x')).toBe(false);
  });
});

describe('createWidgetMatcher: evidence from URLs', () => {
  it('finds a widget by a script from one of its hosts, subdomains included', () => {
    const found = only(match(signals({ scriptUrls: ['https://v2.zopim.com/?2rx8ABC'] })));
    expect(found).toEqual({
      id: 'zendesk-chat',
      name: 'Zendesk Chat (Zopim)',
      vendor: 'Zendesk',
      evidence: ['script https://v2.zopim.com/?2rx8ABC'],
      // With the vendor's policy, so that pages showing a match need no catalogue.
      policyUrl: 'https://www.zendesk.com/company/privacy/',
    });
  });

  it("carries the vendor's opt-out (what it does, where it is documented), not its cookies", () => {
    const zendesk = fakeCatalog[0]!;
    const withOptOut: WidgetSpec = {
      ...zendesk,
      optOut: { kind: 'cookie', cookies: [{ name: '__zprivacy', value: '0' }], effect: 'Stops the visitor ID.', docUrl: 'https://support.example/opt-out' },
    };
    const found = only(createWidgetMatcher([withOptOut])(signals({ scriptUrls: ['https://v2.zopim.com/?2rx8ABC'] })));
    expect(found.optOut).toEqual({ effect: 'Stops the visitor ID.', docUrl: 'https://support.example/opt-out' });
  });

  it('finds a widget by an iframe', () => {
    const found = only(match(signals({ frameUrls: ['https://static.zdassets.com/web_widget/latest/frame.html'] })));
    expect(found.id).toBe('zendesk-chat');
    expect(found.evidence).toEqual(['iframe https://static.zdassets.com/web_widget/latest/frame.html']);
  });

  it('finds a widget by a request the tab made (sockets included)', () => {
    const found = only(match(signals({ requestUrls: ['wss://widget-mediator.zopim.com/s/W/ws/abc'] })));
    expect(found.id).toBe('zendesk-chat');
    expect(found.evidence).toEqual(['request wss://widget-mediator.zopim.com/s/W/ws/abc']);
  });

  it('matches a host that appears with capitals in the URL', () => {
    expect(ids(match(signals({ scriptUrls: ['https://WIDGET.Intercom.IO/widget/abc'] })))).toEqual(['intercom']);
  });

  it('does not match look-alike hosts (suffix without a dot boundary, host as a left part)', () => {
    const found = match(
      signals({
        scriptUrls: ['https://evil-zopim.com/widget.js', 'https://zopim.com.evil.net/widget.js', 'https://notzdassets.com/x.js'],
        frameUrls: ['https://zopim.com@evil.net/frame'],
        requestUrls: ['https://evil.net/zopim.com/x', 'https://evil.net/?host=widget.intercom.io'],
      }),
    );
    expect(found).toEqual([]);
  });

  it('does not match a parent domain of a catalogue host', () => {
    // The catalogue lists widget.intercom.io, not intercom.io: the vendor's marketing site is no widget.
    expect(match(signals({ requestUrls: ['https://www.intercom.io/pricing', 'https://intercom.io/'] }))).toEqual([]);
  });

  it('ignores strings that are not absolute URLs', () => {
    expect(match(signals({ scriptUrls: ['', 'not a url', '/zopim.com/chat.js', 'zopim.com'] }))).toEqual([]);
  });

  it('matches URL patterns against the full URL, case-insensitively', () => {
    expect(ids(match(signals({ scriptUrls: ['https://js.hs-scripts.com/4242.js'] })))).toEqual(['hubspot-chat']);
    expect(ids(match(signals({ scriptUrls: ['HTTPS://JS.HS-SCRIPTS.COM/4242.js'] })))).toEqual(['hubspot-chat']);
  });

  it('does not match the shared host of a URL pattern on its own', () => {
    expect(match(signals({ scriptUrls: ['https://js.hs-scripts.com/analytics.js', 'https://js.hs-scripts.com/'] }))).toEqual([]);
    // Anchored pattern: the host must be the pattern's, not merely present in the URL.
    expect(match(signals({ scriptUrls: ['https://evil.net/https://js.hs-scripts.com/4242.js'] }))).toEqual([]);
  });

  it('quotes at most 3 URLs of each kind, but every kind', () => {
    const zopimUrls = (kind: string) => Array.from({ length: 6 }, (_, index) => `https://v2.zopim.com/${kind}/${index}`);
    const found = only(
      match(signals({ scriptUrls: zopimUrls('s'), frameUrls: zopimUrls('f'), requestUrls: ['https://example.com/', ...zopimUrls('r')] })),
    );
    expect(found.evidence).toEqual([
      'script https://v2.zopim.com/s/0',
      'script https://v2.zopim.com/s/1',
      'script https://v2.zopim.com/s/2',
      'iframe https://v2.zopim.com/f/0',
      'iframe https://v2.zopim.com/f/1',
      'iframe https://v2.zopim.com/f/2',
      'request https://v2.zopim.com/r/0',
      'request https://v2.zopim.com/r/1',
      'request https://v2.zopim.com/r/2',
    ]);
  });

  it('skips other vendors\' URLs when counting towards the cap', () => {
    const found = match(
      signals({
        scriptUrls: ['https://widget.intercom.io/1', 'https://v2.zopim.com/a', 'https://widget.intercom.io/2', 'https://v2.zopim.com/b'],
      }),
    );
    expect(found.find((widget) => widget.id === 'zendesk-chat')?.evidence).toEqual([
      'script https://v2.zopim.com/a',
      'script https://v2.zopim.com/b',
    ]);
    expect(found.find((widget) => widget.id === 'intercom')?.evidence).toEqual([
      'script https://widget.intercom.io/1',
      'script https://widget.intercom.io/2',
    ]);
  });
});

describe('createWidgetMatcher: markers and globals', () => {
  it('finds a widget by a DOM marker and names the element', () => {
    const found = only(match(signals({ markers: ['#intercom-container'] })));
    expect(found.id).toBe('intercom');
    expect(found.evidence).toEqual(['element #intercom-container (messenger container)']);
  });

  it('reports every marker of the widget that is present', () => {
    const found = only(match(signals({ markers: ['.zopim', 'iframe#launcher', '.unrelated'] })));
    expect(found.evidence).toEqual(['element iframe#launcher (launcher iframe)', 'element .zopim (chat window)']);
  });

  it('finds a widget by its window global', () => {
    const found = only(match(signals({ globals: ['$zopim'] })));
    expect(found.id).toBe('zendesk-chat');
    expect(found.evidence).toEqual(['global $zopim']);
  });

  it('ignores markers and globals that belong to no widget', () => {
    expect(match(signals({ markers: ['#launcher', '.chat', 'iframe'], globals: ['jQuery', 'zopim', 'intercom'] }))).toEqual([]);
  });
});

describe('createWidgetMatcher: cookies', () => {
  it('one cookie of a vendor is not enough', () => {
    expect(match(signals({ cookieNames: ['__zlcmid'] }))).toEqual([]);
    expect(match(signals({ cookieNames: ['intercom-id-abc'] }))).toEqual([]);
  });

  it('two distinct cookies of one vendor are', () => {
    const found = only(match(signals({ cookieNames: ['session', '__zlcmid', '__zlcprivacy'] })));
    expect(found.id).toBe('zendesk-chat');
    expect(found.evidence).toEqual(['cookie __zlcmid', 'cookie __zlcprivacy']);
  });

  it('an exact and a prefix cookie together are enough', () => {
    const found = only(match(signals({ cookieNames: ['zte2c0ffee', '__zlcmid'] })));
    expect(found.evidence).toEqual(['cookie zte2c0ffee', 'cookie __zlcmid']);
  });

  it('the same cookie name listed twice counts once', () => {
    expect(match(signals({ cookieNames: ['__zlcmid', '__zlcmid'] }))).toEqual([]);
  });

  it('two cookies matched by the same catalogue entry count as one kind of cookie', () => {
    // intercom-id-<app> for two apps is still only the visitor id, not two independent traces.
    expect(match(signals({ cookieNames: ['intercom-id-app1', 'intercom-id-app2'] }))).toEqual([]);
    expect(ids(match(signals({ cookieNames: ['intercom-id-app1', 'intercom-session-app1'] })))).toEqual(['intercom']);
  });

  it('cookies of two different vendors do not add up', () => {
    expect(match(signals({ cookieNames: ['__zlcmid', 'intercom-id-app1', 'messagesUtk'] }))).toEqual([]);
  });

  it('a single cookie is still quoted as evidence when stronger evidence found the widget', () => {
    const found = only(match(signals({ globals: ['zE'], cookieNames: ['__zlcmid'] })));
    expect(found.evidence).toEqual(['global zE', 'cookie __zlcmid']);
  });
});

describe('createWidgetMatcher: whole pages', () => {
  it('a page with its own chat script, a chat-ish cookie and "live chat" text matches nothing', () => {
    const decoy = signals({
      scriptUrls: ['https://shop.example.com/chat.js', 'https://shop.example.com/static/livechat.min.js', 'https://cdn.example.net/chat/zopim-theme.js'],
      frameUrls: ['https://shop.example.com/support/chat'],
      // The content script only reports catalogue selectors; the page's own ".live-chat" text is no marker.
      markers: [],
      globals: [],
      cookieNames: ['chat_pref', 'session_id', 'zopim'],
      requestUrls: ['https://shop.example.com/api/live-chat/messages'],
    });
    expect(match(decoy)).toEqual([]);
  });

  it('an empty page matches nothing', () => {
    expect(match(emptySignals)).toEqual([]);
  });

  it('reports several widgets at once, in catalogue order, each with its own evidence', () => {
    const found = match(
      signals({
        scriptUrls: ['https://js.hs-scripts.com/99.js', 'https://static.zdassets.com/ekr/snippet.js'],
        globals: ['Intercom'],
        cookieNames: ['__zlcmid'],
      }),
    );
    expect(found).toEqual([
      { id: 'zendesk-chat', name: 'Zendesk Chat (Zopim)', vendor: 'Zendesk', evidence: ['script https://static.zdassets.com/ekr/snippet.js', 'cookie __zlcmid'], policyUrl: 'https://www.zendesk.com/company/privacy/' },
      { id: 'intercom', name: 'Intercom Messenger', vendor: 'Intercom', evidence: ['global Intercom'], policyUrl: 'https://www.intercom.com/legal/privacy' },
      { id: 'hubspot-chat', name: 'HubSpot Chat', vendor: 'HubSpot', evidence: ['script https://js.hs-scripts.com/99.js'], policyUrl: 'https://legal.hubspot.com/privacy-policy' },
    ]);
  });

  it('gives the same answer when called again (no state kept between pages)', () => {
    const page = signals({ scriptUrls: ['https://v2.zopim.com/'] });
    const first = match(page);
    match(signals({ globals: ['Intercom'] }));
    expect(match(page)).toEqual(first);
  });

  it('an empty catalogue matches nothing', () => {
    expect(createWidgetMatcher([])(signals({ scriptUrls: ['https://v2.zopim.com/'] }))).toEqual([]);
  });

  it('a broken URL pattern fails when the matcher is built, not later on a page', () => {
    const broken: WidgetSpec = { ...fakeCatalog[0]!, urlPatterns: ['(unclosed'] };
    expect(() => createWidgetMatcher([broken])).toThrow(SyntaxError);
  });
});
