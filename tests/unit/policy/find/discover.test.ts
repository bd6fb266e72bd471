import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import {
  fallbackPolicyPaths,
  foldForMatching,
  hasPolicySignal,
  rankPolicyLinks,
  type LinkCandidateInput,
} from '../../../../lib/policy/find/discover';
import { collectLinkCandidates } from '../../../../lib/policy/find/collect-links';

/** A link as the content script would send it; footer links unless said otherwise. */
function link(href: string, text: string, extra: Partial<LinkCandidateInput> = {}): LinkCandidateInput {
  return { href, text, rel: '', inFooter: true, ...extra };
}

const urls = (pageUrl: string, links: LinkCandidateInput[]): string[] => rankPolicyLinks(pageUrl, links).map((r) => r.url);
const top = (pageUrl: string, links: LinkCandidateInput[]): string | undefined => urls(pageUrl, links)[0];

describe('rankPolicyLinks: English sites', () => {
  it('picks the policy from a US retail footer full of look-alikes', () => {
    const page = 'https://www.shop.example.com/';
    const links = [
      link('https://www.shop.example.com/help', 'Help', { inFooter: false }),
      link('https://www.shop.example.com/about', 'About Us'),
      link('https://careers.shop.example.com/', 'Careers'),
      link('https://www.shop.example.com/legal/terms-of-use', 'Terms of Use'),
      link('https://www.shop.example.com/legal/privacy-policy', 'Privacy Policy'),
      link('https://www.shop.example.com/legal/ca-privacy-notice', 'California Privacy Notice'),
      link('javascript:void(0)', 'Cookie Settings'),
      link('https://www.shop.example.com/#', 'Cookie Preferences'),
      link('https://www.shop.example.com/ccpa-opt-out', 'Do Not Sell or Share My Personal Information'),
      link('https://www.shop.example.com/privacy-choices', 'Your Privacy Choices'),
      link('https://www.shop.example.com/accessibility', 'Accessibility'),
      link('mailto:privacy@shop.example.com', 'privacy@shop.example.com'),
    ];
    const ranked = rankPolicyLinks(page, links);
    expect(ranked.map((r) => r.url)).toEqual([
      'https://www.shop.example.com/legal/privacy-policy',
      'https://www.shop.example.com/legal/ca-privacy-notice',
    ]);
    expect(ranked[0]?.reasons).toEqual(expect.arrayContaining(['text "privacy policy" (en)', 'exact label', 'footer', 'same site']));
    expect(ranked[0]?.sameSite).toBe(true);
  });

  it('trusts rel="privacy-policy" over link text (WordPress)', () => {
    const page = 'https://blog.example.org/2024/05/hello-world/';
    const links = [
      link('https://blog.example.org/privacy-matters/', 'Why privacy matters', { inFooter: false }),
      link('https://blog.example.org/datenschutz/', 'Data', { rel: 'privacy-policy' }),
      link('https://blog.example.org/privacy/', 'Privacy'),
    ];
    const ranked = rankPolicyLinks(page, links);
    expect(ranked[0]?.url).toBe('https://blog.example.org/datenschutz/');
    expect(ranked[0]?.reasons[0]).toBe('rel=privacy-policy');
  });

  it('accepts rel="privacy-policy" on a <link> in the head, whatever the case and other tokens', () => {
    const ranked = rankPolicyLinks('https://example.com/', [
      link('/legal/data', '', { rel: 'Privacy-Policy noopener', inFooter: false }),
    ]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.url).toBe('https://example.com/legal/data');
  });

  it("prefers the site's own policy to a vendor's (reCAPTCHA badge, chat widget)", () => {
    const page = 'https://www.acme-widgets.com/contact';
    const links = [
      // reCAPTCHA's badge text: "protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply"
      link('https://policies.google.com/privacy', 'Privacy Policy', { inFooter: false }),
      link('https://policies.google.com/terms', 'Terms of Service', { inFooter: false }),
      link('https://www.intercom.com/legal/privacy', 'Privacy', { inFooter: false }),
      link('https://www.acme-widgets.com/privacy', 'Privacy'),
    ];
    const ranked = rankPolicyLinks(page, links);
    expect(ranked[0]?.url).toBe('https://www.acme-widgets.com/privacy');
    const google = ranked.find((r) => r.url === 'https://policies.google.com/privacy');
    expect(google?.sameSite).toBe(false);
    expect(google?.reasons).toContain('third party (google.com)');
  });

  it('still returns a third-party policy when it is the only one (hosted policy services)', () => {
    const ranked = rankPolicyLinks('https://tiny-shop.example/', [
      link('https://www.iubenda.com/privacy-policy/12345678', 'Privacy Policy'),
    ]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.sameSite).toBe(false);
  });

  it('finds nothing on a page whose only privacy control is a "Cookie settings" button', () => {
    const page = 'https://news.example.net/article/123';
    const links = [
      link('https://news.example.net/article/123#', 'Cookie settings'),
      link('javascript:Optanon.ToggleInfoDisplay()', 'Cookie Settings'),
      link('https://news.example.net/cookie-policy', 'Cookie Policy'),
      link('https://news.example.net/settings/privacy', 'Privacy settings'),
      link('https://news.example.net/subscribe', 'Subscribe'),
    ];
    expect(rankPolicyLinks(page, links)).toEqual([]);
  });

  it('drops "Privacy" links that lead to account settings', () => {
    expect(urls('https://social.example/', [link('https://social.example/settings/privacy', 'Privacy', { inFooter: false })])).toEqual([]);
  });

  it('ranks a footer policy above a blog post about privacy', () => {
    const page = 'https://app.example.io/';
    const links = [
      link('https://app.example.io/blog/2023/new-privacy-features', 'Our new privacy features keep your messages safe from everyone', { inFooter: false }),
      link('https://app.example.io/privacy', 'Privacy'),
    ];
    expect(top(page, links)).toBe('https://app.example.io/privacy');
  });

  it('ranks terms below the policy and keeps "Privacy & Terms" (Google)', () => {
    const page = 'https://www.google.com/';
    const links = [
      link('https://policies.google.com/terms?hl=en', 'Terms'),
      link('https://policies.google.com/privacy?hl=en&fg=1', 'Privacy'),
      link('https://policies.google.com/?hl=en', 'Privacy & Terms', { inFooter: false }),
    ];
    const ranked = rankPolicyLinks(page, links);
    expect(ranked[0]?.url).toBe('https://policies.google.com/privacy?hl=en&fg=1');
    expect(ranked[0]?.sameSite).toBe(true);
    expect(ranked.map((r) => r.url)).not.toContain('https://policies.google.com/terms?hl=en');
  });

  it('dedupes by URL without fragment and keeps the best occurrence', () => {
    const ranked = rankPolicyLinks('https://example.com/', [
      link('https://example.com/privacy#top', 'Privacy', { inFooter: false }),
      link('https://example.com/privacy', 'Privacy Policy'),
      link('/privacy#cookies', 'cookies section of our privacy policy', { inFooter: false }),
    ]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.url).toBe('https://example.com/privacy');
    expect(ranked[0]?.reasons).toContain('text "privacy policy" (en)');
  });

  it('resolves relative hrefs against the page and excludes non-web schemes', () => {
    const page = 'https://example.com/shop/item?id=3';
    expect(
      urls(page, [
        link('../legal/privacy-policy', 'Privacy Policy'),
        link('mailto:privacy@example.com', 'Privacy questions'),
        link('tel:+15555550100', 'Privacy hotline'),
        link('ftp://example.com/privacy.txt', 'Privacy'),
        link('data:text/html,privacy', 'Privacy'),
        link('#privacy', 'Privacy'),
        link('JavaScript:void(0)', 'Privacy'),
        link('   ', 'Privacy'),
      ]),
    ).toEqual(['https://example.com/legal/privacy-policy']);
  });

  it('uses aria-label or title for icon links', () => {
    const ranked = rankPolicyLinks('https://example.com/', [
      link('https://example.com/p/7', '', { ariaLabel: 'Read our privacy policy' }),
      link('https://example.com/p/8', '', { title: 'Imprint' }),
    ]);
    expect(ranked.map((r) => r.url)).toEqual(['https://example.com/p/7']);
    expect(ranked[0]?.reasons[0]).toBe('aria-label "privacy policy" (en)');
  });

  it('reads privacy subdomains and camelCase paths', () => {
    expect(urls('https://www.bigco.com/', [link('https://privacy.bigco.com/', 'Legal', { inFooter: false })])).toEqual([
      'https://privacy.bigco.com/',
    ]);
    expect(urls('https://example.com/', [link('/content/privacyPolicy.html', 'Legal', { inFooter: false })])).toEqual([
      'https://example.com/content/privacyPolicy.html',
    ]);
  });

  it('treats private suffixes as separate sites, IP hosts by hostname', () => {
    const ranked = rankPolicyLinks('https://alice.github.io/', [link('https://bob.github.io/privacy', 'Privacy')]);
    expect(ranked[0]?.sameSite).toBe(false);
    const local = rankPolicyLinks('http://127.0.0.1:8080/shop.html', [
      link('http://127.0.0.1:8080/privacy.html', 'Privacy'),
      link('http://localhost:8080/privacy.html', 'Privacy'),
    ]);
    expect(local.map((r) => [r.url, r.sameSite])).toEqual([
      ['http://127.0.0.1:8080/privacy.html', true],
      ['http://localhost:8080/privacy.html', false],
    ]);
  });

  it('returns nothing for unusable page URLs and junk input', () => {
    expect(rankPolicyLinks('not a url', [link('https://example.com/privacy', 'Privacy')])).toEqual([]);
    expect(rankPolicyLinks('chrome://settings', [link('https://example.com/privacy', 'Privacy')])).toEqual([]);
    const junk = [null, 42, { href: 7, text: ['Privacy'] }, { href: 'https://example.com/privacy' }] as unknown as LinkCandidateInput[];
    expect(urls('https://example.com/', junk)).toEqual(['https://example.com/privacy']);
  });
});

