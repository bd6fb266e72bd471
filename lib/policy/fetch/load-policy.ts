import type { PolicyAnalysis } from '../types';
import type { PolicyFetchResult, FetchPolicyOptions } from './fetch-policy';
import type { PolicyCacheStore, PolicyCacheEntry } from './policy-cache';
import type { PolicyChange } from '../show/diff';
import { analyzePolicy, assessPolicyText, type PolicyAnalysisWithEvidence } from '../read/analyze';
import { extractPolicyText, textFromPlain } from '../read/text';
import { readPolicyEntry, isStale, recordFetch, recordNotModified } from './policy-cache';
import { diffAnalyses } from '../show/diff';

export type PolicyStatus = 'ready' | 'not-found' | 'fetch-failed' | 'not-english' | 'not-a-policy';

/** What the popup's Policy view and `scan` show for one policy. */
export interface PolicyResult {
  readonly status: PolicyStatus;
  readonly url: string | null;
  readonly title: string | null;
  readonly analysis: PolicyAnalysisWithEvidence | null;
  /** What changed since the previously stored version of this policy. */
  readonly changes: readonly PolicyChange[];
  /** Plain words for a failed status. */
  readonly message?: string;
  readonly fetchedAt?: number;
}

export interface PolicyLoaderDeps {
  readonly fetchPolicy: (url: string, options?: FetchPolicyOptions) => Promise<PolicyFetchResult>;
  /** HTML -> Document (native DOMParser, or linkedom where there is no DOM). */
  readonly parseHtml: (html: string) => Document;
  readonly store: PolicyCacheStore;
  readonly now: () => number;
}

/** Stored analyses are `unknown` to the cache: use one only if it has the analysis shape. */
function asAnalysis(value: unknown): PolicyAnalysisWithEvidence | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<PolicyAnalysisWithEvidence>;
  return typeof candidate.facts === 'object' && candidate.facts !== null && 'retention' in candidate.facts ? (candidate as PolicyAnalysisWithEvidence) : null;
}

function fromEntry(entry: PolicyCacheEntry): PolicyResult | null {
  const analysis = asAnalysis(entry.analysis);
  if (!analysis) return null;
  const previous = entry.previous ? asAnalysis(entry.previous.analysis) : null;
  return {
    status: 'ready',
    url: entry.url,
    title: analysis.title,
    analysis,
    changes: previous ? diffAnalyses(previous as PolicyAnalysis, analysis) : [],
    fetchedAt: entry.fetchedAt,
  };
}

const failed = (status: PolicyStatus, url: string | null, message: string): PolicyResult => ({ status, url, title: null, analysis: null, changes: [], message });

/**
 * One policy URL -> its facts. Served from the cache while fresh (a week), revalidated with
 * ETag / Last-Modified after that; a changed text keeps the old version's facts for the diff.
 * Never throws: every failure is a status with plain words.
 */
export async function loadPolicy(url: string, deps: PolicyLoaderDeps, options: { force?: boolean } = {}): Promise<PolicyResult> {
  if (!/^https?:\/\//i.test(url)) return failed('fetch-failed', url, 'Only http and https addresses can be read.');
  try {
    const cached = await readPolicyEntry(deps.store, url);
    if (cached && !options.force && !isStale(cached, deps.now())) {
      const fresh = fromEntry(cached);
      if (fresh) return fresh;
    }
    const usable = cached && asAnalysis(cached.analysis) ? cached : null;
    const fetched = await deps.fetchPolicy(url, { etag: usable?.etag ?? null, lastModified: usable?.lastModified ?? null });
    if (!fetched.ok) {
      // Offline or failing now, but known from before: show what we have.
      if (usable) return fromEntry(usable)!;
      return failed(fetched.error === 'bad-status' ? 'not-found' : 'fetch-failed', url, fetched.message);
    }
    if (fetched.notModified) {
      // Validators are sent only with a usable cached copy, so a 304 confirms that copy.
      const confirmed = await recordNotModified(deps.store, url, {}, deps.now());
      return (confirmed && fromEntry(confirmed)) ?? failed('fetch-failed', url, 'The server said the policy had not changed, but no copy of it is stored.');
    }
    const extracted = fetched.contentType === 'html' ? extractPolicyText(fetched.body, fetched.url, deps.parseHtml) : textFromPlain(fetched.body);
    const assessment = assessPolicyText(extracted.text);
    if (!assessment.isEnglish) return failed('not-english', fetched.url, 'This policy is not in English; only English policies are read for now.');
    if (!assessment.looksLikePolicy) return failed('not-a-policy', fetched.url, 'This page does not read like a privacy policy.');
    const analysis = analyzePolicy(extracted.text, { title: extracted.title });
    const fresh: PolicyResult = { status: 'ready', url, title: analysis.title, analysis, changes: [] };
    try {
      const entry = await recordFetch(deps.store, url, { text: extracted.text, etag: fetched.etag, lastModified: fetched.lastModified, analysis }, deps.now());
      return fromEntry(entry) ?? fresh;
    } catch (error) {
      // Storage full or failing: the user still gets the facts, only not remembered.
      console.warn('[policy] could not store the analysis of', url, error);
      return fresh;
    }
  } catch (error) {
    console.warn('[policy] load failed', url, error);
    return failed('fetch-failed', url, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Tries candidate URLs in order (best first) and returns the first that reads as a policy.
 * `deps` may differ per URL: the user's own choice is fetched otherwise than a page's links.
 */
export async function loadFirstPolicy(
  candidates: readonly string[],
  deps: PolicyLoaderDeps | ((url: string) => PolicyLoaderDeps),
  maxTries = 4,
): Promise<PolicyResult> {
  let last: PolicyResult = failed('not-found', null, 'No link to a privacy policy was found on this page.');
  for (const url of [...new Set(candidates)].slice(0, maxTries)) {
    const result = await loadPolicy(url, typeof deps === 'function' ? deps(url) : deps);
    if (result.status === 'ready') return result;
    // A real policy in another language is the answer: do not guess on. Other failures (a
    // missing page, a PDF, an unreachable host) may be one bad link among good ones: go on.
    if (result.status === 'not-english') return result;
    last = result;
  }
  return last;
}

/**
 * A policy as it was last read, from the cache only: nothing is fetched. For what needs a
 * policy the user already had read (policy against practice) but must not send a request for.
 */
export async function cachedPolicy(url: string, deps: Pick<PolicyLoaderDeps, 'store'>): Promise<PolicyResult | null> {
  try {
    const entry = await readPolicyEntry(deps.store, url);
    return entry ? fromEntry(entry) : null;
  } catch {
    return null;
  }
}

/** The first of the candidates (as `loadFirstPolicy` tries them) that the cache holds as read, or null. */
export async function cachedFirstPolicy(candidates: readonly string[], deps: Pick<PolicyLoaderDeps, 'store'>, maxTries = 4): Promise<PolicyResult | null> {
  for (const url of [...new Set(candidates)].slice(0, maxTries)) {
    const policy = await cachedPolicy(url, deps);
    if (policy) return policy;
  }
  return null;
}
