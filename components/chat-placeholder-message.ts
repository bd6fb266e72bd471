import { i18n } from '#i18n';
import { loadingSetsOf, type PlaceholderOffer } from '@/lib/chat-click/placeholder-offer';
import type { DocumentedLifetime } from '@/lib/widgets/documented-lifetime';

/** A documented lifetime in the browser's language; the units' plurals come from Intl ("9 Monate", "1 an"). */
function lifetimeWords(lifetime: DocumentedLifetime, lang: string): string {
  if (lifetime.kind === 'session') return i18n.t('chatOnClick.placeholder.untilClosed');
  return new Intl.NumberFormat(lang, { style: 'unit', unit: lifetime.unit, unitDisplay: 'long' }).format(lifetime.count);
}

/**
 * The placeholder's sentence on what a click lets the vendor set, e.g. "Loading it lets Intercom
 * set 3 cookies on this site: intercom-id-… (9 months), intercom-session-… (1 week) and …".
 */
export function whatLoadingSetsMessage(offer: Pick<PlaceholderOffer, 'vendor' | 'cookies'>): string {
  const sets = loadingSetsOf(offer);
  if (sets.cookieCount === 0) return i18n.t('chatOnClick.placeholder.connects', { vendor: sets.vendor });
  const lang = i18n.t('lang');
  const items = sets.named.map((cookie) => (cookie.lifetime ? `${cookie.name} (${lifetimeWords(cookie.lifetime, lang)})` : cookie.name));
  if (sets.more > 0) items.push(i18n.t('chatOnClick.placeholder.moreCookies', sets.more));
  const cookies = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  return i18n.t('chatOnClick.placeholder.setsCookies', sets.cookieCount, { vendor: sets.vendor, cookies });
}