describe('rankPolicyLinks: other languages', () => {
  const cases: { name: string; page: string; links: LinkCandidateInput[]; expected: string }[] = [
    {
      name: 'German (Impressum, AGB, Cookie-Einstellungen)',
      page: 'https://www.beispiel-shop.de/',
      links: [
        link('https://www.beispiel-shop.de/impressum', 'Impressum'),
        link('https://www.beispiel-shop.de/agb', 'AGB'),
        link('https://www.beispiel-shop.de/#', 'Cookie-Einstellungen'),
        link('https://www.beispiel-shop.de/datenschutzeinstellungen', 'Datenschutzeinstellungen'),
        link('https://www.beispiel-shop.de/datenschutzerklaerung', 'Datenschutzerklärung'),
      ],
      expected: 'https://www.beispiel-shop.de/datenschutzerklaerung',
    },
    {
      name: 'German compound (Datenschutzhinweise)',
      page: 'https://www.stadtwerke.example.de/',
      links: [link('/service/hinweise', 'Datenschutzhinweise'), link('/kontakt', 'Kontakt')],
      expected: 'https://www.stadtwerke.example.de/service/hinweise',
    },
    {
      name: 'French (mentions légales, CGU, gestion des cookies)',
      page: 'https://www.boutique.example.fr/',
      links: [
        link('https://www.boutique.example.fr/mentions-legales', 'Mentions légales'),
        link('https://www.boutique.example.fr/cgu', 'CGU'),
        link('javascript:void(0)', 'Gestion des cookies'),
        link('https://www.boutique.example.fr/politique-de-confidentialite', 'Politique de confidentialité'),
      ],
      expected: 'https://www.boutique.example.fr/politique-de-confidentialite',
    },
    {
      name: 'French (short "Confidentialité" label)',
      page: 'https://www.journal.example.fr/',
      links: [link('/infos/confidentialite', 'Confidentialité'), link('/infos/cgv', 'CGV')],
      expected: 'https://www.journal.example.fr/infos/confidentialite',
    },
    {
      name: 'Spanish',
      page: 'https://www.tienda.example.es/',
      links: [
        link('https://www.tienda.example.es/aviso-legal', 'Aviso legal'),
        link('https://www.tienda.example.es/politica-de-cookies', 'Política de cookies'),
        link('https://www.tienda.example.es/politica-de-privacidad', 'Política de privacidad'),
      ],
      expected: 'https://www.tienda.example.es/politica-de-privacidad',
    },
    {
      name: 'Portuguese (Brazil)',
      page: 'https://www.loja.example.com.br/',
      links: [
        link('https://www.loja.example.com.br/termos-de-uso', 'Termos de uso'),
        link('https://www.loja.example.com.br/politica-de-privacidade', 'Política de Privacidade'),
      ],
      expected: 'https://www.loja.example.com.br/politica-de-privacidade',
    },
    {
      name: 'Italian',
      page: 'https://www.negozio.example.it/',
      links: [
        link('https://www.negozio.example.it/cookie-policy', 'Cookie policy'),
        link('https://www.negozio.example.it/note-legali', 'Note legali'),
        link('https://www.negozio.example.it/informativa-privacy', 'Informativa sulla privacy'),
      ],
      expected: 'https://www.negozio.example.it/informativa-privacy',
    },
    {
      name: 'Dutch',
      page: 'https://www.winkel.example.nl/',
      links: [
        link('https://www.winkel.example.nl/algemene-voorwaarden', 'Algemene voorwaarden'),
        link('https://www.winkel.example.nl/cookie-instellingen', 'Cookie-instellingen'),
        link('https://www.winkel.example.nl/privacybeleid', 'Privacybeleid'),
      ],
      expected: 'https://www.winkel.example.nl/privacybeleid',
    },
    {
      name: 'Swedish',
      page: 'https://www.butik.example.se/',
      links: [link('/villkor', 'Köpvillkor'), link('/integritetspolicy', 'Integritetspolicy')],
      expected: 'https://www.butik.example.se/integritetspolicy',
    },
    {
      name: 'Polish',
      page: 'https://www.sklep.example.pl/',
      links: [link('/regulamin', 'Regulamin'), link('/polityka-prywatnosci', 'Polityka prywatności')],
      expected: 'https://www.sklep.example.pl/polityka-prywatnosci',
    },
    {
      name: 'Russian',
      page: 'https://www.magazin.example.ru/',
      links: [
        link('/agreement', 'Пользовательское соглашение'),
        link('/legal/confidential', 'Политика конфиденциальности'),
      ],
      expected: 'https://www.magazin.example.ru/legal/confidential',
    },
    {
      name: 'Japanese',
      page: 'https://www.example.co.jp/',
      links: [
        link('https://www.example.co.jp/terms/', '利用規約'),
        link('https://www.example.co.jp/company/', '会社概要'),
        link('https://www.example.co.jp/policy/', 'プライバシーポリシー'),
      ],
      expected: 'https://www.example.co.jp/policy/',
    },
    {
      name: 'Chinese (simplified)',
      page: 'https://www.example.cn/',
      links: [link('/about', '关于我们'), link('/terms', '服务条款'), link('/legal/yszc', '隐私政策')],
      expected: 'https://www.example.cn/legal/yszc',
    },
    {
      name: 'Korean',
      page: 'https://www.example.co.kr/',
      links: [link('/policy/terms', '이용약관'), link('/policy/personal', '개인정보처리방침')],
      expected: 'https://www.example.co.kr/policy/personal',
    },
    {
      name: 'Korean, decomposed (NFD) text',
      page: 'https://www.example.co.kr/',
      links: [link('/policy/personal', '개인정보처리방침'.normalize('NFD'))],
      expected: 'https://www.example.co.kr/policy/personal',
    },
    {
      name: 'Turkish',
      page: 'https://www.magaza.example.com.tr/',
      links: [link('/kullanim-kosullari', 'Kullanım Koşulları'), link('/gizlilik-politikasi', 'Gizlilik Politikası')],
      expected: 'https://www.magaza.example.com.tr/gizlilik-politikasi',
    },
  ];
  for (const { name, page, links, expected } of cases) {
    it(name, () => {
      expect(top(page, links)).toBe(expected);
    });
  }

  it('recognises policy words in paths of unlabelled links', () => {
    for (const path of ['/datenschutz', '/confidentialite', '/privacidad', '/privacidade', '/privacybeleid', '/yinsi.html']) {
      expect(urls('https://example.com/', [link(path, 'Mehr', { inFooter: false })])).toEqual([`https://example.com${path}`]);
    }
  });
});

