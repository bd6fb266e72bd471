/**
 * A file to import into the history: JSON lines in the crawl-line format (the dashboard's own
 * export, or a crawl). Every line is checked against docs/schema/crawl-line.schema.json (the
 * validator is compiled from it: Ajv in Node, its standalone code in the dashboard), and a
 * file with any bad line is refused whole, with one line that says where and why: an import
 * either brings everything in or changes nothing.
 */
import type { ErrorObject } from 'ajv';
import { describeSchemaError } from '../report/schema-error';
import { printableText } from '../report/printable-text';
import { isSiteName } from '../settings/setting-names';
import { mergeHistories } from './merge-visit';
import { recordOfLine, type HistoryLine } from './history-lines';
import type { SiteHistory } from './site-history';

/** A compiled crawl-line validator (Ajv's calling convention). */
export interface LineValidator {
  (value: unknown): boolean;
  errors?: readonly ErrorObject[] | null;
}

export type ImportParse =
  | { readonly ok: true; readonly records: readonly SiteHistory[]; readonly lines: number; readonly failedPages: number }
  | { readonly ok: false; readonly error: string };

/** Larger files are refused before reading (a history of 10,000 sites exports to well under this). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export function parseHistoryFile(text: string, validate: LineValidator, fileName: string): ImportParse {
  const name = printableText(fileName).slice(0, 120);
  const fail = (error: string): ImportParse => ({ ok: false, error: `${name}: ${error}` });
  const bySite = new Map<string, SiteHistory>();
  let lines = 0;
  let failedPages = 0;
  const rows = text.split('\n');
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!.trim();
    if (row === '') continue;
    lines++;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch {
      return fail(`line ${index + 1} is not JSON${index === 0 && row.startsWith('[') ? ' lines (a JSON array: export as JSON lines)' : ''}`);
    }
    if (!validate(value)) return fail(`line ${index + 1} is not a crawl line (docs/format.md): ${printableText(describeSchemaError(validate.errors)).slice(0, 200)}`);
    const line = value as HistoryLine;
    if (!isSiteName(line.site)) return fail(`line ${index + 1}: "${printableText(String(line.site)).slice(0, 80)}" is not a site name`);
    // A page the crawler could not load says nothing about the site.
    if (typeof line.error === 'string') {
      failedPages++;
      continue;
    }
    const record = recordOfLine(line);
    const held = bySite.get(record.site);
    bySite.set(record.site, held ? mergeHistories(held, record, 'max') : record);
  }
  if (lines === 0) return fail('the file is empty');
  return { ok: true, records: [...bySite.values()], lines, failedPages };
}
