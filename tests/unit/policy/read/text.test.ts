import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { extractPolicyText, textFromPlain } from '../../../../lib/policy/read/text';
import { analyzePolicy } from '../../../../lib/policy/read/analyze';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const FIXTURE = join(resolve(__dirname, '..', '..', '..', '..'), 'tests', 'fixtures', 'policies', 'html', 'chat-vendor-privacy.html');

describe('extractPolicyText (Readability on linkedom)', () => {
  const html = readFileSync(FIXTURE, 'utf8');
  const { title, text } = extractPolicyText(html, 'https://harborchat.example/privacy', parse);

  it('keeps the main text and drops navigation, footer, scripts and styles', () => {
    expect(title).toBe('Privacy Policy | Harbor Chat');
    expect(text).toContain('We do not sell your personal information.');
    expect(text).not.toContain('Pricing');
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('dataLayer');
    expect(text).not.toContain('font-family');
  });

  it('writes headings and list items as their own lines', () => {
    const lines = text.split('\n');
    expect(lines).toContain('## How we share information');
    expect(lines).toContain('- when we are required to do so by law;');
    expect(lines).toContain('_ga | Google Analytics, to count visits to our own site');
  });

  it('gives text the analyser reads correctly', () => {
    const analysis = analyzePolicy(text, { title });
    expect(analysis.lastUpdated).toBe('2021-03-03');
    expect(analysis.facts.sharing.value).toEqual(['service-providers', 'legal', 'business-transfer']);
    expect(analysis.facts.cookies.value).toEqual(['hc_visitor', 'hc_open', '_ga']);
    expect(analysis.facts.dataLocations.value).toEqual(['CA']);
    expect(analysis.facts.childAge.value).toBe(13);
    expect(analysis.facts.changeNotice.value).toBe('advance');
  });

  it('falls back to the whole body when Readability finds no article', () => {
    const small = '<html><head><title>P</title></head><body><p>We do not sell your data.</p></body></html>';
    expect(extractPolicyText(small, 'https://x.example/', parse).text).toBe('We do not sell your data.');
  });

  it('survives broken markup', () => {
    expect(extractPolicyText('<div><p>Unclosed <b>tags <li>everywhere', 'https://x.example/', parse).text).toBe('Unclosed tags\n- everywhere');
    expect(extractPolicyText('', 'https://x.example/', parse).text).toBe('');
  });

  it('keeps the text after a stray </body> or </html>, as a browser does (found by tests/unit/fuzz.test.ts)', () => {
    const policy = '<h1>Privacy</h1><p>' + 'We never sell your personal information to anyone. '.repeat(8) + '</p>';
    for (const html of [
      `<!doctype html><html><head><title>P</title></head><body><nav>Menu</nav></body>${policy}</html>`,
      `<p>Intro</p></html>${policy}`,
      `<html><body></body></html><main>${policy}</main>`,
      `x.x.x ${policy}<p>Cookies</p><html hidden>`,
    ]) {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        expect(extractPolicyText(html, 'https://x.example/', parse).text, html).toContain('We never sell your personal information to anyone.');
      } finally {
        console.warn = warn;
      }
      expect(warnings, html).toEqual([]);
    }
  });
});

describe('textFromPlain', () => {
  it('passes text through unchanged and takes the first Markdown heading as title', () => {
    const md = '> note\n\n# Zopim - Privacy Policy\n\nBody _text_.';
    expect(textFromPlain(md)).toEqual({ title: 'Zopim - Privacy Policy', text: md });
    expect(textFromPlain('plain text only')).toEqual({ title: null, text: 'plain text only' });
  });
});
