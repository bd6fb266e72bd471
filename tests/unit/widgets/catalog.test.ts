import { nameMatches } from '../../../lib/widgets/name-match';
import vm from 'node:vm';
import { parseHTML } from 'linkedom';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { widgetCatalog } from '../../../lib/widgets/catalog';
import { hostMatches, hostnameOf } from '../../../lib/widgets/host-match';
import type { VendorCookieSpec, WidgetSpec } from '../../../lib/widgets/types';
import { vendorSimulations, type VendorSimulation } from '../../fixtures/vendors/simulations';

const catalog: readonly WidgetSpec[] = widgetCatalog;

/** Ids other parts of the project (rules, CLI, tests) rely on. */
const REQUIRED_IDS = [
  'zendesk-chat', 'jivochat', 'intercom', 'drift', 'tawk-to', 'livechat', 'crisp', 'olark', 'hubspot-chat', 'tidio',
  'freshchat', 'smartsupp', 'userlike', 'liveperson', 'chatra', 'zoho-salesiq', 'helpscout-beacon', 'gorgias', 'pure-chat',
  'snapengage', 'reamaze', 'chaport', 'facebook-customer-chat',
];

const SIMULATED_IDS = [
  'zendesk-chat', 'jivochat', 'intercom', 'drift', 'tawk-to', 'livechat', 'crisp', 'olark', 'hubspot-chat', 'tidio',
  'freshchat', 'smartsupp', 'chatra', 'zoho-salesiq',
];

/** Hosts that serve many unrelated sites or products: never evidence of a chat widget, nor any subdomain of them. */
const SHARED_HOSTS = [
  'facebook.net', 'facebook.com', 'google.com', 'googleapis.com', 'gstatic.com', 'googletagmanager.com',
  'google-analytics.com', 'doubleclick.net', 'cloudfront.net', 'amazonaws.com', 'azureedge.net', 'akamaihd.net',
  'cloudflare.com', 'jsdelivr.net', 'unpkg.com', 'cdn77.org', 'fw-cdn.com', 'hs-scripts.com', 'hs-analytics.net',
  'zohocdn.com', 'shopify.com', 'wp.com',
];
/** Hosts shared with a vendor's other products; their subdomains may still be widget-only. */
const SHARED_EXACT_HOSTS = ['static.zdassets.com', 'zdassets.com', 'zendesk.com', 'hubspot.com', 'freshworks.com', 'zoho.com'];

/** URLs common on pages without any chat widget: no URL pattern may match them. */
const NON_CHAT_URLS = [
  'https://connect.facebook.net/en_US/fbevents.js',
  'https://connect.facebook.net/en_US/sdk.js',
  'https://static.zdassets.com/hc/assets/application.js',
  'https://support.zendesk.com/hc/en-us/articles/123',
  'https://js.hs-scripts.com/20000001.js',
  'https://www.googletagmanager.com/gtag/js?id=G-1',
  'https://storage.googleapis.com/some-bucket/app.js',
  'https://cdn.jsdelivr.net/npm/vue@3/dist/vue.global.js',
  'https://js.zohocdn.com/crm/scripts/webform.js',
  'https://cdn.example.com/js/chat.js',
];

/** Cookie names of ordinary sites (and of the demo's own chat decoy): no vendor may claim them. */
const SITE_COOKIES = ['chat_pref', 'session', 'sessionid', 'PHPSESSID', 'JSESSIONID', '_ga', '_gid', '_fbp', 'lang', 'consent', 'cookie_consent', 'csrftoken', 'token', 'uid', 'id', 'ok'];

/** Global names a page may well define for itself. */
const GENERIC_GLOBALS = ['chat', 'widget', 'app', 'config', 'settings', 'api', 'support', 'help', 'messenger', 'beacon', 'fb', 'jquery', '$', '_', 'datalayer', 'gtag', 'user', 'data', 'init', 'qualified', 'livechat', 'chatwidget'];

/** Selectors a site may well use for its own chat button. */
const GENERIC_SELECTORS = ['#chat', '.chat', '#launcher', '.launcher', 'iframe', '#widget', '.widget', '#chat-widget', '.chat-widget', '#live-chat', '.live-chat', '#chatbox', '.chatbox', '#messenger', '.messenger'];

