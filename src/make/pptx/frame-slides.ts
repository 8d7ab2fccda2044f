/**
 * The slides around the content, as the theme draws them: the title slide, a section's
 * divider, objectives and takeaways (numbered and marked lists in the body placeholder),
 * and the closing slide with the next lecture.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Lecture } from '../../load/lecture.js';
import type { DeckSlide } from '../deck/plan-deck.js';
import { fill, type Labels } from '../labels.js';
import { addText, linesFor, SLIDE, type Box, type Paragraph } from './canvas.js';
import { bodySize, contentArea, slideTitle, type LayoutContext } from './layout-context.js';
import { textRuns } from './text-runs.js';

type PptxSlide = PptxGenJS.default.Slide;

// The big headings' sizes at each fitting step (section.title.fit-1 h1 …).
const BIG = [68, 54, 44, 34] as const;

interface Piece {
  text: string;
  size: number;
  colour: string;
  bold?: boolean;
  lineHeight: number;
  /** Space after it, px. */
  after: number;
  placeholder?: string;
  name: string;
  width?: number;
}

/** Stacks pieces of text down the middle of a dark slide, as the theme centres them. */
function centredStack(slide: PptxSlide, pieces: Piece[], x: number, context: LayoutContext): void {
  const width = SLIDE.width - 2 * x;
  const heights = pieces.map((p) => linesFor(p.text, p.size, p.width ?? width, p.bold) * p.size * p.lineHeight + 4);
  const total = heights.reduce((a, b) => a + b, 0) + pieces.reduce((a, p) => a + p.after, 0) - (pieces.at(-1)?.after ?? 0);
  let y = Math.max(24, (SLIDE.height - total) / 2);
  pieces.forEach((piece, i) => {
    const w = piece.width ?? width;
    const box: Box = { x: context.rtl ? SLIDE.width - x - w : x, y, w, h: heights[i]! };
    const runs = textRuns(piece.text, { codeFont: context.look.codeFont });
    addText(slide, [{ runs, size: piece.size, ...(piece.bold && { style: { bold: true } }), ...(context.rtl && { align: 'right' }) }], box, {
      color: piece.colour,
      font: context.look.font,
      lineHeight: piece.lineHeight,
      name: piece.name,
      rtl: context.rtl,
      lang: context.lang,
      ...(piece.placeholder && { placeholder: piece.placeholder }),
    });
    y += heights[i]! + piece.after;
  });
}

export function titleSlide(slide: PptxSlide, lecture: Lecture, labels: Labels, fit: number, context: LayoutContext): void {
  const { look } = context;
  const eyebrow = [lecture.course, lecture.lesson && fill(labels.lesson, { lesson: lecture.lesson })].filter(Boolean).join(' · ');
  const byline = [lecture.author, lecture.revised && fill(labels.revised, { date: lecture.revised })].filter(Boolean).join(' · ');
  const subtitleSize = fit >= 2 ? 24 : 30;
  const pieces: Piece[] = [
    ...(eyebrow ? [{ text: eyebrow, size: 24, colour: look.titleLabel, bold: true, lineHeight: 1.4, after: 14, name: 'Course' }] : []),
    { text: lecture.title, size: BIG[fit] ?? 68, colour: look.titleInk, bold: true, lineHeight: 1.15, after: 26, placeholder: 'title', name: 'Title' },
    ...(lecture.subtitle ? [{ text: lecture.subtitle, size: subtitleSize, colour: look.titleSoft, lineHeight: 1.4, after: 14, placeholder: 'body', name: 'Subtitle', width: 1000 }] : []),
    ...(byline ? [{ text: byline, size: 24, colour: look.titleInk, bold: true, lineHeight: 1.4, after: 0, name: 'Author' }] : []),
  ];
  centredStack(slide, pieces, 96, context);
}

export function dividerSlide(slide: PptxSlide, divider: Extract<DeckSlide, { kind: 'divider' }>, labels: Labels, context: LayoutContext): void {
  const { look } = context;
  centredStack(
    slide,
    [
      { text: fill(labels.part, { number: divider.number }).toLocaleUpperCase(context.lang), size: 26, colour: look.dividerLabel, bold: true, lineHeight: 1.4, after: 12, name: 'Part' },
      { text: divider.title, size: divider.fit ? BIG[divider.fit]! : 72, colour: look.dividerInk, bold: true, lineHeight: 1.15, after: 0, placeholder: 'title', name: 'Section title' },
    ],
    96,
    context,
  );
}

export function closingSlide(slide: PptxSlide, lecture: Lecture, labels: Labels, fit: number, context: LayoutContext): void {
  const { look } = context;
  centredStack(
    slide,
    [
      { text: lecture.next ? labels.questions : labels.thankYou, size: 80, colour: look.titleInk, bold: true, lineHeight: 1.15, after: 48, placeholder: 'title', name: 'Title' },
      ...(lecture.next
        ? [
            { text: labels.nextLecture.toLocaleUpperCase(context.lang), size: 24, colour: look.titleLabel, bold: true, lineHeight: 1.4, after: 8, name: 'Next lecture label' },
            { text: lecture.next, size: fit ? BIG[fit]! : 48, colour: look.titleInk, bold: true, lineHeight: 1.15, after: 0, name: 'Next lecture' },
          ]
        : []),
    ],
    96,
    context,
  );
}

/** Objectives (numbered) and takeaways (each marked with the accent's bar): a list in the body placeholder. */
export function listSlide(slide: PptxSlide, list: Extract<DeckSlide, { kind: 'objectives' | 'takeaways' }>, labels: Labels, context: LayoutContext): void {
  const heading = list.kind === 'objectives' ? labels.objectives : labels.takeaways;
  slideTitle(slide, list.part > 1 ? fill(labels.continued, { title: heading }) : heading, context);
  const size = bodySize(list.fit);
  const paragraphs: Paragraph[] = list.items.map((item) => ({
    runs: textRuns(item, context.emphasis),
    size,
    bullet: list.kind === 'objectives' ? 'number' : { char: '\u258C' },
    after: list.kind === 'objectives' ? 16 : 14,
    ...(context.rtl && { align: 'right' as const }),
  }));
  addText(slide, paragraphs, contentArea(), { color: context.look.ink, font: context.look.font, lineHeight: 1.4, placeholder: 'body', rtl: context.rtl, lang: context.lang });
}
