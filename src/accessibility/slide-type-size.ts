/**
 * Slides whose text is set below a size students at the back of a room (or with low vision)
 * can read. Fitting sets a full slide one or more steps smaller (see choose-parts.ts), and a
 * table or a caption is smaller than the points around it: the sizes are measured in the
 * fitted deck's page, as the slides are shown, whatever the theme.
 */
import type { Page } from 'puppeteer';

/**
 * The floors, in points on a 16:9 slide 13.33 in wide (1280 px; PowerPoint's own slide, so
 * a point here is a point there): 18 pt, the common floor for projected text; a code block,
 * read line by line rather than at a glance, may be a little smaller.
 */
export const READABLE_FLOOR_PT = { text: 18, code: 16 } as const;
const PT_PER_PX = 0.75;

export interface SmallText {
  /** The slide's index in the deck (0-based). */
  slide: number;
  /** Its smallest text, in points, and a few of its words. */
  pt: number;
  code: boolean;
  sample: string;
}

/** The smallest text of each slide under its floor. The page is the fitted deck's. */
export async function smallTextOnSlides(page: Page): Promise<SmallText[]> {
  const found = await page.$$eval('div.marpit > section', (sections) =>
    sections.map((section) => {
      // The smallest of the slide's text, and of its code, apart: each has its own floor.
      const smallest: Record<'text' | 'code', { px: number; sample: string } | undefined> = { text: undefined, code: undefined };
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const parent = node.parentElement;
        if (!text || !parent) continue;
        // Furniture (footer, slide number), raised and lowered letters, and the MathML a screen
        // reader gets beside KaTeX's drawing are not the slide's text; maths is as big as its formula.
        if (parent.closest('header, footer, sup, sub, .katex-mathml, [aria-hidden="true"]:not(.katex-html)')) continue;
        const sized = parent.closest<HTMLElement>('.katex') ?? parent;
        const style = getComputedStyle(sized);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const px = parseFloat(style.fontSize);
        const kind = parent.closest('pre') ? 'code' : 'text';
        if (!smallest[kind] || px < smallest[kind].px) smallest[kind] = { px, sample: text.slice(0, 40) };
      }
      return smallest;
    }),
  );
  return found.flatMap((smallest, slide) =>
    (['text', 'code'] as const).flatMap((kind) => {
      const s = smallest[kind];
      const pt = s && Math.round(s.px * PT_PER_PX * 10) / 10;
      return s && pt !== undefined && pt < READABLE_FLOOR_PT[kind] ? [{ slide, pt, code: kind === 'code', sample: s.sample }] : [];
    }),
  );
}
