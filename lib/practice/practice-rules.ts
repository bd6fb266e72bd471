import type { CookieCategory } from '../widgets/types';
import type { TrackerHostSpec } from '../trackers/tracker-hosts';
import type { MismatchSeverity } from './mismatch';

/**
 * The thresholds of the policy-against-practice rules, as data. Each is chosen so that a
 * mismatch is claimed only when both sides are clear; the reasons are beside them.
 */
export const practiceRules = {
  /**
   * Cookies that identify a visitor over time. `necessary` and `preferences` cookies (a consent
   * answer, a load balancer) hold no profile; a cookie of unknown category is not clear enough.
   */
  identifierCategories: ['functional', 'analytics', 'advertising'] as readonly CookieCategory[],
  retention: {
    /**
     * A cookie contradicts a stated period only when it outlives the policy's LONGEST stated
     * period by this factor and by `minExcessDays`: a policy that keeps some data 30 days and
     * other data 2 years does not contradict a 1-year cookie, nor a 1-year policy a 13-month one.
     */
    factor: 1.5,
    minExcessDays: 30,
    /** At this many times the longest stated period the mismatch is `high` (a year against 30 days). */
    highFactor: 10,
  },
  dnt: {
    /** Trackers whose loading goes against honouring Do Not Track (a tag manager alone does not). */
    trackerCategories: ['analytics', 'advertising', 'session-recording'] as readonly TrackerHostSpec['category'][],
    /** Identifier cookies whose being set goes against it. */
    cookieCategories: ['analytics', 'advertising'] as readonly CookieCategory[],
    severity: { advertising: 'high', 'session-recording': 'high', analytics: 'medium' } as Readonly<Record<string, MismatchSeverity>>,
  },
  noSale: {
    /**
     * A policy that says it does not sell but discloses advertising (shares with advertisers,
     * uses advertising or remarketing technology) has told the reader: no mismatch then.
     */
    disclosingSharing: ['advertisers'] as readonly string[],
    disclosingTech: ['advertising', 'remarketing'] as readonly string[],
    /** An advertising vendor that set an identifier: clearer than one that was only loaded. */
    severityWithCookie: 'medium' as MismatchSeverity,
    severityLoadedOnly: 'low' as MismatchSeverity,
  },
  undisclosedWidget: { severity: 'medium' as MismatchSeverity },
  vendorRetention: { severity: 'medium' as MismatchSeverity },
} as const;

/** The order mismatches are listed in: the clearest first. */
export const severityOrder: readonly MismatchSeverity[] = ['high', 'medium', 'low'];
