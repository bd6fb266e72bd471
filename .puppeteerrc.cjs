// Never let puppeteer fetch a browser: we drive Debian's /usr/bin/chromium (or
// PUPPETEER_EXECUTABLE_PATH). This machine and CI have no network beyond the registries.
module.exports = { skipDownload: true };