describe('rankPolicyLinks: invariants', () => {
  const linkArb = fc.record({
    href: fc.oneof(
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.constantFrom('#', 'javascript:void(0)', '/privacy', 'mailto:a@b.c', '../privacy-policy#x', ''),
      fc.string(),
    ),
    text: fc.oneof(fc.constantFrom('Privacy', 'Privacy Policy', 'Cookie settings', 'Terms', 'Datenschutz', '隐私政策'), fc.string()),
    rel: fc.constantFrom('', 'privacy-policy', 'nofollow', 'terms-of-service'),
    inFooter: fc.boolean(),
  });

  it('never throws; results are unique http(s) URLs without fragments, best first', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), fc.array(linkArb, { maxLength: 30 }), (page, links) => {
        const ranked = rankPolicyLinks(page, links);
        const seen = new Set<string>();
        let previous = Infinity;
        for (const entry of ranked) {
          const url = new URL(entry.url);
          expect(['http:', 'https:']).toContain(url.protocol);
          expect(url.hash).toBe('');
          expect(seen.has(entry.url)).toBe(false);
          seen.add(entry.url);
          expect(entry.score).toBeLessThanOrEqual(previous);
          previous = entry.score;
          expect(entry.reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('does not depend on the order links arrive in, except for ties', () => {
    fc.assert(
      fc.property(fc.array(linkArb, { maxLength: 15 }), (links) => {
        const page = 'https://example.com/';
        const forward = rankPolicyLinks(page, links);
        const backward = rankPolicyLinks(page, [...links].reverse());
        expect(new Set(backward.map((r) => `${r.url} ${r.score}`))).toEqual(new Set(forward.map((r) => `${r.url} ${r.score}`)));
      }),
    );
  });
});

describe('foldForMatching', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldForMatching('  Politique de Confidentialité — FR ')).toBe('politique de confidentialite fr');
    expect(foldForMatching('privacy-policy_v2.html')).toBe('privacy policy v2 html');
    expect(foldForMatching('Datenschutzerklärung')).toBe('datenschutzerklarung');
  });
});

