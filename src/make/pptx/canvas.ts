/**
 * Drawing on a PowerPoint slide in the deck's own units: the theme lays slides out on a
 * 1280 × 720 px page, and the PowerPoint slide is 13.33 × 7.5 in, so 96 px make an inch
 * and a CSS pixel of type is ¾ of a point. Every layout (pptx-layouts.ts) is written in the
 * theme's pixels, beside the CSS it mirrors.
 */
import type PptxGenJS from 'pptxgenjs';
import { placeBox, type Box } from './placeholder-boxes.js';
import { runsText, textRuns, type Run, type RunStyle } from './text-runs.js';

export const SLIDE = { width: 1280, height: 720 } as const;
/** The content slides' padding (section { padding: 56px 72px 76px }). */
export const PAD = { top: 56, side: 72, bottom: 76 } as const;

export const inch = (px: number) => Math.round((px / 96) * 1000) / 1000;
export const pt = (px: number) => Math.round(px * 0.75 * 100) / 100;

export type { Box } from './placeholder-boxes.js';

export interface PictureInfo {
  /** The picture as PowerPoint takes it (PNG, JPEG or GIF). */
  data: string;
  width: number;
  height: number;
}

export interface Paragraph {
  runs: Run[];
  /** Type size in px. */
  size: number;
  bullet?: 'bullet' | 'number' | { char: string };
  level?: number;
  /** Space after, in px. */
  after?: number;
  align?: 'left' | 'center' | 'right';
  /** Left to right whatever the lecture's direction (code). */
  ltr?: boolean;
  style?: RunStyle;
}

export interface TextOptions {
  color: string;
  font: string;
  valign?: 'top' | 'middle' | 'bottom';
  /** Line height as the CSS gives it (1.4 = 140 % of the type size). */
  lineHeight?: number;
  fill?: string;
  /** Inner padding in px: all sides, or [top, right, bottom, left] as in CSS. */
  padding?: number | [number, number, number, number];
  placeholder?: string;
  rtl?: boolean;
  name?: string;
  /** Let PowerPoint shrink the text should it not fit (a safety net: the sizes are the deck's). */
  shrink?: boolean;
  lang?: string;
}

type PptxSlide = PptxGenJS.default.Slide;

export const position = (box: Box) => ({ x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) });

/** pptxgenjs's margin is in points, in the order left, right, bottom, top. */
function margin(padding: TextOptions['padding']): [number, number, number, number] {
  const [t, r, b, l] = typeof padding === 'number' ? [padding, padding, padding, padding] : (padding ?? [0, 0, 0, 0]);
  return [pt(l), pt(r), pt(b), pt(t)];
}

const LRM = '\u200E';

/**
 * A formula's runs in a right-to-left paragraph, held left to right: between left-to-right
 * marks, so a sign at its edge (H⁺, Cl⁻, −log) stays beside its letters. Without them the
 * sign, having nothing strong on one side, took the Arabic sentence's side: "⁺H", "⁻HCl + …".
 * (The slides' KaTeX sets its formulas apart as the browser's own left-to-right boxes.)
 */
export function heldLeftToRight(runs: readonly Run[]): Run[] {
  return runs.map((run, i) => {
    if (!run.maths) return run;
    const opens = !runs[i - 1]?.maths;
    const closes = !runs[i + 1]?.maths;
    return { ...run, text: `${opens ? LRM : ''}${run.text}${closes ? LRM : ''}` };
  });
}

/** Writes paragraphs of runs into one text box (or placeholder): editable text, one paragraph each. */
export function addText(slide: PptxSlide, paragraphs: Paragraph[], box: Box, options: TextOptions): void {
  // PowerPoint's "multiple" line spacing is relative to the face's own line height (about 1.2 em).
  const spacing = Math.round(((options.lineHeight ?? 1.2) / 1.2) * 100) / 100;
  const runs = paragraphs.flatMap((p, pi) => {
    const own = options.rtl && !p.ltr ? heldLeftToRight(p.runs) : p.runs;
    const list = own.length > 0 ? own : [{ text: '', options: {} }];
    return list.map((run, ri) => ({
      text: run.text,
      options: {
        fontSize: pt(p.size),
        fontFace: options.font,
        color: options.color,
        ...(options.lang && { lang: options.lang }),
        // Each paragraph's direction is read from its runs (pptxgenjs writes it per paragraph).
        ...(options.rtl && !p.ltr && { rtlMode: true }),
        ...p.style,
        ...run.options,
        // pptxgenjs starts a new paragraph where a run's alignment differs from the one before: every run carries it.
        align: p.align ?? (options.rtl ? ('right' as const) : ('left' as const)),
        ...(ri === 0 && {
          ...(p.bullet && {
            bullet: p.bullet === 'bullet' ? { indent: pt(p.size * 1.1) } : p.bullet === 'number' ? { type: 'number' as const, indent: pt(p.size * 1.4) } : { characterCode: p.bullet.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'), indent: pt(p.size * 1.1) },
          }),
          ...(p.level && { indentLevel: p.level }),
          ...(p.after !== undefined && { paraSpaceAfter: pt(p.after) }),
        }),
        ...(ri === list.length - 1 && pi < paragraphs.length - 1 && { breakLine: true }),
      },
    }));
  });
  if (options.placeholder) placeBox(slide, options.placeholder, box);
  slide.addText(runs, {
    ...position(box),
    margin: margin(options.padding),
    valign: options.valign ?? 'top',
    lineSpacingMultiple: spacing,
    ...(options.fill && { fill: { color: options.fill } }),
    ...(options.placeholder && { placeholder: options.placeholder }),
    ...(options.rtl && { rtlMode: true }),
    ...(options.name && { objectName: options.name }),
    ...(options.shrink !== false && { fit: 'shrink' as const }),
  });
}

export function addRect(slide: PptxSlide, box: Box, colour: string, shape: 'rect' | 'ellipse' = 'rect', name?: string): void {
  slide.addShape(shape, { ...position(box), fill: { color: colour }, line: { type: 'none' }, ...(name && { objectName: name }) });
}

// Average advance of a character, in ems: wide for CJK, Hangul and kana; narrow otherwise.
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
const advance = (text: string, bold: boolean) => [...text].reduce((sum, c) => sum + (WIDE.test(c) ? 1 : c === ' ' ? 0.23 : bold ? 0.53 : 0.5), 0);

/**
 * The lines a piece of lecture text takes in a box `width` px wide at `size` px: an estimate,
 * to stack boxes (PowerPoint wraps for itself). Measured as shown: a link by its words, not its address.
 */
export function linesFor(lectureText: string, size: number, width: number, bold = false): number {
  if (width <= 0) return 1;
  const text = runsText(textRuns(lectureText, { codeFont: '' }));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/(?<=\s)/)) {
    const w = advance(word, bold) * size;
    if (used > 0 && used + w > width) {
      lines += 1;
      used = w;
    } else used += w;
    // A word longer than the line (Chinese runs on without spaces: a whole sentence is one) goes on over the next.
    while (used > width) {
      lines += 1;
      used -= width;
    }
  }
  return lines;
}

/** The width a line of text takes, in px: an estimate, to size a rule under a heading. */
export const widthOf = (text: string, size: number, bold = false) => advance(text, bold) * size;
