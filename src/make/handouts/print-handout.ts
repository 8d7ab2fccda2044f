/** A handout's HTML → PDF, in a page of the shared browser. The paper size comes from the page's CSS. */
import { finishPdf, preloadPdfLib, type PdfFacts } from '../print/finish-pdf.js';
import type { BrowserManager } from '../print/browser-manager.js';
import { pageHeadings } from '../print/page-headings.js';
import { traced } from '../../trace.js';

/**
 * `images` are the lecture's images, by the path the slides show them at (e.g. "images/map.png");
 * `facts` what the lecture says of the PDF (see finish-pdf.ts).
 */
export async function printHandout(browser: BrowserManager, name: string, html: string, images: ReadonlyMap<string, string>, facts: PdfFacts): Promise<Uint8Array> {
  preloadPdfLib();
  const printed = await browser.withDocument(name, html, images, {}, async (page) => ({
    // Chromium makes the bookmarks from the headings (tagged PDFs only).
    pdf: await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }),
    headings: await pageHeadings(page),
  }));
  // Finished once the page is free for the next handout.
  return traced(`finish ${name}`, finishPdf(printed.pdf, { ...facts, headings: printed.headings }));
}
