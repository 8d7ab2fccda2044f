/**
 * The content slides as PowerPoint objects, one function per layout, each beside the theme
 * CSS it mirrors (templates/themes/lectern.css): sizes in the theme's pixels, type at the
 * size the deck's fitting chose (fit 0–3), so a slide holds what the HTML slide holds.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Slide } from '../../load/lecture.js';
import { addRect, addText, linesFor } from './canvas.js';
import { compareSlide, tableSlide } from './grid-slides.js';
import { bodySize, bulletParagraphs, caption, contentArea, mirrored, slideTitle, type LayoutContext } from './layout-context.js';
import { runsText, textRuns } from './text-runs.js';
import { DECORATIVE_PICTURE } from './tidy-package.js';

type PptxSlide = PptxGenJS.default.Slide;

export function bulletsSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  const paragraphs = bulletParagraphs(content.bullets ?? [], bodySize(fit), context);
  addText(slide, paragraphs, contentArea(), { color: context.look.ink, font: context.look.font, lineHeight: 1.4, placeholder: 'body', rtl: context.rtl, lang: context.lang });
}

export function factsSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  const { look } = context;
  const facts = content.facts ?? [];
  const columns = facts.length === 1 ? 1 : facts.length === 3 ? 3 : 2;
  const size = bodySize(fit) * 0.8;
  const long = facts.some((f) => f.value.replace(/\[\[|\]\]/g, '').length > 7);
  const figure = size * (long ? 2 : 2.8);
  const area = contentArea();
  const gap = 24;
  const w = (area.w - gap * (columns - 1)) / columns;
  const rows: number[] = [];
  for (let r = 0; r * columns < facts.length; r++) {
    const inRow = facts.slice(r * columns, r * columns + columns);
    rows.push(Math.max(...inRow.map((f) => 6 + 40 + figure * 1.05 * linesFor(f.value, figure, w - 56, true) + 6 + size * 1.3 * linesFor(f.label, size, w - 56))));
  }
  const total = rows.reduce((a, b) => a + b, 0) + gap * (rows.length - 1);
  let y = area.y + Math.max(0, (area.h - total) / 2);
  rows.forEach((h, r) => {
    facts.slice(r * columns, r * columns + columns).forEach((fact, c) => {
      const box = mirrored({ x: area.x + c * (w + gap), y, w, h }, context.rtl);
      addRect(slide, { ...box, h: 6 }, look.accent, 'rect', 'Card rule');
      const align = context.rtl ? ({ align: 'right' } as const) : {};
      addText(
        slide,
        [
          { runs: textRuns(fact.value, { codeFont: look.codeFont }), size: figure, style: { bold: true, color: look.accent }, after: 6, ...align },
          { runs: textRuns(fact.label, context.emphasis), size, ...align },
        ],
        { ...box, y: box.y + 6, h: box.h - 6 },
        { color: look.ink, font: look.font, lineHeight: 1.3, fill: look.accentSoft, padding: [20, 28, 20, 28], name: 'Fact', rtl: context.rtl, lang: context.lang },
      );
    });
    y += h + gap;
  });
}

export function timelineSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  const { look } = context;
  const area = contentArea();
  const start = area.x + 8;
  const whatX = start + 180 + 56;
  const whatW = area.x + area.w - whatX;
  const events = content.events ?? [];
  const layout = (size: number) => {
    const heights = events.map((e) => Math.max(linesFor(e.what, size, whatW), linesFor(e.when, size, 180, true)) * size * 1.4);
    return { size, heights, total: heights.reduce((a, b) => a + b, 0) + 18 * (events.length - 1) };
  };
  // Office's face wraps dates ("21 septembre 1792") where the slides' face did not: events that
  // would then run down over the footer are set a little smaller, as the deck sets a full slide.
  let fitted = layout(bodySize(fit));
  while (fitted.total > area.h && fitted.size > bodySize(fit) * 0.7) fitted = layout(fitted.size * 0.95);
  const { size, heights, total } = fitted;
  addRect(slide, mirrored({ x: start + 200 - 8, y: area.y + 10, w: 4, h: Math.max(0, total - 20) }, context.rtl), look.line, 'rect', 'Time line');
  let y = area.y;
  events.forEach((event, i) => {
    const h = heights[i]!;
    const dot = size * 0.7 - 10;
    addRect(slide, mirrored({ x: start + 184 - 8, y: y + dot, w: 28, h: 28 }, context.rtl), look.paper, 'ellipse', 'Event mark');
    addRect(slide, mirrored({ x: start + 188 - 8, y: y + dot + 4, w: 20, h: 20 }, context.rtl), look.accent, 'ellipse', 'Event mark');
    const common = { color: look.ink, font: look.font, lineHeight: 1.4, rtl: context.rtl, lang: context.lang };
    addText(slide, [{ runs: textRuns(event.when, { codeFont: look.codeFont }), size, style: { bold: true, color: look.accent }, align: context.rtl ? 'left' : 'right' }], mirrored({ x: start, y, w: 180, h }, context.rtl), { ...common, name: 'When' });
    addText(slide, [{ runs: textRuns(event.what, context.emphasis), size, ...(context.rtl && { align: 'right' as const }) }], mirrored({ x: whatX, y, w: whatW, h }, context.rtl), { ...common, name: 'What' });
    y += h + 18;
  });
}

export function quoteSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  const { look } = context;
  const size = bodySize(fit) * ((content.quote ?? '').length > 220 ? 0.95 : 1.25);
  const area = contentArea();
  const quote = content.quote ?? '';
  const quoteH = Math.min(area.h - 70, linesFor(quote, size, area.w - 48) * size * 1.35 + 8);
  const y = area.y + 20;
  addRect(slide, mirrored({ x: area.x, y, w: 8, h: quoteH }, context.rtl), look.accent, 'rect', 'Quote rule');
  const align = context.rtl ? ({ align: 'right' } as const) : {};
  addText(slide, [{ runs: textRuns(quote, context.emphasis), size, style: { italic: true }, ...align }], mirrored({ x: area.x + 48, y, w: area.w - 48, h: quoteH }, context.rtl), {
    color: look.ink,
    font: look.font,
    lineHeight: 1.35,
    name: 'Quote',
    rtl: context.rtl,
    lang: context.lang,
  });
  if (content.source) {
    const small = bodySize(fit) * 0.875;
    addText(slide, [{ runs: [{ text: '— ', options: {} }, ...textRuns(content.source, context.emphasis)], size: small, ...align }], mirrored({ x: area.x + 56, y: y + quoteH + 24, w: area.w - 56, h: small * 1.4 * 2 }, context.rtl), {
      color: look.muted,
      font: look.font,
      lineHeight: 1.4,
      name: 'Source',
      rtl: context.rtl,
      lang: context.lang,
    });
  }
}

export function imageSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  const area = contentArea();
  const size = bodySize(fit) * 0.75;
  const captionH = content.caption ? linesFor(content.caption, size, area.w) * size * 1.4 + 16 : 0;
  const room = { ...area, h: area.h - captionH };
  const picture = content.image ? context.pictures.get(content.image.href) : undefined;
  if (picture) {
    const scale = Math.min(room.w / picture.width, room.h / picture.height);
    const w = picture.width * scale;
    const h = picture.height * scale;
    slide.addImage({
      data: picture.data,
      x: (room.x + (room.w - w) / 2) / 96,
      y: (room.y + (room.h - h) / 2) / 96,
      w: w / 96,
      h: h / 96,
      // The description a screen reader gives: the teacher's alt text; without one, the caption, else the title.
      altText: content.alt ?? runsText(textRuns(content.caption ?? content.title, context.emphasis)),
      ...(content.alt === '' && { objectName: DECORATIVE_PICTURE }),
    });
  }
  if (content.caption) caption(slide, content.caption, room.y + room.h + 12, size, 'center', context);
}

export function contentSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  slideTitle(slide, content.title, context);
  const draw = { bullets: bulletsSlide, facts: factsSlide, timeline: timelineSlide, compare: compareSlide, quote: quoteSlide, image: imageSlide, table: tableSlide }[content.layout];
  draw(slide, content, fit, context);
}
