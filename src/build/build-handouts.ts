/** The handouts of one lecture: rendered to HTML, then printed in parallel pages of the shared browser. */
import type { Lecture } from '../load/lecture.js';
import type { BrowserManager } from '../print/browser-manager.js';
import { printHandout } from '../print/print-handout.js';
import { renderMarpSlides } from '../render/deck/marp-render.js';
import type { HandoutName, HandoutTemplates } from '../render/handouts/handout-templates.js';
import { renderHandouts } from '../render/handouts/render-handouts.js';
import type { OutputFile } from '../write/output-writer.js';
import type { DeckResult } from './build-deck.js';

export interface HandoutInputs {
  lecture: Lecture;
  names: readonly HandoutName[];
  deck: Pick<DeckResult, 'slides' | 'markdown'>;
  themeCss: string;
  fontCss: string;
  templates: HandoutTemplates;
  browser: BrowserManager;
  /** Told of each handout as soon as it is printed. */
  onPrinted?: (file: string) => void;
}

export interface HandoutsResult {
  files: OutputFile[];
  /** Handouts not made, by file name, with the reason. */
  skipped: { name: string; reason: string }[];
}

export async function buildHandouts(input: HandoutInputs): Promise<HandoutsResult> {
  const needsSlides = input.names.some((n) => n === 'notes-handout' || n === 'speaker-notes');
  const pictures = needsSlides ? await renderMarpSlides(input.deck.markdown, input.themeCss) : { css: '', slides: [] };
  const slides = input.deck.slides.map((s, i) => ({
    svg: pictures.slides[i] ?? '',
    ...(s.kind === 'content' && s.slide.notes && { notes: s.slide.notes }),
  }));
  const { handouts, skipped } = renderHandouts(
    input.names,
    { lecture: input.lecture, fontCss: input.fontCss, stylesheet: input.templates.stylesheet, slides, slideCss: pictures.css },
    input.templates,
  );
  // The browser manager decides how many pages print at once, across every lecture of the build.
  const files = await Promise.all(
    handouts.map(async (h): Promise<OutputFile> => {
      const data = await printHandout(input.browser, h.name, h.html);
      input.onPrinted?.(h.name);
      return { name: `${h.name}.pdf`, data };
    }),
  );
  return { files, skipped };
}
