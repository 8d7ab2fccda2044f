/** A handout's HTML → PDF, in a page of the shared browser. The paper size comes from the page's CSS. */
import type { BrowserManager } from '../print/browser-manager.js';

export function printHandout(browser: BrowserManager, name: string, html: string): Promise<Uint8Array> {
  return browser.withDocument(name, html, new Map(), {}, (page) => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
}
