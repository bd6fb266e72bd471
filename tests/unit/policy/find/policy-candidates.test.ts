import { describe, expect, it } from 'vitest';
import { sitePolicyCandidates } from '../../../../lib/policy/find/policy-candidates';
import { fallbackPolicyPaths } from '../../../../lib/policy/find/discover';

type Report = Parameters<typeof sitePolicyCandidates>[0];
type PolicyLink = Report['policyLinks'][number];

const PAGE = 'https://shop.example.com/products/42';
const FALLBACKS = fallbackPolicyPaths(PAGE);

const link = (url: string, sameSite: boolean, score = 10): PolicyLink => ({ url, sameSite, score });
const report = (policyLinks: readonly PolicyLink[], url = PAGE): Report => ({ url, policyLinks });

describe('sitePolicyCandidates', () => {
  it('with no links and no manual URL, lists only the usual paths on the page origin', () => {
    const candidates = sitePolicyCandidates(report([]), null);
    expect(candidates).toEqual(FALLBACKS);
    expect(candidates[0]).toBe('https://shop.example.com/privacy');
    expect(candidates.every((url) => url.startsWith('https://shop.example.com/'))).toBe(true);
  });

  it('orders: manual URL, same-site links, usual paths, then third-party links', () => {
    const candidates = sitePolicyCandidates(
      report([
        link('https://policies.google.com/privacy', false, 30),
        link('https://shop.example.com/legal/data-protection', true, 20),
        link('https://www.example.com/company/privacy-notice', true, 15),
        link('https://www.iubenda.com/privacy-policy/123', false, 5),
      ]),
      'https://help.example.com/my-privacy',
    );
    expect(candidates).toEqual([
      'https://help.example.com/my-privacy',
      'https://shop.example.com/legal/data-protection',
      'https://www.example.com/company/privacy-notice',
      ...FALLBACKS,
      'https://policies.google.com/privacy',
      'https://www.iubenda.com/privacy-policy/123',
    ]);
  });

  it('keeps the order of links within each group as given (already ranked)', () => {
    const candidates = sitePolicyCandidates(
      report([link('https://shop.example.com/b', true), link('https://other.test/x', false), link('https://shop.example.com/a', true), link('https://another.test/y', false)]),
      null,
    );
    expect(candidates.slice(0, 2)).toEqual(['https://shop.example.com/b', 'https://shop.example.com/a']);
    expect(candidates.slice(-2)).toEqual(['https://other.test/x', 'https://another.test/y']);
  });

  it('removes duplicates, keeping the first (best) position', () => {
    const candidates = sitePolicyCandidates(
      report([
        link('https://shop.example.com/privacy', true),
        link('https://shop.example.com/privacy', true),
        link('https://policies.google.com/privacy', false),
        link('https://policies.google.com/privacy', false),
      ]),
      'https://shop.example.com/privacy',
    );
    expect(new Set(candidates).size).toBe(candidates.length);
    expect(candidates[0]).toBe('https://shop.example.com/privacy');
    expect(candidates.filter((url) => url === 'https://shop.example.com/privacy')).toHaveLength(1);
    expect(candidates.at(-1)).toBe('https://policies.google.com/privacy');
    // The usual paths other than /privacy still follow.
    expect(candidates.slice(1, -1)).toEqual(FALLBACKS.filter((url) => url !== 'https://shop.example.com/privacy'));
  });

  it('a same-site link that is also a usual path keeps its earlier place', () => {
    const candidates = sitePolicyCandidates(report([link('https://shop.example.com/privacy-policy', true)]), null);
    expect(candidates[0]).toBe('https://shop.example.com/privacy-policy');
    expect(candidates.filter((url) => url === 'https://shop.example.com/privacy-policy')).toHaveLength(1);
  });

  it('drops links from a public page to private addresses', () => {
    const candidates = sitePolicyCandidates(
      report([
        link('http://192.168.1.1/privacy', false),
        link('http://localhost:8080/privacy', false),
        link('http://10.0.0.1/privacy', true),
        link('https://shop.example.com/privacy-center', true),
      ]),
      null,
    );
    expect(candidates).not.toContain('http://192.168.1.1/privacy');
    expect(candidates).not.toContain('http://localhost:8080/privacy');
    expect(candidates).not.toContain('http://10.0.0.1/privacy');
    expect(candidates[0]).toBe('https://shop.example.com/privacy-center');
  });

  it('drops non-http links', () => {
    const candidates = sitePolicyCandidates(
      report([link('javascript:void(0)', true), link('mailto:privacy@example.com', false), link('https://shop.example.com/p', true)]),
      null,
    );
    expect(candidates).not.toContain('javascript:void(0)');
    expect(candidates).not.toContain('mailto:privacy@example.com');
    expect(candidates[0]).toBe('https://shop.example.com/p');
  });

  it('keeps private links when the page itself is on a private address', () => {
    const page = 'http://192.168.1.1/status';
    const candidates = sitePolicyCandidates(report([link('http://192.168.1.1/privacy.htm', true)], page), null);
    expect(candidates[0]).toBe('http://192.168.1.1/privacy.htm');
    expect(candidates).toContain('http://192.168.1.1/privacy');
  });

  it('keeps the manual URL first even when it is a private address (the user chose it)', () => {
    const candidates = sitePolicyCandidates(report([link('http://192.168.1.1/privacy', false)]), 'http://192.168.1.1/privacy');
    expect(candidates[0]).toBe('http://192.168.1.1/privacy');
    expect(candidates.filter((url) => url === 'http://192.168.1.1/privacy')).toHaveLength(1);
    expect(candidates.slice(1)).toEqual(FALLBACKS);
  });

  it('treats an empty manual URL as none', () => {
    expect(sitePolicyCandidates(report([]), '')).toEqual(FALLBACKS);
  });

  it('has no usual paths when the page URL is not http(s)', () => {
    const candidates = sitePolicyCandidates(report([link('https://example.org/privacy', false)], 'about:blank'), null);
    expect(candidates).toEqual(['https://example.org/privacy']);
    expect(sitePolicyCandidates(report([], 'chrome://newtab/'), null)).toEqual([]);
  });

  it('tries local-language paths first on a country-code domain', () => {
    const candidates = sitePolicyCandidates(report([], 'https://www.beispiel.de/'), null);
    expect(candidates[0]).toBe('https://www.beispiel.de/datenschutz');
    expect(candidates).toContain('https://www.beispiel.de/privacy');
  });
});
