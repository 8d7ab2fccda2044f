/** print: a handout's HTML → PDF, in a page of the shared browser. Paper size comes from the page's CSS. */
import type { BrowserManager } from './browser-manager.js';
import { serveDocument } from './serve-document.js';

export function printHandout(browser: BrowserManager, html: string): Promise<Uint8Array> {
  return browser.withPage(async (page) => {
    await serveDocument(page, html);
    return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  });
}
