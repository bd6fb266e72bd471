/** Replaced at build time (wxt.config.ts) by `pageProbesOf(widgetCatalog)`. */
declare const __PAGE_PROBES__: import('./lib/widgets/page-probes').PageProbes;
