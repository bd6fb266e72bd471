/**
 * A file name for a download about one site, that sorts by site and day and is safe on every
 * file system: `privacy-inspector_example.com_2026-11-23_findings.json`.
 */
export function exportFileName(site: string, at: Date, what: 'findings' | 'cookies' | 'history' | 'history-view', extension: 'json' | 'jsonl' | 'csv'): string {
  const safeSite = site.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 100) || 'page';
  return `privacy-inspector_${safeSite}_${at.toISOString().slice(0, 10)}_${what}.${extension}`;
}
