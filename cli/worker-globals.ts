/**
 * The few extension APIs that the CLI and tests call inside the service worker through
 * puppeteer's `worker.evaluate` (types only: the functions run in the worker, not in Node).
 */
export interface WorkerGlobals {
  readonly chrome: {
    readonly tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
    readonly action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
  };
  readonly privacyInspector?: { reportFor(tabId: number): Promise<unknown>; policyFor(tabId: number, vendorId?: string, force?: boolean, route?: { proxied?: boolean }): Promise<unknown>; practiceFor(tabId: number): Promise<unknown>; flush(): Promise<void>; consentFor(tabId: number): Promise<unknown> };
}
