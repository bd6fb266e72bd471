import type { TabReport } from '../findings/tab-report';
import type { PolicyResult } from '../policy/fetch/load-policy';
import type { Settings } from '../settings/settings';
import type { PracticeInput, ReadPolicy } from './mismatch';

/** A policy result as the rules take it: only one that was read (`ready`) says anything. */
export function readPolicyOf(policy: PolicyResult | null): ReadPolicy | null {
  return policy?.status === 'ready' && policy.analysis ? { url: policy.url, facts: policy.analysis.facts } : null;
}

/**
 * Whether the extension sent `DNT: 1` and `Sec-GPC: 1` for the whole life of a document: the
 * signals were on before it began (`documentOrigin`, its `performance.timeOrigin`). A document
 * that began before they were switched on is not clear, so it counts as sent without them.
 */
export function signalsSentFor(signals: Settings['privacySignals'], documentOrigin: number): { dnt: boolean; gpc: boolean } {
  const sent = signals.enabled && signals.since !== undefined && documentOrigin > 0 && signals.since <= documentOrigin;
  return { dnt: sent, gpc: sent };
}

/** The rules' input from what the extension knows of a tab: its findings, the policies read, the signals. */
export function practiceInputOf(
  report: Pick<TabReport, 'cookies' | 'trackers' | 'widgets'>,
  sitePolicy: PolicyResult | null,
  vendorPolicies: readonly { readonly widgetId: string; readonly policy: PolicyResult | null }[],
  privacySignals: PracticeInput['privacySignals'],
  now: number,
): PracticeInput {
  return {
    sitePolicy: readPolicyOf(sitePolicy),
    vendorPolicies: vendorPolicies.flatMap(({ widgetId, policy }) => {
      const read = readPolicyOf(policy);
      return read ? [{ ...read, widgetId }] : [];
    }),
    cookies: report.cookies,
    trackers: report.trackers,
    widgets: report.widgets,
    privacySignals,
    now,
  };
}