/** A page that talks about chat and has its own chat button (the demo's decoy blog, in short). */
const DECOY_PAGE = `<!doctype html><html><head><title>Blog</title></head><body>
<article><p>Zendesk, Intercom and Drift all offer live chat; we built our own.</p>
<div id="chat" class="chat-widget live-chat">Chat with us</div><button class="launcher" id="launcher">Help</button>
<iframe title="Chat" src="/chat.html"></iframe><div class="messenger"></div></article></body></html>`;

const specOf = (id: string): WidgetSpec => {
  const spec = catalog.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`no catalogue entry ${id}`);
  return spec;
};

const cookieMatches = (spec: VendorCookieSpec, name: string) => nameMatches(spec, name);

const urlClaimedBy = (spec: WidgetSpec, url: string): boolean => {
  const hostname = hostnameOf(url);
  if (hostname && spec.scriptHosts.some((host) => hostMatches(hostname, host))) return true;
  return spec.urlPatterns.some((source) => new RegExp(source, 'i').test(url));
};

/** Seconds of a documented lifetime ("9 months"), 'session', or null when none is documented. */
function lifetimeSeconds(lifetime: string): number | 'session' | null {
  if (lifetime === 'session') return 'session';
  const parsed = /^(\d+) (minute|hour|day|week|month|year)s?$/.exec(lifetime);
  if (!parsed) return null;
  const unit = { minute: 60, hour: 3_600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_536_000 }[parsed[2] as 'day'];
  return Number(parsed[1]) * unit;
}

