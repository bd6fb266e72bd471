/**
 * Every table of English phrases lib/ words things with, by the locale group its keys sit in.
 * The command line says them in English; the extension reads the same keys from `_locales`.
 * tests/unit/i18n checks each key is in every locale, with these English words in en.yml.
 */
import type { Phrase } from './say';
import { FACT_PHRASES } from '../policy/show/fact-row-phrases';
import { CHANGE_PHRASES } from '../policy/show/change-phrases';
import { REPORT_PHRASES } from '../report/report-phrases';
import { PRACTICE_PHRASES } from '../practice/practice-phrases';
import { ACTION_DETAIL_PHRASES } from '../history/action-detail';
import { PURPOSE_PHRASES } from './purpose-phrases';

export const PHRASE_TABLES: Readonly<Record<string, Readonly<Record<string, Phrase>>>> = {
  fact: FACT_PHRASES,
  change: CHANGE_PHRASES,
  report: REPORT_PHRASES,
  practice: PRACTICE_PHRASES,
  siteAction: ACTION_DETAIL_PHRASES,
  purposes: PURPOSE_PHRASES,
};
