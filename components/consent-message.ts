import { i18n } from '#i18n';
import type { ConsentStatus } from '@/lib/consent/consent-status';
import { consentManagerName } from '@/lib/consent/consent-text';

/** lib/consent/consent-text.ts's summary in the user's language: what was done with the cookie banner. */
export function consentMessage(status: ConsentStatus): { title: string; detail: string } {
  const product = consentManagerName(status.cmp);
  // Generated per-site rules have no product name: "this site's banner".
  const named = product && !/^auto_/.test(status.cmp) ? product : product ? i18n.t('consent.thisSitesBanner') : '';
  switch (status.outcome) {
    case 'rejected':
      return { title: i18n.t('consent.rejectedTitle'), detail: i18n.t('consent.rejectedDetail', { name: named || i18n.t('consent.theBanner') }) };
    case 'hidden':
      return { title: i18n.t('consent.hiddenTitle'), detail: i18n.t('consent.hiddenDetail', { name: named || i18n.t('consent.theBanner') }) };
    case 'failed':
      return { title: i18n.t('consent.failedTitle'), detail: i18n.t('consent.failedDetail', { name: named || i18n.t('consent.aBanner') }) };
    case 'none-found':
      return named
        ? { title: i18n.t('consent.noneToAnswerTitle'), detail: i18n.t('consent.noneToAnswerDetail', { name: named }) }
        : { title: i18n.t('consent.noneFoundTitle'), detail: i18n.t('consent.noneFoundDetail') };
    case 'disabled':
      return { title: i18n.t('consent.disabledTitle'), detail: i18n.t('consent.disabledDetail') };
  }
}
