import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../lib/export/export-file-name';

const AT = new Date(Date.UTC(2026, 10, 23, 22, 30));

describe('exportFileName', () => {
  it('names the site, the day (UTC) and what is in it', () => {
    expect(exportFileName('shop.example', AT, 'findings', 'json')).toBe('privacy-inspector_shop.example_2026-11-23_findings.json');
    expect(exportFileName('127.0.0.1', AT, 'cookies', 'csv')).toBe('privacy-inspector_127.0.0.1_2026-11-23_cookies.csv');
  });

  it('keeps only characters every file system takes', () => {
    expect(exportFileName('Shop.Example', AT, 'cookies', 'csv')).toBe('privacy-inspector_shop.example_2026-11-23_cookies.csv');
    expect(exportFileName('[::1]', AT, 'findings', 'json')).toBe('privacy-inspector_1_2026-11-23_findings.json');
    expect(exportFileName('../../etc/passwd', AT, 'findings', 'json')).toBe('privacy-inspector_etc-passwd_2026-11-23_findings.json');
    expect(exportFileName('', AT, 'findings', 'json')).toBe('privacy-inspector_page_2026-11-23_findings.json');
    expect(exportFileName('a'.repeat(300), AT, 'cookies', 'csv')).toHaveLength('privacy-inspector__2026-11-23_cookies.csv'.length + 100);
  });
});
