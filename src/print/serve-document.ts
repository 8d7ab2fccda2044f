/**
 * Loads a document into a page from memory, under a private origin. The page may fetch
 * only the files it is given (images of the lecture); every other request is refused, so
 * printing never touches the network or other files on disk.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer';

export const ORIGIN = 'http://lectern.localhost';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

/** `assets` maps a path relative to the document (e.g. "images/map.png") to a file on disk. */
export async function serveDocument(page: Page, html: string, assets: ReadonlyMap<string, string> = new Map()): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url === `${ORIGIN}/index.html`) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    if (url.startsWith('data:')) {
      void request.continue();
      return;
    }
    const asset = url.startsWith(`${ORIGIN}/`) ? assets.get(decodeURIComponent(url.slice(ORIGIN.length + 1))) : undefined;
    if (!asset) {
      void request.abort('blockedbyclient');
      return;
    }
    readFile(asset).then(
      (body) => request.respond({ status: 200, contentType: TYPES[asset.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream', body }),
      () => request.abort('failed'),
    );
  });
  await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
  // Load every embedded face, not only those the body uses: running headers and footers
  // are laid out at print time, and a face still loading then drops them from the page.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
    await document.fonts.ready;
  });
}
