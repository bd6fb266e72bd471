import type { Evidence } from '../../policy/types';
import type { Mismatch, PracticeRule } from '../mismatch';
import { ENGLISH_PRACTICE_WORDS } from '../practice-phrases';
import { practiceRules } from '../practice-rules';
import { observedWidget, policyEvidenceOf } from '../observed';

/**
 * A chat widget that loads and sets identifiers on a site whose policy names no third party it
 * shares data with (its `sharing` fact is empty: no service providers, no partners, nobody) and
 * mentions neither the vendor nor any of the widget's cookies in what it says.
 */
export const undisclosedWidget: PracticeRule = (input, words = ENGLISH_PRACTICE_WORDS) => {
  const policy = input.sitePolicy;
  if (!policy || policy.facts.sharing.value.length > 0) return [];
  const facts = policy.facts;
  const quoted = (Object.values(facts) as { evidence: readonly Evidence[] }[])
    .flatMap((fact) => fact.evidence.map((evidence) => evidence.quote.toLowerCase()))
    .join('\n');
  const mentionedCookies = new Set(facts.cookies.value);
  const mismatches: Mismatch[] = [];
  for (const widget of input.widgets) {
    if (quoted.includes(widget.vendor.toLowerCase()) || quoted.includes(widget.name.toLowerCase())) continue;
    const identifiers = input.cookies.filter(
      (cookie) => cookie.widgetId === widget.id && cookie.category !== null && practiceRules.identifierCategories.includes(cookie.category),
    );
    if (identifiers.length === 0 || identifiers.some((cookie) => mentionedCookies.has(cookie.name))) continue;
    const names = identifiers.map((cookie) => cookie.name);
    mismatches.push({
      kind: 'undisclosed-widget',
      severity: practiceRules.undisclosedWidget.severity,
      policyEvidence: policyEvidenceOf(policy, 'site', 'sharing', { key: 'practice.claim.namesNoThirdParty' }, [], words),
      observed: observedWidget(widget, names, { key: 'practice.seen.widget', values: { name: widget.name, vendor: widget.vendor, cookies: names.join(', ') } }, words),
    });
  }
  return mismatches;
};
