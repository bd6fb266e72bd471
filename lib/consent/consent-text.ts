import type { ConsentStatus } from './consent-status';

/** autoconsent's rule names that are not how people know the product. */
const productNames: Readonly<Record<string, string>> = {
  Onetrust: 'OneTrust',
  Cybotcookiebot: 'Cookiebot',
  'Sourcepoint-frame': 'Sourcepoint',
  'TrustArc-top': 'TrustArc',
  'TrustArc-frame': 'TrustArc',
  'consentmanager.net': 'consentmanager',
};

/** The consent manager's name for people; generated per-site rules ("auto_GB_example.com_x1") have none. */
export function consentManagerName(cmp: string): string {
  if (!cmp) return '';
  if (/^auto_/.test(cmp)) return "this site's banner";
  return productNames[cmp] ?? cmp;
}

/** One line for the popup: what was done with this page's cookie banner. Plain text. */
export function consentSummary(status: ConsentStatus): { title: string; detail: string } {
  const name = consentManagerName(status.cmp);
  switch (status.outcome) {
    case 'rejected':
      return { title: 'Cookie banner answered: rejected', detail: `${name || 'The banner'} was told no to everything that can be refused.` };
    case 'hidden':
      return { title: 'Cookie banner hidden', detail: `${name || 'The banner'} offers no known way to refuse; it was hidden and nothing was accepted.` };
    case 'failed':
      return { title: 'Cookie banner not answered', detail: `${name || 'A banner'} was found but refusing did not work; it may still be on the page.` };
    case 'none-found':
      return name
        ? { title: 'No cookie banner to answer', detail: `${name} is on this page but showed no banner (perhaps already answered).` }
        : { title: 'No cookie banner found', detail: 'No known consent pop-up on this page so far.' };
    case 'disabled':
      return { title: 'Cookie banners are left alone here', detail: 'Automatic rejection is switched off for this site.' };
  }
}
