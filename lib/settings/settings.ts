/**
 * Everything the user chooses, kept in `storage.local` under one key with a version, so a
 * newer extension can migrate what an older one stored (see migrate-settings.ts).
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

/** Where a block applies: requests made by one site's pages, or by every page. */
export type BlockScope = { readonly kind: 'site'; readonly site: string } | { readonly kind: 'everywhere' };

/**
 * 'block' stops every request to the vendor's hosts; 'cookieless' lets them through but strips
 * `Cookie` and `Set-Cookie`, so the widget still works without recognising the visitor.
 * 'on-click' (chat widgets only) blocks like 'block', but a placeholder of ours sits where the
 * launcher would and one click lets the chat load in that tab (lib/chat-click/).
 */
export type BlockMode = 'block' | 'cookieless' | 'on-click';

export const BLOCK_MODES: readonly BlockMode[] = ['block', 'cookieless', 'on-click'];

export interface BlockEntry {
  /** A widget id from the catalogue or a tracker id (see lib/blocking/block-targets.ts). */
  readonly targetId: string;
  readonly scope: BlockScope;
  readonly mode: BlockMode;
  readonly createdAt: number;
}

/** An opt-out switch the user flipped: the vendor's own preference cookie on one site. */
export interface OptOutEntry {
  readonly vendorId: string;
  readonly site: string;
  readonly createdAt: number;
}

export interface Settings {
  readonly version: number;
  readonly autoconsent: {
    /** Answer cookie banners with "reject" (on by default). */
    readonly enabled: boolean;
    /** Sites (registrable domains) where the user switched it off. */
    readonly disabledSites: readonly string[];
  };
  /**
   * Send `DNT: 1` and `Sec-GPC: 1` and expose `navigator.globalPrivacyControl`. `since`: when they
   * were switched on (epoch ms), so a page can be known to have been loaded with them all along
   * (lib/practice: a policy that promises to honour Do Not Track is held to it only then).
   */
  readonly privacySignals: { readonly enabled: boolean; readonly since?: number };
  /**
   * Keep a local history of what each site did (lib/history/), for the dashboard. Never for
   * private windows; nothing of it leaves the machine. Added without a version step: a missing
   * value reads as the default.
   */
  readonly history: { readonly enabled: boolean };
  readonly blocks: readonly BlockEntry[];
  /**
   * Every chat widget of the catalogue loads on click, on every site (version 2). A block or
   * cookie-less entry of a vendor is kept beside it; blocking outright wins over loading on click.
   */
  readonly chatOnClick: { readonly everywhere: boolean };
  readonly optOuts: readonly OptOutEntry[];
  /** Privacy policy addresses the user entered by hand, by site. */
  readonly policyOverrides: Readonly<Record<string, string>>;
}

export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  autoconsent: { enabled: true, disabledSites: [] },
  // Off until asked: some sites break or fingerprint on unusual headers, and Firefox users may
  // already send GPC from the browser's own setting.
  privacySignals: { enabled: false },
  // On: it is only ever on this machine, and the dashboard is its only reader.
  history: { enabled: true },
  blocks: [],
  // Off until asked: the chat is the site's way to help, and some people want it there at once.
  chatOnClick: { everywhere: false },
  optOuts: [],
  policyOverrides: {},
};
