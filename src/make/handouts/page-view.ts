/** What every handout page shows: the lecture's title, course, revised date and footer, on the chosen paper. */
import type { Lecture } from '../../load/lecture.js';
import { textDirection } from '../../language.js';
import { glyphFontCss } from '../fonts.js';
import { fill, type Labels } from '../labels.js';
import { wordsWithoutMaths } from '../maths/find-maths.js';
import { htmlInline } from './html-text.js';

export const PAPER = {
  a4: { css: 'A4', width: 210, height: 297 },
  letter: { css: 'letter', width: 215.9, height: 279.4 },
} as const;

/** Page margins in mm: wide enough for any home printer, with room for the running header and footer. */
export const MARGIN = { top: 16, bottom: 16, side: 14 };

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
  // maths is left out of them; the page's own heading typesets it (titleHtml).
  const typed = inputs.lecture;
  const lecture = { ...typed, title: wordsWithoutMaths(typed.title), course: typed.course && wordsWithoutMaths(typed.course), footer: typed.footer && wordsWithoutMaths(typed.footer) };
  const paper = PAPER[lecture.handouts.paper];
  const running = [lecture.title, lecture.course, lecture.revised && fill(inputs.labels.revised, { date: lecture.revised })].filter(Boolean).join(' · ');
  const dir = textDirection(lecture.language);
  return {
    lang: lecture.language,
    dir,
    /** The page's corners as read: the running header and footer line on the start side, right to left on the right. */
    start: dir === 'rtl' ? 'right' : 'left',
    end: dir === 'rtl' ? 'left' : 'right',
    heading,
    documentTitle: `${heading} — ${lecture.title}`,
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
      margin: `${MARGIN.top}mm ${MARGIN.side}mm ${MARGIN.bottom}mm`,
      contentWidth: `${paper.width - 2 * MARGIN.side}mm`,
      contentHeight: `${paper.height - MARGIN.top - MARGIN.bottom}mm`,
    },
    fontCss: inputs.fontCss,
    stylesheet: inputs.stylesheet,
    labels: inputs.labels,
    logo: inputs.logo,
  };
}
