/**
 * What every layout of the PowerPoint deck shares: the theme's look, the type size at each
 * fitting step, the content area, the slide's title with its rule, bullets as paragraphs
 * with levels, and a caption.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Bullet } from '../../load/lecture.js';
import { addRect, addText, linesFor, PAD, SLIDE, widthOf, type Box, type Paragraph, type PictureInfo } from './canvas.js';
import { TITLE_BOX } from './slide-masters.js';
import { runsText, textRuns, type Emphasis } from './text-runs.js';
import type { ThemeLook } from './theme-look.js';

type PptxSlide = PptxGenJS.default.Slide;

export type { PictureInfo } from './canvas.js';

export interface LayoutContext {
  look: ThemeLook;
  emphasis: Emphasis;
  rtl: boolean;
  lang: string;
  /** The lecture's pictures, by their path beside the outputs. */
  pictures: ReadonlyMap<string, PictureInfo>;
}

/** The body type size at each fitting step (section.fit-1 … in the theme). */
export const bodySize = (fit: number) => [32, 27, 23, 19][fit] ?? 32;
/** A sub-point's size under a bullet of `size` px: as the theme's `ul ul`, 0.85 of it but not below 24 px (18 pt) unless the bullet is. */
export const subPointSize = (size: number) => Math.max(size * 0.85, Math.min(size, 24));

/** Below the title's rule, above the footer. */
export const contentArea = (): Box => ({ x: PAD.side, y: 151, w: SLIDE.width - 2 * PAD.side, h: SLIDE.height - PAD.bottom - 151 });

/** A box mirrored for a right-to-left slide. */
export const mirrored = (box: Box, rtl: boolean): Box => (rtl ? { ...box, x: SLIDE.width - box.x - box.w } : box);

/** The slide's title in its placeholder, and the accent's rule under it, as wide as the title. */
export function slideTitle(slide: PptxSlide, title: string, context: LayoutContext): void {
  const runs = textRuns(title, { codeFont: context.look.codeFont });
  addText(slide, [{ runs, size: 44, style: { bold: true }, ...(context.rtl && { align: 'right' }) }], TITLE_BOX, {
    color: context.look.ink,
    font: context.look.font,
    lineHeight: 1.15,
    placeholder: 'title',
    valign: 'bottom',
    rtl: context.rtl,
    lang: context.lang,
  });
  // Office's face is narrower than the deck's: the rule follows the title as PowerPoint sets it.
  const width = Math.min(TITLE_BOX.w, widthOf(runsText(runs), 44, true) * 0.9 + 8);
  addRect(slide, mirrored({ x: PAD.side, y: TITLE_BOX.y + TITLE_BOX.h + 7, w: width, h: 4 }, context.rtl), context.look.accent, 'rect', 'Title rule');
}

/** A bullet and its sub-points as paragraphs with levels; a code block as lines in the code face. */
export function bulletParagraphs(bullets: readonly Bullet[], size: number, context: LayoutContext, level = 0): Paragraph[] {
  const align = context.rtl ? ({ align: 'right' } as const) : {};
  return bullets.flatMap((b) => {
    const own: Paragraph[] = b.text ? [{ runs: textRuns(b.text, context.emphasis), size, bullet: level === 0 ? 'bullet' : { char: '\u2013' }, level, after: level === 0 ? 10 : 4, ...align }] : [];
    const code: Paragraph[] = (b.code?.source.split('\n') ?? []).map((line: string) => ({
      runs: [{ text: line || ' ', options: { fontFace: context.look.codeFont } }],
      size: size * 0.68,
      // An invisible bullet gives the code its bullet's indent (PowerPoint indents by the bullet).
      bullet: { char: '\u00A0' },
      // Code reads left to right, in a right-to-left lecture too (as the theme's pre).
      align: 'left',
      ltr: true,
      level,
      after: 0,
    }));
    return [...own, ...code, ...bulletParagraphs(b.children, subPointSize(size), context, level + 1)];
  });
}

/** A caption under a picture or a table, in the muted colour. */
export function caption(slide: PptxSlide, text: string, y: number, size: number, align: 'center' | 'start', context: LayoutContext): number {
  const area = contentArea();
  const h = linesFor(text, size, area.w) * size * 1.4 + 4;
  addText(slide, [{ runs: textRuns(text, context.emphasis), size, align: align === 'center' ? 'center' : context.rtl ? 'right' : 'left' }], { x: area.x, y, w: area.w, h }, {
    color: context.look.muted,
    font: context.look.font,
    lineHeight: 1.4,
    name: 'Caption',
    rtl: context.rtl,
    lang: context.lang,
  });
  return h;
}

