import { describe, expect, it } from 'vitest';
import { AUTOCONSENT_SCRIPT, DETECTOR_SCRIPT, pageScriptsFor } from '../../../lib/page/page-scripts';

describe('pageScriptsFor', () => {
  it('gives a top web page both scripts, cookie banners first', () => {
    expect(pageScriptsFor({ frameId: 0, url: 'https://shop.example/cart' })).toEqual([AUTOCONSENT_SCRIPT, DETECTOR_SCRIPT]);
    expect(pageScriptsFor({ frameId: 0, url: 'http://127.0.0.1:8080/' })).toEqual([AUTOCONSENT_SCRIPT, DETECTOR_SCRIPT]);
  });

  it('gives a web frame only the cookie-banner script', () => {
    expect(pageScriptsFor({ frameId: 7, url: 'https://cdn.privacy-mgmt.com/index.html' })).toEqual([AUTOCONSENT_SCRIPT]);
  });

  it('leaves browser, extension, blank and data documents alone', () => {
    for (const url of ['chrome://settings/', 'about:blank', 'about:srcdoc', 'data:text/html,hi', 'chrome-extension://abc/popup.html', 'moz-extension://x/p.html', 'file:///etc/passwd', 'view-source:https://a.example/', '', 'not a url']) {
      expect(pageScriptsFor({ frameId: 0, url })).toEqual([]);
    }
  });

  it('refuses frame ids that cannot be real', () => {
    expect(pageScriptsFor({ frameId: -1, url: 'https://a.example/' })).toEqual([]);
    expect(pageScriptsFor({ frameId: 1.5, url: 'https://a.example/' })).toEqual([]);
    expect(pageScriptsFor({ frameId: Number.NaN, url: 'https://a.example/' })).toEqual([]);
  });
});
