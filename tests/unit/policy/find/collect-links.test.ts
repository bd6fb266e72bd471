import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { POLICY_LINK_PHRASES, POLICY_PATH_WORDS } from '../../../../lib/policy/find/policy-link-phrases';
import { mayBePolicyLink, collectLinkCandidates } from '../../../../lib/policy/find/collect-links';
import { rankPolicyLinks } from '../../../../lib/policy/find/discover';

const link = (text: string, href = 'https://example.com/page') => ({ href, text, rel: '' });

describe('mayBePolicyLink (the content script first pass)', () => {
  it('accepts every phrase the ranker knows, as link text and as a URL path', () => {
    for (const { phrase } of [...POLICY_LINK_PHRASES, ...POLICY_PATH_WORDS]) {
      expect(mayBePolicyLink(link(phrase)), phrase).toBe(true);
      expect(mayBePolicyLink(link('Read more', `https://example.com/${encodeURI(phrase.replace(/ /g, '-'))}`)), phrase).toBe(true);
    }
  });

  it('accepts rel=privacy-policy whatever the text, and rejects ordinary links', () => {
    expect(mayBePolicyLink({ href: 'https://example.com/x', text: 'Legal', rel: 'noopener privacy-policy' })).toBe(true);
    for (const text of ['Home', 'Shop', 'Contact us', 'Terms of Service', 'Careers', 'Impressum']) {
      expect(mayBePolicyLink(link(text)), text).toBe(false);
    }
  });

  it('never lets through a link the ranker would keep but the filter drops', () => {
    const page = 'https://shop.example/';
    const links = ['Privacy', 'Datenschutzerklärung', 'Política de privacidad', 'プライバシーポリシー', 'Home', 'About us'].map((text, index) => ({
      href: `https://shop.example/p${index}`,
      text,
      rel: '',
      inFooter: true,
    }));
    const ranked = new Set(rankPolicyLinks(page, links).map((ranked) => ranked.url));
    for (const candidate of links) {
      if (ranked.has(candidate.href)) expect(mayBePolicyLink(candidate), candidate.text).toBe(true);
    }
  });
});

describe('collectLinkCandidates', () => {
  it('sends footer policy links and leaves ordinary links out', () => {
    const { document } = parseHTML(`<html><body><nav><a href="https://shop.example/">Home</a></nav>
      <footer><a href="https://shop.example/legal/privacy">Privacy Policy</a><a href="https://shop.example/terms">Terms</a></footer></body></html>`);
    const candidates = collectLinkCandidates(document as unknown as Document);
    expect(candidates).toEqual([{ href: 'https://shop.example/legal/privacy', text: 'Privacy Policy', rel: '', inFooter: true }]);
  });
});