describe('fallbackPolicyPaths', () => {
  it("lists the usual paths on the page's origin, generic ones for .com", () => {
    const paths = fallbackPolicyPaths('https://shop.example.com/cart?id=1#top');
    expect(paths[0]).toBe('https://shop.example.com/privacy');
    expect(paths).toContain('https://shop.example.com/privacy-policy');
    expect(paths).toContain('https://shop.example.com/legal/privacy');
    expect(paths).toContain('https://shop.example.com/privacy-notice');
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(new URL(path).origin).toBe('https://shop.example.com');
  });

  it('puts local-language paths first for a country TLD', () => {
    expect(fallbackPolicyPaths('https://www.example.de/')[0]).toBe('https://www.example.de/datenschutz');
    expect(fallbackPolicyPaths('https://www.example.fr/')[0]).toBe('https://www.example.fr/confidentialite');
    expect(fallbackPolicyPaths('http://127.0.0.1:8080/x')[0]).toBe('http://127.0.0.1:8080/privacy');
  });

  it('returns nothing for non-web pages', () => {
    expect(fallbackPolicyPaths('about:blank')).toEqual([]);
    expect(fallbackPolicyPaths('file:///tmp/x.html')).toEqual([]);
    expect(fallbackPolicyPaths('')).toEqual([]);
  });
});

