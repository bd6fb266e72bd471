/** The policy facts of ../shared/CONTRACT.md (`analyze --json` and `scan`'s `policy.facts`). */

export interface Evidence {
  /** The sentence (or clause) exactly as it stands in the extracted text. */
  readonly quote: string;
  /** Character offset of `quote` in the extracted text: text.slice(start, start + quote.length) === quote. */
  readonly start: number;
}

export interface Fact<V> {
  readonly value: V;
  readonly evidence: readonly Evidence[];
}

export type RetentionValue = 'fixed' | 'as-needed' | 'indefinite' | 'unspecified';
export type DntValue = 'honored' | 'not-honored' | 'unspecified';
export type SharingCategory =
  | 'service-providers' | 'advertisers' | 'affiliates' | 'legal' | 'business-transfer' | 'aggregate' | 'consent';
export type UserRight =
  | 'access' | 'correction' | 'deletion' | 'portability' | 'objection' | 'opt-out-marketing' | 'complaint';
export type TrackingTech = 'analytics' | 'advertising' | 'web-beacons' | 'flash-cookies' | 'remarketing';
export type Framework = 'GDPR' | 'Privacy Shield' | 'COPPA' | 'CCPA';
export type ChangeNoticeValue = 'advance' | 'email' | 'posted-only' | 'unspecified';

export interface PolicyFacts {
  readonly retention: Fact<RetentionValue> & { readonly periods: readonly string[] };
  readonly dnt: Fact<DntValue>;
  readonly childAge: Fact<number | null>;
  readonly sharing: Fact<readonly SharingCategory[]>;
  readonly sellsData: Fact<boolean | null>;
  readonly dataLocations: Fact<readonly string[]>;
  readonly contacts: Fact<readonly string[]>;
  readonly rights: Fact<readonly UserRight[]>;
  readonly responseDays: Fact<number | null>;
  readonly cookies: Fact<readonly string[]>;
  readonly trackingTech: Fact<readonly TrackingTech[]>;
  readonly frameworks: Fact<readonly Framework[]>;
  readonly changeNotice: Fact<ChangeNoticeValue>;
}

/** A row of the Policy view: one fact, or the policy's date. */
export type FactField = keyof PolicyFacts | 'lastUpdated';

export interface PolicyAnalysis {
  readonly title: string | null;
  /** YYYY-MM-DD: the policy's own updated / effective date, or null. */
  readonly lastUpdated: string | null;
  readonly facts: PolicyFacts;
}
