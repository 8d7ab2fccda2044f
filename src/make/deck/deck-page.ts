/**
 * print: the deck's slides in the shared browser. One page holds the whole deck; from it
 * come the overflow check, the PDF and the slide images for PowerPoint.
 */
import type { Page } from 'puppeteer';
import { textDirection } from '../../language.js';
import { preloadPdfLib } from '../print/finish-pdf.js';
import { pageHeadings } from '../print/page-headings.js';
import type { Viewport } from '../print/serve-document.js';
import type { MarpOutput } from './marp-render.js';

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** A standalone HTML page of all slides, one per printed page. */
export function deckPrintHtml(marp: MarpOutput, fontCss: string, title: string, language = 'en'): string {
  return `<!DOCTYPE html>
<html lang="${language}" dir="${textDirection(language)}"><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title>
<style>${fontCss}</style>
<style>${marp.css}</style>
<style>
@page { size: ${SLIDE_WIDTH}px ${SLIDE_HEIGHT}px; margin: 0; }
html, body { margin: 0; padding: 0; }
div.marpit > section { break-after: page; }
div.marpit > section:last-child { break-after: auto; }
</style></head>
<body>${marp.html}</body></html>`;
}

/** 1.5× makes the slide pictures 1920×1080: what a projector shows, crisp and quick to make. */
export const DECK_VIEWPORT: Viewport = { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, deviceScaleFactor: 1.5 };

export interface Overflow {
  /** Index of the slide in the deck. */
  index: number;
  /** Height the content needs over the height it has (above 1 when it does not fit). */
  ratio: number;
}

/**
 * The slides whose content does not fit: anything reaching past the slide's frame, or
 * into the bottom margin that holds the footer and page number.
 */
export function findOverflowingSlides(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const sections = [...document.querySelectorAll<HTMLElement>('div.marpit > section')];
    return sections.flatMap((section, index) => {
      const frame = section.getBoundingClientRect();
      const style = getComputedStyle(section);
      const top = frame.top + parseFloat(style.paddingTop);
      const bottom = frame.bottom - parseFloat(style.paddingBottom);
      let lowest = top;
      let sideways = section.scrollWidth > section.clientWidth + 1;
      for (const el of section.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('footer, header')) continue;
        // Typeset maths counts as its box: KaTeX draws with struts above the line and SVG
        // paths far wider than shown (clipped), and keeps a hidden MathML copy for readers.
        if (el.parentElement?.closest('.katex')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        lowest = Math.max(lowest, r.bottom);
        if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1) sideways = true;
      }
      const ratio = (lowest - top) / (bottom - top);
      if (ratio <= 1 + 1 / (bottom - top) && !sideways && section.scrollHeight <= section.clientHeight + 1) return [];
      return [{ index, ratio: Math.max(ratio, sideways ? 1.34 : 1.01) }];
    });
  });
}

/** The deck's PDF as Chromium prints it, and its headings' text (what the bookmarks should say): see finish-pdf.ts. */
export async function printDeckPdf(page: Page): Promise<{ pdf: Uint8Array; headings: string[] }> {
  preloadPdfLib();
  const pdf = await page.pdf({
    width: `${SLIDE_WIDTH}px`,
    height: `${SLIDE_HEIGHT}px`,
    printBackground: true,
    preferCSSPageSize: true,
    // Chromium builds the bookmarks from the slide headings.
    outline: true,
    tagged: true,
  });
  return { pdf, headings: await pageHeadings(page) };
}

// Each capture costs about 50 ms however small, so slides are captured several at a time
// and cut apart afterwards; a handful at a time keeps each picture well inside Chromium's
// limits on a picture's height.
const SLIDES_PER_CAPTURE = 8;

/**
 * What each slide looks like, as HTML: the same HTML (with the same styles) makes the same
 * picture. Marp puts each slide in a <section> of its own, and lecture text can never
 * write one (HTML is off), so the slides are the parts that start with "<section".
 */
export function slideHtml(marp: MarpOutput): string[] {
  return marp.html.split(/(?=<section[\s>])/).filter((part) => part.startsWith('<section'));
}

export interface PictureOptions {
  /** Runs a capture with the page in front (see BrowserManager.inFront). */
  inFront?: (capture: () => Promise<Uint8Array>) => Promise<Uint8Array>;
  /** The slides to picture, by index; all when absent. */
  only?: readonly number[];
}

/** One PNG per slide asked for, at full-HD size, at the slide's index (the others left empty). */
export async function screenshotSlides(page: Page, options: PictureOptions = {}): Promise<(Uint8Array | undefined)[]> {
  const inFront = options.inFront ?? ((c) => c());
  const count = await page.$$eval('div.marpit > section', (s) => s.length);
  const wanted = new Set(options.only ?? Array.from({ length: count }, (_, i) => i));
  const pictures: (Uint8Array | undefined)[] = Array.from({ length: count }, () => undefined);
  const scale = DECK_VIEWPORT.deviceScaleFactor;
  const [width, height] = [SLIDE_WIDTH * scale, SLIDE_HEIGHT * scale];
  const cuts: Promise<void>[] = [];
  for (const [first, n] of captureRuns(count, wanted)) {
    const strip = await inFront(async () => {
      // One slide fills the window: scrolled into it, it is captured without laying the
      // page out again at its full height, which is what captures of several slides cost.
      if (n === 1) await page.evaluate((top) => window.scrollTo(0, top), first * SLIDE_HEIGHT);
      return page.screenshot({
        type: 'png',
        clip: { x: 0, y: first * SLIDE_HEIGHT, width: SLIDE_WIDTH, height: n * SLIDE_HEIGHT },
        captureBeyondViewport: n > 1,
        optimizeForSpeed: true,
      });
    });
    if (n === 1) {
      pictures[first] = strip;
      continue;
    }
    // Cutting runs in sharp's own threads while the next strip is captured.
    cuts.push(cutStrip(strip, n, width, height).then((cut) => cut.forEach((picture, i) => (pictures[first + i] = picture))));
  }
  await Promise.all(cuts);
  return pictures;
}

/** Runs of consecutive slides wanted, as [first, count], none longer than one capture. */
function captureRuns(count: number, wanted: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    if (!wanted.has(i)) continue;
    const last = runs.at(-1);
    if (last && last[0] + last[1] === i && last[1] < SLIDES_PER_CAPTURE) last[1] += 1;
    else runs.push([i, 1]);
  }
  return runs;
}

async function cutStrip(strip: Uint8Array, n: number, width: number, height: number): Promise<Uint8Array[]> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(strip).raw().toBuffer({ resolveWithObject: true });
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
        .extract({ left: 0, top: i * height, width, height })
        // Level 6 costs sharp's threads no more time than level 2 here, and makes the picture deck an eighth smaller.
        .png({ compressionLevel: 6 })
        .toBuffer()
        .then((b) => new Uint8Array(b)),
    ),
  );
}
