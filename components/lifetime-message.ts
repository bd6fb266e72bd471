import { i18n } from '#i18n';
import { lifetimeOf } from '@/lib/cookies/lifetime';

/** A cookie's remaining life in the user's language; the units' plurals come from Intl ("3 Tage", "1 an"). */
export function lifetimeMessage(expires: string | null): string {
  const lifetime = lifetimeOf(expires);
  switch (lifetime.kind) {
    case 'session': return i18n.t('cookies.session');
    case 'expired': return i18n.t('cookies.expired');
    case 'under-a-minute': return i18n.t('cookies.underMinute');
    case 'span': return new Intl.NumberFormat(i18n.t('lang'), { style: 'unit', unit: lifetime.unit, unitDisplay: 'long' }).format(lifetime.count);
  }
}
