/** Built by schema-validators.vite.ts from docs/schema/crawl-line.schema.json (Ajv standalone code). */
declare module 'virtual:crawl-line-validator' {
  import type { LineValidator } from './lib/history/history-import';
  export const validateCrawlLine: LineValidator;
}
