/** The text of a page's headings, as a reader hears them: what its PDF's bookmarks should say (see outline-titles.ts). */
import type { Page } from 'puppeteer';

export function pageHeadings(page: Page): Promise<string[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => (h as HTMLElement).innerText || h.textContent || ''));
}
