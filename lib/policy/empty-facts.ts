import type { PolicyFacts } from './types';

/** Every fact, stated nowhere: what a policy that says nothing (or none at all) gives. Apart from the analyser so that pages can use it without loading it. */
export function emptyFacts(): PolicyFacts {
  return {
    retention: { value: 'unspecified', periods: [], evidence: [] },
    dnt: { value: 'unspecified', evidence: [] },
    childAge: { value: null, evidence: [] },
    sharing: { value: [], evidence: [] },
    sellsData: { value: null, evidence: [] },
    dataLocations: { value: [], evidence: [] },
    contacts: { value: [], evidence: [] },
    rights: { value: [], evidence: [] },
    responseDays: { value: null, evidence: [] },
    cookies: { value: [], evidence: [] },
    trackingTech: { value: [], evidence: [] },
    frameworks: { value: [], evidence: [] },
    changeNotice: { value: 'unspecified', evidence: [] },
  };
}
