import { describe, expect, it } from 'vitest';
import { practiceInputOf, signalsSentFor } from '../../../lib/practice/practice-input';
import { analyzePolicy } from '../../../lib/policy/read/analyze';
import type { PolicyResult } from '../../../lib/policy/fetch/load-policy';

describe('signalsSentFor', () => {
  it('is on only for a document that began after the signals were switched on', () => {
    expect(signalsSentFor({ enabled: true, since: 1000 }, 1500)).toEqual({ dnt: true, gpc: true });
    expect(signalsSentFor({ enabled: true, since: 2000 }, 1500)).toEqual({ dnt: false, gpc: false });
    expect(signalsSentFor({ enabled: false }, 1500)).toEqual({ dnt: false, gpc: false });
    expect(signalsSentFor({ enabled: true }, 1500)).toEqual({ dnt: false, gpc: false });
    expect(signalsSentFor({ enabled: true, since: 0 }, 0)).toEqual({ dnt: false, gpc: false });
  });
});

describe('practiceInputOf', () => {
  const analysis = { ...analyzePolicy('Privacy Policy. We keep your data for 30 days.'), lastUpdatedEvidence: [] };
  const ready: PolicyResult = { status: 'ready', url: 'https://a.example/privacy', title: null, analysis, changes: [] };
  const failed: PolicyResult = { status: 'not-english', url: 'https://b.example/privacy', title: null, analysis: null, changes: [] };
  it('keeps only the policies that were read', () => {
    const input = practiceInputOf({ cookies: [], trackers: [], widgets: [] }, failed, [{ widgetId: 'intercom', policy: ready }, { widgetId: 'drift', policy: null }], { dnt: false, gpc: false }, 5);
    expect(input.sitePolicy).toBeNull();
    expect(input.vendorPolicies.map((policy) => [policy.widgetId, policy.url])).toEqual([['intercom', 'https://a.example/privacy']]);
    expect(practiceInputOf({ cookies: [], trackers: [], widgets: [] }, ready, [], { dnt: false, gpc: false }, 5).sitePolicy?.facts.retention.periods).toEqual(['30 days']);
  });
});
