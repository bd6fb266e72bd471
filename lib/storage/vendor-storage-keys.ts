import type { CookieNameMatch } from '../widgets/types';
import type { StorageArea } from './storage-item';

/** A storage key (or IndexedDB database name) a chat widget keeps, as its sources name it. */
export interface VendorStorageSpec {
  /** Catalogue id of the widget (lib/widgets/catalog.ts). */
  readonly widgetId: string;
  readonly areas: readonly StorageArea[];
  /** The key, or its fixed start ('prefix', followed by an account or property id) or end ('suffix'). */
  readonly name: string;
  readonly match: CookieNameMatch;
  /** What the widget keeps there, in our own words. */
  readonly purpose: string;
  /** Where the key is named: the vendor's page, or public code that reads or clears it. */
  readonly source: string;
}

/*
 * Keys chat widgets keep in the page's web storage (on the site's own origin, where the widget's
 * script runs). Data only; lib/storage/classify-storage.ts reads it. Whatever a vendor's own frame
 * keeps on the vendor's origin is the vendor's whatever its key: that needs no entry here.
 *
 * Only keys a public source names are listed; the `source` of each says which. Where a vendor
 * says it keeps nothing in web storage (Crisp: "we chose cookies over LocalStorage or
 * SessionStorage") or no source names its keys (LiveChat, JivoChat, Olark, HubSpot), none is
 * claimed. Public code is cited for facts (a key's name), none of it is copied.
 */
export const vendorStorageKeys = [
  // Zendesk Chat (Zopim): the classic widget's store of settings and the visitor's id, keyed by account.
  {
    widgetId: 'zendesk-chat', areas: ['localStorage'], name: '__zlcstore', match: 'exact',
    purpose: 'Chat settings and the visitor’s chat ID, per Zendesk Chat account.',
    source: 'Zopim web SDK (a public copy): its storage module keeps "__zlcstore" in local storage and reads the old cookie of that name once',
  },
  // Zendesk Web Widget (Classic): listed as kept by the widget on the site.
  {
    widgetId: 'zendesk-chat', areas: ['localStorage', 'sessionStorage'], name: 'ZD-suid', match: 'exact',
    purpose: 'ID of the visitor’s Web Widget session.',
    source: 'https://www.consentstack.io/vendors/zendesk',
  },
  {
    widgetId: 'zendesk-chat', areas: ['localStorage', 'sessionStorage'], name: 'ZD-store', match: 'exact',
    purpose: 'State of the Web Widget (open panels, drafts).',
    source: 'https://www.consentstack.io/vendors/zendesk',
  },
  // Intercom Messenger: one state object per app id.
  {
    widgetId: 'intercom', areas: ['localStorage'], name: 'intercom.intercom-state', match: 'prefix',
    purpose: 'The Messenger’s saved state for the visitor (open conversations, what was shown), per app ID.',
    source: 'public integrations that read and edit `intercom.intercom-state-<app id>` in local storage (e.g. to stop the Messenger reopening on boot)',
  },
  // Drift: visit counters and open-tab bookkeeping in local storage, the visit in session storage.
  {
    widgetId: 'drift', areas: ['localStorage'], name: 'DRIFT_visitCounts', match: 'exact',
    purpose: 'Counts the visitor’s visits, for targeting messages.',
    source: 'public Drift demo code that clears DRIFT_visitCounts, DRIFT_isChatFrameOpen and DRIFT_openTabs from local storage to reset the widget',
  },
  {
    widgetId: 'drift', areas: ['localStorage'], name: 'DRIFT_isChatFrameOpen', match: 'exact',
    purpose: 'Whether the chat window is open.',
    source: 'public Drift demo code (as DRIFT_visitCounts)',
  },
  {
    widgetId: 'drift', areas: ['localStorage'], name: 'DRIFT_openTabs', match: 'exact',
    purpose: 'Which of the site’s tabs have the widget open, to keep them in step.',
    source: 'public Drift demo code (as DRIFT_visitCounts)',
  },
  {
    widgetId: 'drift', areas: ['sessionStorage'], name: 'DRIFT_SESSION_', match: 'prefix',
    purpose: 'ID and start time of the current visit (DRIFT_SESSION_ID, DRIFT_SESSION_STARTED).',
    source: 'public Drift demo code that removes DRIFT_SESSION_ID and DRIFT_SESSION_STARTED from session storage',
  },
  {
    widgetId: 'drift', areas: ['sessionStorage'], name: 'DRIFT_NOTIFICATION_PLAYED', match: 'exact',
    purpose: 'Whether the new-message sound already played this visit.',
    source: 'public Drift demo code (as DRIFT_SESSION_ID)',
  },
  {
    widgetId: 'drift', areas: ['localStorage', 'sessionStorage'], name: 'Drift.Targeting.', match: 'prefix',
    purpose: 'What Drift’s targeting knows of the visit: referrer, search term, previous page, session times.',
    source: 'a public list of a site’s storage keys by vendor (Drift.Targeting.referrerDomain, .searchTerm, .previousPage, .activeSessionStartedAt...)',
  },
  // tawk.to: its documentation lists twk_token_* as "HTML local storage".
  {
    widgetId: 'tawk-to', areas: ['localStorage'], name: 'twk_token_', match: 'prefix',
    purpose: 'Token that keeps the visitor’s connection to the chat (followed by the property ID).',
    source: 'https://help.tawk.to/article/what-are-tawkto-cookies-and-what-do-they-do',
  },
  // Tidio: the widget's whole state, keyed by the site's public key.
  {
    widgetId: 'tidio', areas: ['localStorage'], name: 'tidio_state_', match: 'prefix',
    purpose: 'The widget’s state: the visitor’s ID and details, and the conversation (followed by the site’s public key).',
    source: 'Tidio integrations in public code that read the visitor from `tidio_state_<public key>` and remove it to reset the chat',
  },
  // Sunshine Conversations (Smooch) Web Messenger, which also powers Zendesk messaging:
  // "<integration id>.appUserId" and ".sessionToken", the identity of an anonymous user.
  // NOTE: its ".clientId" is left out: other libraries end keys that way too.
  {
    widgetId: 'sunshine-conversations', areas: ['localStorage'], name: '.appUserId', match: 'suffix',
    purpose: 'ID of the messaging user active in this browser (after the integration ID).',
    source: 'https://help.web1on1.chat/en/web1on1-webwidget-cookie-specification',
  },
  {
    widgetId: 'sunshine-conversations', areas: ['localStorage'], name: '.sessionToken', match: 'suffix',
    purpose: 'Token that authenticates the messaging session (after the integration ID).',
    source: 'https://help.web1on1.chat/en/web1on1-webwidget-cookie-specification',
  },
] as const satisfies readonly VendorStorageSpec[];
