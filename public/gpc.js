// Global Privacy Control for pages' scripts: navigator.globalPrivacyControl === true
// (https://privacycg.github.io/gpc-spec/). The background registers this file in the MAIN world
// at document_start only while the user has privacy signals on; the Sec-GPC header comes from a
// declarativeNetRequest rule. Plain JavaScript in public/ so that nothing else (no bundler
// wrapper, no global name) is added to the page.
(() => {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
    get: () => true,
    configurable: true,
    enumerable: true,
  });
})();
