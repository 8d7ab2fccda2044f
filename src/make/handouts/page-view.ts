/** What every handout page shows: the lecture's title, course, revised date and footer, on the chosen paper. */
import type { Lecture } from '../../load/lecture.js';
import { textDirection } from '../../language.js';
import { glyphFontCss } from '../fonts.js';
import { fill, type Labels } from '../labels.js';
import { platformPlain } from '../platform-text.js';
import { htmlInline } from './html-text.js';

export const PAPER = {
  a4: { css: 'A4', width: 210, height: 297 },
  letter: { css: 'letter', width: 215.9, height: 279.4 },
} as const;

/** Page margins in mm: wide enough for any home printer, with room for the running header and footer. */
export const MARGIN = { top: 16, bottom: 16, side: 14 };
/** In large print the running header and footer are 18 pt, and the header wraps: their margins grow. */
export const LARGE_PRINT_MARGIN = { top: 34, bottom: 22, side: 14 };

/**
 * A page's margin cannot grow with what it holds, so in large print the top margin is made
 * tall enough for the running header's lines: counted at 34 letters to a line (a wide Chinese
 * or Japanese letter as two; a line holds about 40 in Source Sans 3, fewer in Atkinson
 * Hyperlegible, and wrapping between words wastes some), each line 18 pt × 1.2 (7.62 mm),
 * above a 4 mm gap, with 7 mm of paper's edge left over. Three lines fit the usual margin.
 */
export function largePrintTopMargin(runningHeader: string, logo: boolean): number {
  const units = [...runningHeader].reduce((n, ch) => n + (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u.test(ch) ? 2 : 1), logo ? 6 : 0);
  const lines = Math.max(3, Math.ceil(units / 34));
  return Math.max(LARGE_PRINT_MARGIN.top, Math.ceil(7 + 4 + lines * 7.62));
}

export interface HandoutInputs {
  lecture: Lecture;
  /** Embedded fonts and the handout stylesheet, placed in every page. */
  fontCss: string;
  stylesheet: string;
  /** The words the page prints (headings, "Name", "Score", …). */
  labels: Labels;
  /** The lecture's logo for the running header, a CSS image (see page-logo.ts). */
  logo?: string;
}

/**
 * An answer key's inputs: its fonts with a face for the sign that marks each right answer
 * (the label correctMark, ✓), which the other documents do not print and so do not embed.
 */
export const withMarkFont = (inputs: HandoutInputs): HandoutInputs => ({ ...inputs, fontCss: `${inputs.fontCss}\n${glyphFontCss(inputs.labels.correctMark)}` });

export function pageView(inputs: HandoutInputs, heading: string) {
  // The running header and footer are printed as text (a page's margin cannot hold HTML):
  // their maths as readable text, "Eₖ = (1/2)mv²", as the PDF's title says it; the page's own
  // heading typesets it (titleHtml). Leaving it out printed "Physics ·" for "Physics · $v = …$".
  const typed = inputs.lecture;
  const lecture = { ...typed, title: platformPlain(typed.title), course: typed.course && platformPlain(typed.course), footer: typed.footer && platformPlain(typed.footer) };
  // Signs the maths brings (ₖ, ²) that the lecture's own text, whose faces are embedded, may not have.
  const typedText = new Set([typed.title, typed.course, typed.footer].join(''));
  const signs = [...new Set([lecture.title, lecture.course, lecture.footer].join(''))].filter((ch) => !typedText.has(ch)).join('');
  const paper = PAPER[lecture.handouts.paper];
  const { largePrint, dyslexiaFriendly } = lecture.handouts;
  const running = [lecture.title, lecture.course, lecture.revised && fill(inputs.labels.revised, { date: lecture.revised })].filter(Boolean).join(' · ');
  const margin = largePrint ? { ...LARGE_PRINT_MARGIN, top: largePrintTopMargin(running, inputs.logo !== undefined) } : MARGIN;
  const dir = textDirection(lecture.language);
  return {
    lang: lecture.language,
    dir,
    /** The page's corners as read: the running header and footer line on the start side, right to left on the right. */
    start: dir === 'rtl' ? 'right' : 'left',
    end: dir === 'rtl' ? 'left' : 'right',
    heading,
    // The window's title and the PDF's (a screen reader announces it) say the maths as readable text: no glyph is drawn for it.
    documentTitle: `${heading} — ${platformPlain(typed.title)}`,
    lecture: {
      title: lecture.title,
      /** The title as HTML, its maths typeset: for the page's heading. */
      titleHtml: htmlInline(typed.title),
      course: lecture.course,
      lesson: lecture.lesson,
      /** "Lesson 3", in the lecture's language. */
      lessonLabel: lecture.lesson ? fill(inputs.labels.lesson, { lesson: lecture.lesson }) : undefined,
      revised: lecture.revised,
    },
    runningHeader: running,
    footer: lecture.footer ?? '',
    paper: {
      size: paper.css,
      margin: `${margin.top}mm ${margin.side}mm ${margin.bottom}mm`,
      contentWidth: `${paper.width - 2 * margin.side}mm`,
      contentHeight: `${paper.height - margin.top - margin.bottom}mm`,
    },
    /** Classes on the page's <body> that handout.css sets large print and dyslexia-friendly type by. */
    largePrint,
    dyslexiaFriendly,
    fontCss: signs ? `${inputs.fontCss}\n${glyphFontCss(signs)}` : inputs.fontCss,
    stylesheet: inputs.stylesheet,
    labels: inputs.labels,
    logo: inputs.logo,
  };
}
