import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';

export const CRAWL_LINE_VALIDATOR = 'virtual:crawl-line-validator';
const RESOLVED = `\0${CRAWL_LINE_VALIDATOR}`;

/**
 * The dashboard checks every line it imports against docs/schema/crawl-line.schema.json, the
 * schema `report` checks with Ajv. Ajv compiles a schema into a function with `new Function`,
 * which an extension's content security policy forbids; so the validator is compiled here, at
 * build time, into plain code (Ajv's standalone mode), from the same schema files: one
 * definition of the format, no `eval` in the extension.
 */
export function crawlLineValidator(schemaDir: string): Plugin {
  return {
    name: 'crawl-line-validator',
    resolveId: (source) => (source === CRAWL_LINE_VALIDATOR ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, code: { source: true, esm: true } });
      for (const file of readdirSync(schemaDir).filter((entry) => entry.endsWith('.schema.json'))) {
        const path = join(schemaDir, file);
        this.addWatchFile(path);
        ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')) as object);
      }
      return standaloneCode(ajv, { validateCrawlLine: 'crawl-line.schema.json' });
    },
  };
}
