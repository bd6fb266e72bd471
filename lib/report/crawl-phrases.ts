/**
 * Data only: the counted words of the report's crawl section (pages crawled and failed), which
 * only the command line prints, in English: no locale holds them. Plural forms as in
 * lib/i18n/say.ts ("1 page", "$1 pages"), never "page(s)".
 */
import type { Phrase } from '../i18n/say';

export const CRAWL_PHRASES = {
  'crawl.pages': { 1: '1 page', n: '$1 pages' },
  'crawl.sites': { 1: '1 site', n: '$1 sites' },
  'crawl.records': { 1: '1 record', n: '$1 records' },
  'crawl.moreRecords': { 1: '1 more record', n: '$1 more records' },
} as const satisfies Readonly<Record<string, Phrase>>;