describe('collectLinkCandidates', () => {
  const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/site.css">
      <link rel="privacy-policy" href="/legal/privacy">
    </head>
    <body class="has-footer">
      <header><nav>
        <a href="/">Home</a>
        <a href="/settings/privacy" aria-label="Privacy settings"><svg></svg></a>
      </nav></header>
      <main>
        <p>Read about <a href="/blog/privacy-update">our privacy update</a>.</p>
        <a href="/products">Products</a>
        <a>no href</a>
      </main>
      <div id="globalFooter"><a href="/privacy-policy">Privacy
          Policy</a></div>
      <footer>
        <a href="/terms">Terms</a>
        <a href="javascript:void(0)" class="ot-sdk-show-settings">Cookie settings</a>
        <a href="/datenschutz"><img src="/lock.png" alt="Datenschutz"></a>
      </footer>
      <div role="contentinfo"><area href="/privacy-notice" title="Privacy notice"></div>
    </body></html>`;

  it('keeps only links with a privacy signal, with footer placement and rel', () => {
    const { document } = parseHTML(html);
    const candidates = collectLinkCandidates(document as unknown as Document);
    expect(candidates).toEqual([
      { href: '/legal/privacy', text: '', rel: 'privacy-policy', inFooter: false },
      { href: '/privacy-policy', text: 'Privacy Policy', rel: '', inFooter: true },
      { href: '/datenschutz', text: 'Datenschutz', rel: '', inFooter: true },
      { href: '/privacy-notice', text: '', rel: '', title: 'Privacy notice', inFooter: true },
      { href: '/settings/privacy', text: '', rel: '', ariaLabel: 'Privacy settings', inFooter: false },
      { href: '/blog/privacy-update', text: 'our privacy update', rel: '', inFooter: false },
    ]);
    // And the ranker, given them, picks the rel link, then the footer policy.
    const ranked = rankPolicyLinks('https://example.com/', candidates);
    expect(ranked.slice(0, 2).map((r) => r.url)).toEqual(['https://example.com/legal/privacy', 'https://example.com/privacy-policy']);
    expect(ranked.map((r) => r.url)).not.toContain('https://example.com/settings/privacy');
  });

  it('caps the count, keeping rel and footer links first', () => {
    const filler = Array.from({ length: 50 }, (_, i) => `<a href="/news/privacy-${i}">Privacy news ${i}</a>`).join('');
    const { document } = parseHTML(
      `<html><body><main>${filler}</main><footer><a href="/privacy">Privacy</a></footer><a rel="privacy-policy" href="/p"></a></body></html>`,
    );
    const candidates = collectLinkCandidates(document as unknown as Document, 3);
    expect(candidates.map((c) => c.href)).toEqual(['/p', '/privacy', '/news/privacy-0']);
    expect(collectLinkCandidates(document as unknown as Document, 0)).toEqual([]);
  });

  it('caps text and rel length and skips huge hrefs (they would fail message validation)', () => {
    const { document } = parseHTML(
      `<html><body><a href="/privacy?t=${'x'.repeat(3000)}">Privacy</a>` +
        `<a href="/privacy" rel="${'nofollow '.repeat(50)}">${'Privacy '.repeat(200)}</a></body></html>`,
    );
    const candidates = collectLinkCandidates(document as unknown as Document);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.href).toBe('/privacy');
    expect(candidates[0]?.text.length).toBeLessThanOrEqual(300);
    expect(candidates[0]?.rel.length).toBeLessThanOrEqual(200);
  });
});

describe('hasPolicySignal', () => {
  it('needs rel, words or a policy path, and a followable href', () => {
    expect(hasPolicySignal({ href: '/x', text: 'Privacy', rel: '' })).toBe(true);
    expect(hasPolicySignal({ href: '/x', text: '', rel: 'privacy-policy' })).toBe(true);
    expect(hasPolicySignal({ href: '/privacy', text: 'More', rel: '' })).toBe(true);
    expect(hasPolicySignal({ href: '/cookies', text: 'Cookie settings', rel: '' })).toBe(false);
    expect(hasPolicySignal({ href: 'javascript:void(0)', text: 'Privacy', rel: '' })).toBe(false);
    expect(hasPolicySignal({ href: '#', text: 'Privacy', rel: '' })).toBe(false);
  });
});
