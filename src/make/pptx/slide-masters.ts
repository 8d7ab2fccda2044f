/**
 * The deck's slide masters, in the theme's colours: each slide takes its background, title
 * placeholder, footer and slide number from one of these, so PowerPoint's outline view,
 * "Reset slide" and a change of the master's font or colour reach every slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { inch, PAD, pt, SLIDE } from './canvas.js';
import type { PictureInfo } from './canvas.js';
import type { ThemeLook } from './theme-look.js';
import { DECORATIVE_PICTURE } from './tidy-package.js';

export const MASTERS = { title: 'Lectern title', divider: 'Lectern section', content: 'Lectern content', list: 'Lectern list', closing: 'Lectern closing' } as const;

/** Where the content slides' title sits (h2: 44 px, one line: Marp fits a long heading to its line). */
export const TITLE_BOX = { x: PAD.side, y: PAD.top, w: SLIDE.width - 2 * PAD.side, h: 58 } as const;
/** Where the title slide's and the divider's big heading sits, unless the slide moves it. */
const BIG_TITLE = { x: 96, y: 230, w: SLIDE.width - 192, h: 180 } as const;

const FOOTER_SIZE = 16;
const footerY = SLIDE.height - 26 - 24;

type Pptx = PptxGenJS.default;

function titlePlaceholder(box: { x: number; y: number; w: number; h: number }, size: number, colour: string, font: string, anchor: 'top' | 'bottom' = 'top', rtl = false) {
  return {
    placeholder: {
      options: { name: 'title', type: 'title' as const, x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h), fontFace: font, fontSize: pt(size), bold: true, color: colour, valign: anchor, align: rtl ? ('right' as const) : ('left' as const), ...(rtl && { rtlMode: true }), margin: 0 },
      text: '',
    },
  };
}

function bodyPlaceholder(box: { x: number; y: number; w: number; h: number }, size: number, colour: string, font: string, rtl = false) {
  return {
    placeholder: {
      options: { name: 'body', type: 'body' as const, x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h), fontFace: font, fontSize: pt(size), color: colour, valign: 'top' as const, align: rtl ? ('right' as const) : ('left' as const), ...(rtl && { rtlMode: true }), margin: 0 },
      text: '',
    },
  };
}

/** The footer's text and the slide number, in the corner the theme puts them. */
function footer(text: string, colour: string, font: string, rtl: boolean) {
  const textBox = { x: rtl ? 180 : PAD.side, w: SLIDE.width - PAD.side - 180 };
  const numberBox = { x: rtl ? PAD.side : SLIDE.width - PAD.side - 100, w: 100 };
  const style = { fontFace: font, fontSize: pt(FOOTER_SIZE), color: colour, margin: 0, valign: 'bottom' as const };
  return {
    objects: text ? [{ text: { text, options: { ...style, x: inch(textBox.x), y: inch(footerY), w: inch(textBox.w), h: inch(24), align: rtl ? ('right' as const) : ('left' as const), fit: 'shrink' as const } } }] : [],
    slideNumber: { ...style, x: inch(numberBox.x), y: inch(footerY), w: inch(numberBox.w), h: inch(24), align: rtl ? ('left' as const) : ('right' as const) },
  };
}

/**
 * The logo in the slide's corner (header img: 40 px high, 14 px from the top, 24 px from the
 * side; 110 px on the title slide), marked decorative: it is on every slide, and Lectern does
 * not know the name it shows, so a screen reader saying "logo" on each would only be noise.
 */
function logoAt(logo: PictureInfo | undefined, height: number, top: number, side: number, rtl: boolean) {
  if (!logo) return [];
  const w = (logo.width / logo.height) * height;
  const x = rtl ? side : SLIDE.width - side - w;
  return [{ image: { data: logo.data, x: inch(x), y: inch(top), w: inch(w), h: inch(height), altText: '', objectName: DECORATIVE_PICTURE } }];
}

export interface MasterOptions {
  look: ThemeLook;
  footer: string;
  rtl: boolean;
  logo?: PictureInfo;
}

export function defineMasters(pptx: Pptx, { look, footer: footerText, rtl, logo }: MasterOptions): void {
  const smallLogo = logoAt(logo, 40, 14, 24, rtl);
  const accentBar = { rect: { x: inch(rtl ? SLIDE.width - 96 - 120 : 96), y: 0, w: inch(120), h: inch(14), fill: { color: look.accent }, line: { type: 'none' as const } } };
  pptx.defineSlideMaster({
    title: MASTERS.title,
    background: { color: look.titleBg },
    objects: [accentBar, ...logoAt(logo, 110, 56, 96, rtl), titlePlaceholder(BIG_TITLE, 68, look.titleInk, look.font, 'top', rtl), bodyPlaceholder({ x: 96, y: 430, w: 1000, h: 90 }, 30, look.titleSoft, look.font, rtl)],
  });
  const dividerFooter = footer(footerText, look.dividerLabel, look.font, rtl);
  pptx.defineSlideMaster({
    title: MASTERS.divider,
    background: { color: look.dividerBg },
    objects: [...dividerFooter.objects, ...smallLogo, titlePlaceholder(BIG_TITLE, 72, look.dividerInk, look.font, 'top', rtl)],
    slideNumber: dividerFooter.slideNumber,
  });
  const contentFooter = footer(footerText, look.muted, look.font, rtl);
  const content = {
    background: { color: look.paper },
    objects: [...contentFooter.objects, ...smallLogo, titlePlaceholder(TITLE_BOX, 44, look.ink, look.font, 'bottom', rtl)],
    slideNumber: contentFooter.slideNumber,
  };
  // Two masters for content: with a body placeholder for the lists, without for the layouts
  // drawn in shapes (an unused placeholder would show "Click to add text" on the slide).
  pptx.defineSlideMaster({ title: MASTERS.content, ...content });
  const body = bodyPlaceholder({ x: PAD.side, y: 151, w: SLIDE.width - 2 * PAD.side, h: SLIDE.height - PAD.bottom - 151 }, 32, look.ink, look.font, rtl);
  pptx.defineSlideMaster({ title: MASTERS.list, ...content, objects: [...content.objects, body] });
  pptx.defineSlideMaster({
    title: MASTERS.closing,
    background: { color: look.titleBg },
    objects: [...smallLogo, titlePlaceholder(BIG_TITLE, 80, look.titleInk, look.font, 'top', rtl)],
  });
}