describe('widget catalogue', () => {
  it('has at least 30 vendors, including the ones the project relies on', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(30);
    const ids = catalog.map((spec) => spec.id);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('uses unique kebab-case ids', () => {
    const ids = catalog.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('names each product and vendor, with https website and policy URLs', () => {
    for (const spec of catalog) {
      expect(spec.name.trim(), spec.id).not.toBe('');
      expect(spec.vendor.trim(), spec.id).not.toBe('');
      for (const url of [spec.website, spec.policyUrl]) {
        expect(new URL(url).protocol, `${spec.id} ${url}`).toBe('https:');
      }
    }
    expect(specOf('zendesk-chat').name).toBe('Zendesk Chat (Zopim)');
    expect(specOf('zendesk-chat').vendor).toBe('Zendesk');
  });

  it('gives every vendor a script host or URL pattern', () => {
    for (const spec of catalog) {
      expect(spec.scriptHosts.length + spec.urlPatterns.length, spec.id).toBeGreaterThan(0);
    }
  });

  it('lists only specific hostnames as script hosts', () => {
    for (const spec of catalog) {
      for (const host of spec.scriptHosts) {
        const label = `${spec.id} ${host}`;
        expect(host, label).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/);
        // A bare public suffix (co.uk, github.io...) would match whole swathes of the web.
        expect(getDomain(host), label).not.toBeNull();
        for (const shared of SHARED_HOSTS) expect(hostMatches(host, shared), `${label} is under ${shared}`).toBe(false);
        expect(SHARED_EXACT_HOSTS, label).not.toContain(host);
      }
    }
  });

  it('compiles every URL pattern and never matches common non-chat URLs', () => {
    for (const spec of catalog) {
      for (const source of spec.urlPatterns) {
        const pattern = new RegExp(source, 'i');
        for (const url of NON_CHAT_URLS) expect(pattern.test(url), `${spec.id} /${source}/ matches ${url}`).toBe(false);
      }
    }
  });

  it('recognises the widget URLs of vendors served from shared hosts', () => {
    const cases: [string, string][] = [
      ['facebook-customer-chat', 'https://connect.facebook.net/en_US/sdk/xfbml.customerchat.js'],
      ['zendesk-chat', 'https://static.zdassets.com/ekr/snippet.js?key=abc'],
      ['zendesk-chat', 'https://v2.zopim.com/?abc'],
      ['zendesk-chat', 'https://acme.zendesk.com/embeddable/config'],
      ['snapengage', 'https://storage.googleapis.com/code.snapengage.com/js/abc.js'],
      ['hubspot-chat', 'https://js.usemessages.com/conversations-embed.js'],
      ['smartsupp', 'https://smartsupp-widget-161959.c.cdn77.org/build/smartchat.min.js'],
    ];
    for (const [id, url] of cases) expect(urlClaimedBy(specOf(id), url), `${id} ${url}`).toBe(true);
  });

  it('never lets two vendors claim the same host', () => {
    for (const a of catalog) {
      for (const b of catalog) {
        if (a === b) continue;
        for (const hostA of a.scriptHosts) {
          for (const hostB of b.scriptHosts) {
            expect(hostMatches(hostA, hostB), `${a.id} ${hostA} vs ${b.id} ${hostB}`).toBe(false);
          }
        }
      }
    }
  });

  it('uses valid, specific DOM marker selectors', () => {
    const { document } = parseHTML(DECOY_PAGE);
    for (const spec of catalog) {
      for (const marker of spec.domMarkers) {
        const label = `${spec.id} ${marker.selector}`;
        expect(marker.label.trim(), label).not.toBe('');
        expect(() => document.querySelector(marker.selector), label).not.toThrow();
        expect(GENERIC_SELECTORS, label).not.toContain(marker.selector.toLowerCase());
        // The decoy page has a home-made chat button; no vendor marker may take it for a widget.
        expect(document.querySelector(marker.selector), `${label} matches the decoy page`).toBeNull();
      }
    }
  });

  it('uses JavaScript identifiers (or dotted paths) that pages do not define for themselves', () => {
    const seen = new Map<string, string>();
    for (const spec of catalog) {
      for (const name of spec.globals) {
        const label = `${spec.id} ${name}`;
        expect(name, label).toMatch(/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/);
        expect(GENERIC_GLOBALS, label).not.toContain(name.toLowerCase());
        expect(seen.get(name), `${label} also claimed by ${seen.get(name)}`).toBeUndefined();
        seen.set(name, spec.id);
      }
    }
  });

  it('describes every cookie, with prefixes that cannot swallow ordinary names', () => {
    for (const spec of catalog) {
      for (const cookie of spec.cookies) {
        const label = `${spec.id} ${cookie.name}`;
        expect(cookie.name.trim(), label).not.toBe('');
        expect(cookie.name, label).not.toMatch(/[\s;=,]/);
        expect(cookie.purpose.trim().length, label).toBeGreaterThan(10);
        expect(cookie.lifetime.trim(), label).not.toBe('');
        if (cookie.match === 'prefix') {
          expect(cookie.name.length, label).toBeGreaterThanOrEqual(4);
          expect(cookie.name, label).toMatch(/(?:[-_./]|%2F)$/);
        }
        // A fixed end after a site's or account's name: it starts at a separator and is long enough to be the vendor's own.
        if (cookie.match === 'suffix') {
          expect(cookie.name.length, label).toBeGreaterThanOrEqual(5);
          expect(cookie.name, label).toMatch(/^[-_.]/);
        }
        for (const name of SITE_COOKIES) expect(cookieMatches(cookie, name), `${label} claims ${name}`).toBe(false);
      }
    }
  });

  it('never lets two vendors claim the same cookie', () => {
    for (const a of catalog) {
      for (const b of catalog) {
        if (a === b) continue;
        for (const cookieA of a.cookies) {
          for (const cookieB of b.cookies) {
            // Either spec matching the other's name (a prefix covering an exact name, or two overlapping prefixes).
            const overlap = cookieMatches(cookieA, cookieB.name) || cookieMatches(cookieB, cookieA.name);
            expect(overlap, `${a.id} ${cookieA.name} vs ${b.id} ${cookieB.name}`).toBe(false);
          }
        }
      }
    }
  });

  it('backs every opt-out with a documented cookie, value and https page', () => {
    const withOptOut = catalog.filter((spec) => spec.optOut);
    expect(withOptOut.map((spec) => spec.id)).toContain('zendesk-chat');
    for (const spec of withOptOut) {
      const optOut = spec.optOut!;
      expect(optOut.kind).toBe('cookie');
      expect(optOut.cookies.length, spec.id).toBeGreaterThan(0);
      for (const cookie of optOut.cookies) {
        expect(cookie.name, spec.id).toMatch(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/);
        expect(cookie.value.trim(), spec.id).not.toBe('');
        // The opt-out cookie is one the catalogue knows, so the cookie table can explain it.
        expect(spec.cookies.some((known) => known.name === cookie.name), `${spec.id} ${cookie.name}`).toBe(true);
      }
      expect(optOut.effect.trim().length, spec.id).toBeGreaterThan(10);
      expect(new URL(optOut.docUrl).protocol, spec.id).toBe('https:');
    }
    expect(specOf('zendesk-chat').optOut!.cookies).toEqual([
      { name: '__zlcprivacy', value: '0' },
      { name: '__zprivacy', value: '0' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Simulations: checked against the catalogue, then run in a DOM to see what a detector would see.

interface CookieWrite {
  readonly value: string;
  readonly attributes: ReadonlyMap<string, string>;
}

interface SimulationRun {
  readonly document: Document;
  readonly window: Record<string, unknown>;
  readonly cookies: ReadonlyMap<string, CookieWrite>;
  readonly scriptUrls: readonly string[];
  readonly frameUrls: readonly string[];
}

const sameResource = (assetUrl: string, url: URL) => {
  const asset = new URL(assetUrl);
  return asset.hostname === url.hostname && asset.pathname === url.pathname && url.protocol === 'https:';
};

/**
 * Runs a simulation's embed and the assets it pulls in, in a linkedom document inside a fresh
 * V8 context, as a browser would on a plain-http page of 127.0.0.1: inline and external scripts
 * in document order, then the window's load event. A script or frame URL that is not one of the
 * simulation's assets fails the run: the simulations must not reach anything else.
 */
function runSimulation(simulation: VendorSimulation, initialCookies: Record<string, string> = {}): SimulationRun {
  const { document, window: domWindow } = parseHTML(
    `<!doctype html><html><head><title>Test page</title></head><body><p>A page with one widget.</p>${simulation.embed}</body></html>`,
  );
  const jar = new Map<string, CookieWrite>(Object.entries(initialCookies).map(([name, value]) => [name, { value, attributes: new Map() }]));
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => [...jar].map(([name, cookie]) => `${name}=${cookie.value}`).join('; '),
    set: (text: string) => {
      const [pair = '', ...parts] = text.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const attributes = new Map(parts.map((part) => {
        const [key = '', ...rest] = part.split('=');
        return [key.trim().toLowerCase(), rest.join('=').trim()] as const;
      }));
      const maxAge = attributes.get('max-age');
      if (maxAge !== undefined && Number(maxAge) <= 0) jar.delete(name);
      else jar.set(name, { value, attributes });
    },
  });
  const storage = new Map<string, string>();
  const loadListeners: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const sandbox: Record<string, unknown> = {
    document,
    console,
    navigator: { userAgent: 'vitest' },
    location: { protocol: 'http:', host: '127.0.0.1:8080', hostname: '127.0.0.1', href: 'http://127.0.0.1:8080/vendor.html' },
    CustomEvent: domWindow.CustomEvent,
    Event: domWindow.Event,
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: unknown) => void storage.set(key, String(value)),
      removeItem: (key: string) => void storage.delete(key),
    },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') loadListeners.push(listener);
    },
    removeEventListener: () => {},
    setTimeout: (callback: () => void) => timers.push(callback),
    clearTimeout: () => {},
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.top = sandbox;
  const context = vm.createContext(sandbox);

  const executed = new Set<Element>();
  const scriptUrls: string[] = [];
  const runScripts = () => {
    for (;;) {
      const next = [...document.querySelectorAll('script')].find((script) => !executed.has(script));
      if (!next) return;
      executed.add(next);
      const src = next.getAttribute('src');
      if (src) {
        const url = new URL(src, 'http://127.0.0.1:8080/vendor.html');
        scriptUrls.push(url.href);
        const asset = simulation.assets.find((candidate) => sameResource(candidate.url, url));
        if (!asset) throw new Error(`${simulation.widgetId} loads ${url.href}, which is not one of its assets`);
        expect(asset.contentType, url.href).toMatch(/javascript/);
        vm.runInContext(asset.body, context, { filename: url.href });
      } else {
        vm.runInContext(next.textContent ?? '', context, { filename: `${simulation.widgetId} inline script` });
      }
    }
  };
  runScripts();
  for (const listener of loadListeners) listener();
  runScripts();
  for (let round = 0; round < 3 && timers.length; round++) timers.splice(0).forEach((callback) => callback());
  runScripts();

  const frameUrls = [...document.querySelectorAll('iframe[src]')].map((frame) => frame.getAttribute('src')!);
  for (const frameUrl of frameUrls) {
    const url = new URL(frameUrl, 'http://127.0.0.1:8080/vendor.html');
    if (url.protocol === 'about:') continue;
    const asset = simulation.assets.find((candidate) => sameResource(candidate.url, url));
    expect(asset, `${simulation.widgetId} frames ${url.href}, which is not one of its assets`).toBeDefined();
    expect(asset!.contentType, url.href).toMatch(/html/);
  }
  return { document: document as unknown as Document, window: sandbox, cookies: jar, scriptUrls, frameUrls };
}

const globalDefined = (window: Record<string, unknown>, name: string): boolean => {
  let value: unknown = window;
  for (const part of name.split('.')) {
    value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
  }
  return value !== undefined && value !== null;
};

describe('vendor simulations', () => {
  it('cover the vendors the end-to-end tests rely on, once each', () => {
    const ids = vendorSimulations.map((simulation) => simulation.widgetId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of SIMULATED_IDS) expect(ids).toContain(id);
  });

  for (const simulation of vendorSimulations) {
    describe(simulation.widgetId, () => {
      it('is a catalogue vendor whose hosts cover its assets', () => {
        const spec = specOf(simulation.widgetId);
        for (const asset of simulation.assets) {
          const url = new URL(asset.url);
          expect(url.protocol, asset.url).toBe('https:');
          expect(url.search, asset.url).toBe('');
          if (asset.sharedHost) {
            // A generic loader: no vendor may claim it, or every site using it would show a chat.
            for (const other of catalog) expect(urlClaimedBy(other, asset.url), `${other.id} claims ${asset.url}`).toBe(false);
          } else {
            expect(urlClaimedBy(spec, asset.url), `${asset.url} is not covered by ${spec.id}`).toBe(true);
          }
        }
        for (const name of simulation.setsCookies) {
          expect(spec.cookies.some((cookie) => cookieMatches(cookie, name)), `${name} is not in ${spec.id}'s cookies`).toBe(true);
        }
      });

      it('leaves the footprint the catalogue describes, and only its own', () => {
        const spec = specOf(simulation.widgetId);
        const run = runSimulation(simulation);
        // Its own infrastructure...
        expect(run.scriptUrls.some((url) => urlClaimedBy(spec, url)), run.scriptUrls.join(' ')).toBe(true);
        // ...and what the widget did on the page.
        const markers = spec.domMarkers.filter((marker) => run.document.querySelector(marker.selector));
        expect(markers.length, 'no DOM marker').toBeGreaterThan(0);
        const globals = spec.globals.filter((name) => globalDefined(run.window, name));
        expect(globals.length, 'no global').toBeGreaterThan(0);
        expect([...run.cookies.keys()].sort()).toEqual([...simulation.setsCookies].sort());
        // Nothing another vendor would claim.
        for (const other of catalog) {
          if (other.id === spec.id) continue;
          for (const url of [...run.scriptUrls, ...run.frameUrls]) expect(urlClaimedBy(other, url), `${other.id} claims ${url}`).toBe(false);
          for (const marker of other.domMarkers) expect(run.document.querySelector(marker.selector), `${other.id} ${marker.selector}`).toBeNull();
          for (const name of other.globals) expect(globalDefined(run.window, name), `${other.id} ${name}`).toBe(false);
          for (const name of run.cookies.keys()) {
            expect(other.cookies.some((cookie) => cookieMatches(cookie, name)), `${other.id} claims ${name}`).toBe(false);
          }
        }
      });

      it('sets its cookies on the site itself, for their documented lifetime', () => {
        const spec = specOf(simulation.widgetId);
        const run = runSimulation(simulation);
        for (const [name, cookie] of run.cookies) {
          expect(cookie.attributes.get('path'), name).toBe('/');
          expect(cookie.attributes.has('domain'), `${name} has a domain attribute`).toBe(false);
          const documented = spec.cookies.find((candidate) => cookieMatches(candidate, name))!;
          const expected = lifetimeSeconds(documented.lifetime);
          const maxAge = cookie.attributes.get('max-age');
          if (expected === 'session') {
            expect(maxAge, `${name} should be a session cookie`).toBeUndefined();
          } else if (expected !== null) {
            expect(maxAge, `${name} needs a max-age`).toBeDefined();
            expect(Math.abs(Number(maxAge) - expected) / expected, `${name}: max-age ${maxAge} vs ${documented.lifetime}`).toBeLessThan(0.05);
          }
        }
      });
    });
  }

  it('lets a Zendesk Chat visitor who refused chat cookies (__zlcprivacy=0) keep no visitor ID', () => {
    const zendesk = vendorSimulations.find((simulation) => simulation.widgetId === 'zendesk-chat')!;
    const refused = runSimulation(zendesk, { __zlcprivacy: '0' });
    expect(refused.cookies.has('__zlcmid')).toBe(false);
    expect(refused.document.querySelector('div.zopim')).not.toBeNull();
    expect(runSimulation(zendesk).cookies.has('__zlcmid')).toBe(true);
  });
});
