/** print: a handout's HTML → PDF, in a page of the shared browser. Paper size comes from the page's CSS. */
import type { BrowserManager } from './browser-manager.js';

export function printHandout(browser: BrowserManager, name: string, html: string): Promise<Uint8Array> {
  return browser.withDocument(name, html, new Map(), {}, (page) => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
}
