// Lectern never downloads a browser: it uses the system Chromium (see src/print/find-browser.ts).
// This file stops Puppeteer's install step from fetching its own Chrome build.
module.exports = { skipDownload: true };
