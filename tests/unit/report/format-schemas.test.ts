/**
 * docs/schema/ against real outputs: the crawl lines and sidecar of a crawl made by the real
 * extension (tests/fixtures/report), the popup's export built by its own code from those
 * findings, and `analyze --json` on every policy fixture. (`scan --json` itself is checked in
 * tests/e2e/cli-scan.test.ts, crawl lines made by a fresh scan in tests/e2e/cli-report.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSchemaError, schemaValidator, tableRowValidator } from '../../../cli/report/format-schemas';
import { runAnalyze } from '../../../cli/analyze';
import { findingsExport } from '../../../lib/export/findings-export';
import { tableColumns, tableNames } from '../../../lib/report/table-columns';
import type { TabReport } from '../../../lib/findings/tab-report';
import { demoCrawlLines } from '../../fixtures/report/demo-crawl';
import { hasSharedFixture, sharedFixture } from '../../support/shared-fixtures';

const valid = (name: Parameters<typeof schemaValidator>[0], value: unknown) => {
  const validate = schemaValidator(name);
  return validate(value) ? 'valid' : describeSchemaError(validate.errors);
};

const lines = demoCrawlLines();
const shop = lines.find((line) => line.url.endsWith('/shop.html'))!;

describe('docs/schema', { timeout: 30_000 }, () => {
  it('crawl-line: every line of a crawl by the real extension, and not a line without its crawl part', () => {
    for (const line of lines) expect(valid('crawl-line', line), line.url).toBe('valid');
    const { crawl: _crawl, ...scanResult } = shop;
    expect(valid('crawl-line', scanResult)).toBe("the record must have required property 'crawl'");
    expect(valid('scan-result', scanResult)).toBe('valid');
    expect(valid('scan-output', lines.map(({ crawl: _c, ...result }) => result))).toBe('valid');
  });

  it('crawl-meta: the sidecar', () => {
    const meta = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/report/demo-crawl.jsonl.meta.json', import.meta.url)), 'utf8'));
    expect(valid('crawl-meta', meta)).toBe('valid');
    expect(valid('crawl-meta', { ...meta, formatVersion: 2 })).toBe('/formatVersion must be equal to constant');
  });

  it('findings-export: what the popup saves, made by its own code from a page\'s findings', () => {
    const report: TabReport = {
      tabId: 3, url: shop.url, site: shop.site, widgets: shop.widgets, cookies: shop.cookies, storage: shop.storage ?? [], trackers: shop.trackers,
      thirdPartyHosts: shop.thirdPartyHosts, policyLinks: [], startedAt: 1, updatedAt: 2,
    };
    const analysis = { title: 'Privacy Policy', lastUpdated: shop.policy.lastUpdated, facts: shop.policy.facts, lastUpdatedEvidence: [] };
    const exported = findingsExport(report, { status: 'ready', url: shop.policy.url, title: 'Privacy Policy', analysis, changes: [] }, shop.consent ?? null, new Date(0), 'Privacy Inspector 0.1.0');
    expect(valid('findings-export', JSON.parse(JSON.stringify(exported)))).toBe('valid');
    expect(valid('findings-export', { ...exported, exportedAt: undefined })).toBe("the record must have required property 'exportedAt'");
  });

  it('policy facts: wrong values are refused', () => {
    const facts = shop.policy.facts;
    expect(valid('policy-facts', facts)).toBe('valid');
    expect(valid('policy-facts', { ...facts, dnt: { value: 'maybe', evidence: [] } })).toMatch(/^\/dnt\/value must be equal to one of the allowed values/);
    expect(valid('policy-facts', { ...facts, dataLocations: { value: ['Ireland'], evidence: [] } })).toBe('/dataLocations/value/0 must match pattern "^[A-Z]{2}$"');
  });

  const policyDir = fileURLToPath(new URL('../../fixtures/policies/', import.meta.url));
  const ours = readdirSync(policyDir).filter((name) => name.startsWith('synthetic-')).map((name) => join(policyDir, name));
  ours.push(...readdirSync(join(policyDir, 'html')).map((name) => join(policyDir, 'html', name)));
  const shared = hasSharedFixture('analyze --json on the shared policies', 'policies')
    ? readdirSync(sharedFixture('policies')).filter((name) => name.endsWith('.txt')).map((name) => sharedFixture('policies', name))
    : [];

  it.each([...ours, ...shared])('analysis: analyze --json %s', async (path) => {
    let stdout = '';
    const code = await runAnalyze([path, '--json'], { stdout: (text) => (stdout += text), stderr: () => undefined });
    expect(code).toBe(0);
    expect(valid('analysis', JSON.parse(stdout))).toBe('valid');
  });

  it('report-tables: one $defs entry per table, with exactly the columns of lib/report/table-columns.ts', () => {
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../docs/schema/report-tables.schema.json', import.meta.url)), 'utf8'));
    const jsonType = { VARCHAR: 'string', BOOLEAN: 'boolean', INTEGER: 'integer', DOUBLE: 'number' } as const;
    expect(Object.keys(schema.$defs)).toEqual(tableNames);
    for (const table of tableNames) {
      const properties = schema.$defs[table].properties as Record<string, { type: string | string[] }>;
      expect(Object.keys(properties)).toEqual(tableColumns[table].map((column) => column.name));
      for (const column of tableColumns[table]) {
        expect(properties[column.name]!.type, `${table}.${column.name}`).toEqual(column.nullable ? [jsonType[column.type], 'null'] : jsonType[column.type]);
      }
      expect(tableRowValidator(table)({})).toBe(false);
    }
  });

  it('docs/format.md lists every column of every table under its table', () => {
    const format = readFileSync(fileURLToPath(new URL('../../../docs/format.md', import.meta.url)), 'utf8');
    for (const table of tableNames) {
      const section = format.split(`#### \`${table}\``)[1]!.split('####')[0]!;
      for (const column of tableColumns[table]) expect(section, `${table}.${column.name}`).toContain(`| \`${column.name}\` | ${column.type} |`);
    }
  });
});
