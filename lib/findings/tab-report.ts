import type { WidgetMatch } from '../widgets/detect';
import type { CookieRecord } from '../cookies/classify';
import type { StorageRecord } from '../storage/storage-item';

export interface TrackerFinding {
  readonly vendor: string;
  readonly category: string;
  readonly hosts: readonly string[];
}

/** What the popup shows for a tab and what `scan` prints (see CONTRACT.md). */
export interface TabReport {
  readonly tabId: number;
  readonly url: string;
  /** Registrable domain (eTLD+1) of the page, or its hostname where it has none. */
  readonly site: string;
  readonly widgets: readonly WidgetMatch[];
  readonly cookies: readonly CookieRecord[];
  /** Web storage of the page's origin and of its chat widgets' frames (keys and sizes, never values). */
  readonly storage: readonly StorageRecord[];
  readonly trackers: readonly TrackerFinding[];
  /** Hostnames of other sites the tab loaded from. */
  readonly thirdPartyHosts: readonly string[];
  readonly policyLinks: readonly { readonly url: string; readonly score: number; readonly sameSite: boolean }[];
  readonly startedAt: number;
  readonly updatedAt: number;
}
