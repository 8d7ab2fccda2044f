/** A handout's HTML → PDF, in a page of the shared browser. The paper size comes from the page's CSS. */
import type { BrowserManager } from '../print/browser-manager.js';

/** `images` are the lecture's images, by the path the slides show them at (e.g. "images/map.png"). */
export function printHandout(browser: BrowserManager, name: string, html: string, images: ReadonlyMap<string, string>): Promise<Uint8Array> {
  return browser.withDocument(name, html, images, {}, (page) => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
}
