import { i18n } from '#i18n';

/** The page says which language its words are in (screen readers, hyphenation, spell-check). */
export function setPageLanguage(): void {
  document.documentElement.lang = i18n.t('lang');
}
