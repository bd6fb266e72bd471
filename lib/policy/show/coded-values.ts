/**
 * Which facts hold kebab-case codes ("not-honored", "service-providers") rather than words
 * taken from the policy (contacts, data locations, cookie names). Only codes are shown with
 * spaces: an e-mail address such as privacy@privacy-inspector.dev keeps its hyphen.
 */

import type { PolicyFacts } from '../types';

const CODED_FACTS: ReadonlySet<keyof PolicyFacts> = new Set<keyof PolicyFacts>(['retention', 'dnt', 'changeNotice', 'sharing', 'rights', 'trackingTech']);

/** True when `fact`'s values are codes of this project, not text quoted from a policy. */
export function holdsCodes(fact: string): boolean {
  return CODED_FACTS.has(fact as keyof PolicyFacts);
}

/** A value as people read it: codes get spaces for hyphens, quoted words stay as they are. */
export function valueWords(fact: string, value: string): string {
  return holdsCodes(fact) ? value.replace(/-/g, ' ') : value;
}
