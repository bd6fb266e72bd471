import { i18n } from '#i18n';
import type { Say, Words } from '@/lib/i18n/say';

/**
 * lib/'s sentences in the browser's language: a `Say` that reads `_locales` (keys are checked
 * by tests/unit/i18n, which is why the key is loosely typed here).
 */
const t = i18n.t as unknown as (key: string, ...args: unknown[]) => string;

export const say: Say = (key, values, count) =>
  count === undefined ? (values ? t(key, values) : t(key)) : values ? t(key, count, values) : t(key, count);

/** The words every surface passes to lib/: the messages and the language they are in. */
export const uiWords: Words = { say, locale: i18n.t('lang') };
