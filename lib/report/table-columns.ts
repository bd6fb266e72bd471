/**
 * The flattened tables of `privacy-inspector report` (pages, widgets, cookies, storage, facts, trackers, mismatches):
 * one definition of their columns, from which the row types here, the DuckDB tables and the
 * Parquet / CSV files are made. docs/format.md and docs/schema/report-tables.schema.json
 * describe the same columns (a unit test keeps them in step).
 *
 * Column names are snake_case so that the files read as they are in pandas, R and SQL.
 */

export type ColumnType = 'VARCHAR' | 'BOOLEAN' | 'INTEGER' | 'DOUBLE';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  readonly about: string;
}

const column = <const N extends string, const T extends ColumnType, const Nullable extends boolean>(name: N, type: T, nullable: Nullable, about: string) =>
  ({ name, type, nullable, about }) as const;

/** Columns every table starts with: which page (after de-duplication) and its site. */
const pageRef = [
  column('page_key', 'VARCHAR', false, 'The page: its crawl id, or "url:" + its URL for results without one.'),
  column('site', 'VARCHAR', false, 'Registrable domain (eTLD+1) of the page.'),
] as const;

export const tableColumns = {
  pages: [
    ...pageRef,
    column('url', 'VARCHAR', false, 'The URL as asked for.'),
    column('final_url', 'VARCHAR', true, 'Where the page ended up, when it differs (redirects).'),
    column('source', 'VARCHAR', false, 'crawl (a crawl line), popup (the popup\'s saved findings) or scan (a scan result).'),
    column('input_file', 'VARCHAR', false, 'The file the record was read from, as given.'),
    column('input_line', 'INTEGER', false, 'Its line in that file (JSON lines), or its position (a JSON array), from 1.'),
    column('taken_at', 'VARCHAR', true, 'ISO 8601 time the page was taken: crawl.startedAt, exportedAt, or the file\'s modification time for scan output.'),
    column('ok', 'BOOLEAN', false, 'False when the page could not be scanned (error set).'),
    column('error', 'VARCHAR', true, 'The error, as the browser gave it.'),
    column('error_kind', 'VARCHAR', true, 'The error\'s kind (http: the server answered with an HTTP error, dns, refused, timeout, tls, redirect-loop, connection, blocked, aborted, crash, invalid-url, other).'),
    column('loaded', 'BOOLEAN', true, 'False when the load event had not come by the timeout; null when unknown (the popup).'),
    column('attempt', 'INTEGER', true, 'Crawl attempt of the kept line (1 = first try).'),
    column('worker', 'VARCHAR', true, 'Crawl worker of the kept line.'),
    column('duration_ms', 'DOUBLE', true, 'How long the crawler spent on the page.'),
    column('widgets', 'INTEGER', false, 'Chat and messaging widgets found.'),
    column('cookies', 'INTEGER', false, 'Cookies of the page (its own and its third parties\').'),
    column('first_party_cookies', 'INTEGER', false, 'Of which first-party.'),
    column('third_party_cookies', 'INTEGER', false, 'Of which third-party.'),
    column('trackers', 'INTEGER', false, 'Known tracker vendors the page loaded from.'),
    column('third_party_hosts', 'INTEGER', false, 'Host names of other sites the page loaded from.'),
    column('policy_url', 'VARCHAR', true, 'The privacy policy found for the site.'),
    column('policy_status', 'VARCHAR', false, 'ready (read: its facts are in the facts table), not-found, fetch-failed, not-english, not-a-policy, not-scanned...'),
    column('policy_last_updated', 'VARCHAR', true, 'The policy\'s own date (YYYY-MM-DD).'),
    column('consent_cmp', 'VARCHAR', true, 'Consent manager seen (autoconsent\'s name); null when none.'),
    column('consent_outcome', 'VARCHAR', true, 'What the extension did with the cookie banner: rejected, hidden, failed, none-found, disabled.'),
    column('mismatches', 'INTEGER', true, 'Where the policy contradicts what the page does (policy against practice); null for results written before they were looked for.'),
  ],
  widgets: [
    ...pageRef,
    column('widget_id', 'VARCHAR', false, 'Catalogue id (docs/widget-catalog.md).'),
    column('name', 'VARCHAR', false, 'Widget name.'),
    column('vendor', 'VARCHAR', false, 'Vendor.'),
    column('evidence', 'INTEGER', false, 'How many pieces of evidence were found.'),
    column('vendor_policy_url', 'VARCHAR', true, 'The vendor\'s privacy policy.'),
  ],
  cookies: [
    ...pageRef,
    column('name', 'VARCHAR', false, 'Cookie name.'),
    column('domain', 'VARCHAR', false, 'Cookie domain (no leading dot).'),
    column('domain_site', 'VARCHAR', false, 'Registrable domain of the cookie\'s domain.'),
    column('party', 'VARCHAR', false, 'first or third.'),
    column('vendor', 'VARCHAR', true, 'Who sets it, when known.'),
    column('category', 'VARCHAR', true, 'necessary, functional, preferences, analytics or advertising, when known.'),
    column('purpose', 'VARCHAR', true, 'What it is for, in plain words, when known.'),
    column('widget_id', 'VARCHAR', true, 'The chat widget that sets it, when one does.'),
    column('expires', 'VARCHAR', true, 'ISO 8601 expiry; null for a session cookie.'),
    column('lifetime_days', 'DOUBLE', true, 'Days from taken_at to expires; null for a session cookie or an unknown taken_at.'),
    column('http_only', 'BOOLEAN', true, 'HttpOnly.'),
    column('secure', 'BOOLEAN', true, 'Secure.'),
    column('same_site', 'VARCHAR', true, 'SameSite as the browser reports it (lax, strict, no_restriction, unspecified).'),
    column('partitioned', 'BOOLEAN', true, 'Partitioned (CHIPS).'),
  ],
  storage: [
    ...pageRef,
    column('area', 'VARCHAR', false, 'localStorage, sessionStorage or indexedDB.'),
    column('origin', 'VARCHAR', false, 'Origin of the frame that keeps it: the page\'s, or a chat widget vendor\'s frame.'),
    column('origin_site', 'VARCHAR', false, 'Registrable domain of that origin.'),
    column('key', 'VARCHAR', false, 'The key; for indexedDB, the database\'s name.'),
    column('party', 'VARCHAR', true, 'first or third (null for results that did not say).'),
    column('vendor', 'VARCHAR', true, 'Who keeps it, when known.'),
    column('purpose', 'VARCHAR', true, 'What it is for, in plain words, when known.'),
    column('widget_id', 'VARCHAR', true, 'The chat widget that keeps it, when one does.'),
    column('bytes', 'INTEGER', true, 'Key and value in UTF-16 (2 bytes a character); null for an IndexedDB database.'),
  ],
  facts: [
    ...pageRef,
    column('policy_url', 'VARCHAR', false, 'The policy the fact was read from.'),
    column('fact', 'VARCHAR', false, 'The fact (retention, dnt, childAge, sharing, sellsData, dataLocations, contacts, rights, responseDays, cookies, trackingTech, frameworks, changeNotice).'),
    column('value', 'VARCHAR', true, 'One value as text (a list fact has one row per item); null when the policy states none.'),
    column('evidence', 'INTEGER', false, 'Sentences quoted as evidence for the fact.'),
  ],
  trackers: [
    ...pageRef,
    column('vendor', 'VARCHAR', false, 'Tracker vendor.'),
    column('category', 'VARCHAR', false, 'Its kind (analytics, advertising...).'),
    column('hosts', 'INTEGER', false, 'Its hosts the page loaded from.'),
  ],
  mismatches: [
    ...pageRef,
    column('kind', 'VARCHAR', false, 'retention, dnt, no-sale, undisclosed-widget or vendor-retention (docs/format.md, policy against practice).'),
    column('severity', 'VARCHAR', false, 'high, medium or low.'),
    column('policy', 'VARCHAR', false, 'Whose policy makes the claim: site, or vendor (a chat widget vendor\'s).'),
    column('policy_url', 'VARCHAR', true, 'That policy.'),
    column('fact', 'VARCHAR', false, 'The policy fact the claim comes from (retention, dnt, sellsData, sharing).'),
    column('claim', 'VARCHAR', false, 'What the policy says, in a few words.'),
    column('quote', 'VARCHAR', true, 'The policy\'s sentence; null when the claim is a silence.'),
    column('observed_type', 'VARCHAR', false, 'What was seen: cookie, tracker or widget.'),
    column('observed_name', 'VARCHAR', false, 'The cookie\'s name, the tracker\'s vendor or the widget\'s name.'),
    column('observed_vendor', 'VARCHAR', true, 'Its vendor, when known.'),
    column('observed_domain', 'VARCHAR', true, 'The cookie\'s domain.'),
    column('lifetime_days', 'DOUBLE', true, 'Days the cookie still had to live when the page was read.'),
    column('observed', 'VARCHAR', false, 'What was seen, in plain words.'),
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type TableName = keyof typeof tableColumns;
export const tableNames = Object.keys(tableColumns) as TableName[];

type ValueOf<C extends ColumnSpec> =
  | (C['type'] extends 'VARCHAR' ? string : C['type'] extends 'BOOLEAN' ? boolean : number)
  | (C['nullable'] extends true ? null : never);

/** The row type of a table, from its columns. */
export type RowOf<T extends TableName> = { -readonly [C in (typeof tableColumns)[T][number] as C['name']]: ValueOf<C> };

export type PageRow = RowOf<'pages'>;
export type WidgetRow = RowOf<'widgets'>;
export type CookieRow = RowOf<'cookies'>;
export type StorageRow = RowOf<'storage'>;
export type FactRow = RowOf<'facts'>;
export type TrackerRow = RowOf<'trackers'>;
export type MismatchRow = RowOf<'mismatches'>;

/** The rows of one or many records. */
export interface FlatRows {
  pages: PageRow[];
  widgets: WidgetRow[];
  cookies: CookieRow[];
  storage: StorageRow[];
  facts: FactRow[];
  trackers: TrackerRow[];
  mismatches: MismatchRow[];
}

export function emptyRows(): FlatRows {
  return { pages: [], widgets: [], cookies: [], storage: [], facts: [], trackers: [], mismatches: [] };
}
