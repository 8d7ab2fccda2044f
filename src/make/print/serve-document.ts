/**
 * Loads documents into a page from memory, under a private origin. The page may fetch
 * only the files it is given (images of the lecture); every other request is refused, so
 * printing never touches the network or other files on disk. A page is set up once and
 * then reused for document after document: opening a page costs more than printing one.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer';
import { mimeType } from '../../mime.js';

export const ORIGIN = 'http://lectern.localhost';
const DOCUMENT_URL = `${ORIGIN}/index.html`;

export interface Viewport {
  width: number;
  height: number;
  deviceScaleFactor: number;
}

/** What Chromium gives a new page; handouts are laid out by their paper size, not by this. */
export const DEFAULT_VIEWPORT: Viewport = { width: 800, height: 600, deviceScaleFactor: 1 };

export class DocumentPage {
  private html = '';
  private assets: ReadonlyMap<string, string> = new Map();
  // Puppeteer gives every new page this viewport.
  private viewport: Viewport = DEFAULT_VIEWPORT;

  private constructor(readonly page: Page) {}

  static async open(page: Page): Promise<DocumentPage> {
    const doc = new DocumentPage(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (url === DOCUMENT_URL) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: doc.html });
        return;
      }
      if (url.startsWith('data:')) {
        void request.continue();
        return;
      }
      const asset = url.startsWith(`${ORIGIN}/`) ? doc.assets.get(decodeURIComponent(url.slice(ORIGIN.length + 1))) : undefined;
      if (!asset) {
        void request.abort('blockedbyclient');
        return;
      }
      readFile(asset).then(
        (body) => request.respond({ status: 200, contentType: mimeType(asset), body }),
        () => request.abort('failed'),
      );
    });
    return doc;
  }

  /** `assets` maps a path relative to the document (e.g. "images/map.png") to a file on disk. */
  async load(html: string, assets: ReadonlyMap<string, string> = new Map(), viewport: Viewport = DEFAULT_VIEWPORT): Promise<void> {
    if (!sameViewport(this.viewport, viewport)) {
      await this.page.setViewport(viewport);
      this.viewport = viewport;
    }
    this.html = html;
    this.assets = assets;
    await this.page.goto(DOCUMENT_URL, { waitUntil: 'load' });
    // Load every embedded face, not only those the body uses: running headers and footers
    // are laid out at print time, and a face still loading then drops them from the page.
    await this.page.evaluate(async () => {
      await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
      await document.fonts.ready;
    });
  }
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.width === b.width && a.height === b.height && a.deviceScaleFactor === b.deviceScaleFactor;
}
