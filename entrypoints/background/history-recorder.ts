import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/findings/tab-state';
import type { TabReport } from '@/lib/findings/tab-report';
import type { ConsentStatus } from '@/lib/consent/consent-status';
import type { PolicyCacheStore } from '@/lib/policy/fetch/policy-cache';
import type { Settings } from '@/lib/settings/settings';
import { sitePolicyCandidates } from '@/lib/policy/find/policy-candidates';
import { cachedPolicyOf } from '@/lib/history/cached-policy';
import { visitOf } from '@/lib/history/visit-of';
import { createVisitTimer } from '@/lib/history/visit-timer';
import type { HistoryDb } from '@/lib/history/history-db';
import type { SiteAction } from '@/lib/history/site-history';
import type { Mismatch } from '@/lib/practice/mismatch';

export interface HistoryRecorderDeps {
  readonly db: HistoryDb;
  readonly settings: () => Promise<Settings>;
  /** The tab's stored state, as the background holds it (no script runs in the page). */
  readonly stateOf: (tabId: number) => Promise<TabState | null>;
  /** The findings of a state: its cookies read through the cookies API. */
  readonly reportOf: (state: TabState) => Promise<TabReport>;
  readonly consentFor: (tabId: number) => Promise<ConsentStatus | null>;
  readonly policyStore: PolicyCacheStore;
  /** Policy against practice of a report (and the state it came from), as the popup and `scan` have it (English); none before a policy was read. */
  readonly mismatchesOf: (report: TabReport, state: TabState) => Promise<readonly Mismatch[]>;
}

/** A private (incognito) tab, or one that is gone: nothing of it is kept. */
async function mayKeep(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab !== null && !tab.incognito;
}

/**
 * Writes what each tab's page did to the history once the page has settled (visit-timer.ts),
 * when the user keeps a history, never for a private window. Failures are logged and dropped:
 * the history must never cost the page or the popup anything.
 */
export function createHistoryRecorder(deps: HistoryRecorderDeps) {
  async function record(tabId: number, newVisit: boolean, state: Promise<TabState | null>) {
    const settings = await deps.settings();
    if (!settings.history.enabled || !(await mayKeep(tabId))) return;
    const current = await state;
    if (!current || !/^https?:/.test(current.url)) return;
    const report = await deps.reportOf(current);
    const candidates = sitePolicyCandidates(report, settings.policyOverrides[report.site] ?? null);
    const [cached, consent, mismatches] = await Promise.all([
      cachedPolicyOf(candidates, deps.policyStore),
      deps.consentFor(tabId).catch(() => null),
      deps.mismatchesOf(report, current).catch((): readonly Mismatch[] => []),
    ]);
    await deps.db.recordVisit(visitOf(report, cached, consent, Date.now(), newVisit, mismatches));
  }

  const timer = createVisitTimer(
    (tabId, newVisit) => {
      // The state is asked for at once, before a new document's report replaces it.
      const state = deps.stateOf(tabId);
      void record(tabId, newVisit, state).catch((error: unknown) => console.warn('[history] visit not recorded', tabId, error));
    },
    { now: () => Date.now(), setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
  );

  return {
    /** A report of the tab's top document arrived (page-signals): write its visit once it settles. Private tabs are never scheduled. */
    pageReported(tabId: number, documentOrigin: number, incognito: boolean): void {
      if (incognito) return;
      timer.schedule(tabId, documentOrigin);
    },
    /**
     * A policy of the tab's site or of one of its widgets was just read (the popup asked): the
     * visit's record is written again and picks it up from the cache, with the mismatches it shows.
     */
    policyRead(tabId: number, documentOrigin: number | null): void {
      if (documentOrigin !== null) timer.schedule(tabId, documentOrigin);
    },
    forgetTab(tabId: number): void {
      timer.forget(tabId);
    },
    /** Something the user did on a site (from a normal window) goes into its record. */
    async actionDone(site: string, incognito: boolean, action: SiteAction): Promise<void> {
      if (incognito || !(await deps.settings()).history.enabled) return;
      await deps.db.recordAction(site, action).catch((error: unknown) => console.warn('[history] action not recorded', site, error));
    },
  };
}
