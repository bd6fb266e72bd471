/**
 * The words of policy against practice: a claim of a policy and what the page was seen doing.
 * The command line and `scan`'s JSON say them in English from this table (docs/format.md's
 * `claim` and `observed.text`); the popup and the dashboard say them again, from a mismatch's
 * messages (practice-message.ts), in the browser's language (locales/*.yml, group `practice`).
 * Checked against en.yml by tests/unit/i18n.
 */
import { sayFrom, type Phrase, type Words } from '../i18n/say';

export const PRACTICE_PHRASES = {
  'practice.claim.retention': 'keeps data for at most {period}',
  'practice.claim.dnt': 'honours Do Not Track',
  'practice.claim.noSale': 'does not sell personal data, and mentions no advertising',
  'practice.claim.namesNoThirdParty': 'names no third party it shares data with',
  'practice.seen.cookie': 'cookie {name} on {domain}',
  'practice.seen.vendorCookie': 'cookie {name} ({vendor}) on {domain}',
  'practice.seen.forSession': '{cookie}, for the session',
  'practice.seen.lives': '{cookie}, lives {time}',
  'practice.seen.trackerDespiteDnt': '{vendor} ({category}) loaded although the browser sent {sent}',
  'practice.seen.cookieDespiteDnt': '{cookie}; set although the browser sent {sent}',
  'practice.seen.adNetwork': 'advertising network {vendor} loaded ({hosts})',
  'practice.seen.widget': '{name} ({vendor}) loaded and set {cookies}',
  'practice.sent.dnt': 'DNT: 1',
  'practice.sent.dntAndGpc': 'DNT: 1 and Sec-GPC: 1',
  // Tracker categories as `scan` has always printed them (their codes); translated in the popup.
  'practice.tracker.analytics': 'analytics',
  'practice.tracker.advertising': 'advertising',
  'practice.tracker.sessionRecording': 'session-recording',
} as const satisfies Readonly<Record<string, Phrase>>;

export type PracticePhraseKey = keyof typeof PRACTICE_PHRASES;

/** The words the rules build claims and observations with. */
export type PracticeWords = Words<PracticePhraseKey>;

/** `scan`'s words: English, as docs/format.md shows them. */
export const ENGLISH_PRACTICE_WORDS: PracticeWords = { say: sayFrom(PRACTICE_PHRASES), locale: 'en' };
