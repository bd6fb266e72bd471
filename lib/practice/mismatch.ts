import type { PolicyFacts } from '../policy/types';
import type { CookieRecord } from '../cookies/classify';
import type { TrackerFinding } from '../findings/tab-report';
import type { WidgetMatch } from '../widgets/detect';
import type { PracticeWords } from './practice-phrases';
import type { PracticeMessage } from './practice-message';

/** The contradictions the rules look for (one rule each in rules/). */
export type MismatchKind = 'retention' | 'dnt' | 'no-sale' | 'undisclosed-widget' | 'vendor-retention';

export type MismatchSeverity = 'high' | 'medium' | 'low';

/** What the policy says (or, for `undisclosed-widget`, fails to say), with the sentence it says it in. */
export interface PolicyEvidence {
  /** Whose policy: the site's own, or a widget vendor's (read earlier, on the user's request). */
  readonly policy: 'site' | 'vendor';
  readonly policyUrl: string | null;
  readonly fact: keyof PolicyFacts;
  /** The statement in a few words: "keeps data for at most 30 days", "honours Do Not Track". */
  readonly claim: string;
  /** `claim` as a message, for saying it in another language (absent in mismatches kept before it was). */
  readonly claimMessage?: PracticeMessage;
  /** The sentence as it stands in the policy's text; null when the claim is a silence. */
  readonly quote: string | null;
  /** Offset of `quote` in the policy's extracted text. */
  readonly start: number | null;
}

/** What the page was seen doing. */
export interface ObservedPractice {
  readonly type: 'cookie' | 'tracker' | 'widget';
  /** The cookie's name, the tracker's vendor, the widget's name. */
  readonly name: string;
  readonly vendor: string | null;
  /** The cookie's domain; null for a tracker or widget. */
  readonly domain: string | null;
  /** The cookie's expiry (ISO 8601); null otherwise. */
  readonly expires: string | null;
  /** Days the cookie still had to live when the page was read; null otherwise. */
  readonly lifetimeDays: number | null;
  /** Hosts the tracker or widget loaded from; cookie names a widget set. */
  readonly details: readonly string[];
  /** In plain words: "_ga (Google Analytics) lives 2 years". */
  readonly text: string;
  /** `text` as a message, for saying it in another language (absent in mismatches kept before it was). */
  readonly textMessage?: PracticeMessage;
}

/** One contradiction between policy and practice: `scan`'s `mismatches[]` element. */
export interface Mismatch {
  readonly kind: MismatchKind;
  readonly severity: MismatchSeverity;
  readonly policyEvidence: PolicyEvidence;
  readonly observed: ObservedPractice;
}

/** A policy that was read: its address and facts. */
export interface ReadPolicy {
  readonly url: string | null;
  readonly facts: PolicyFacts;
}

/** Everything the rules look at. Only policies that were read (status `ready`) are given. */
export interface PracticeInput {
  readonly sitePolicy: ReadPolicy | null;
  /** Widget vendors' policies the user already had read (never fetched for this). */
  readonly vendorPolicies: readonly (ReadPolicy & { readonly widgetId: string })[];
  readonly cookies: readonly CookieRecord[];
  readonly trackers: readonly TrackerFinding[];
  readonly widgets: readonly WidgetMatch[];
  /** Whether `DNT: 1` / `Sec-GPC: 1` were sent for the whole life of this page's document. */
  readonly privacySignals: { readonly dnt: boolean; readonly gpc: boolean };
  /** When the page was read (epoch ms): cookie lifetimes are counted from it. */
  readonly now: number;
}

/** One rule: input -> the mismatches it finds (none when either side is unclear), claims and observations in `words` (English if none). */
export type PracticeRule = (input: PracticeInput, words?: PracticeWords) => Mismatch[];
