/** The registry: one extractor per contract fact, in contract order. */

import type { FactExtractor, FactName } from './context';
import { retention } from './retention';
import { dnt } from './dnt';
import { childAge } from './child-age';
import { sharing } from './sharing';
import { sellsData } from './sells-data';
import { dataLocations } from './data-locations';
import { contacts } from './contacts';
import { rights } from './rights';
import { responseDays } from './response-days';
import { cookies } from './cookies';
import { trackingTech } from './tracking-tech';
import { frameworks } from './frameworks';
import { changeNotice } from './change-notice';

export const FACT_EXTRACTORS: { readonly [K in FactName]: FactExtractor<K> } = {
  retention, dnt, childAge, sharing, sellsData, dataLocations, contacts, rights, responseDays, cookies, trackingTech,
  frameworks, changeNotice,
};

export { extractLastUpdated } from './last-updated';
export type { FactExtractor, FactName, PolicyDocument } from './context';
