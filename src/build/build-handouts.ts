/**
 * The handouts of one lecture: rendered to HTML, then printed in parallel pages of the
 * shared browser. A handout whose HTML is the same as when its PDF was last printed is not
 * printed again: its PDF would come out the same.
 */
import type { Lecture } from '../load/lecture.js';
import type { BrowserManager } from '../print/browser-manager.js';
import { printHandout } from '../print/print-handout.js';
import { renderMarpSlides } from '../render/deck/marp-render.js';
import { SLIDE_HANDOUTS, type HandoutName, type HandoutTemplates } from '../render/handouts/handout-templates.js';
import { renderHandouts } from '../render/handouts/render-handouts.js';
import type { OutputFile } from '../write/output-writer.js';
import type { DeckResult } from './build-deck.js';
import { hash } from './build-record.js';

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
  /** True when the PDF on disk was printed from HTML with this hash: it is kept as it is. */
  isKept?: (name: HandoutName, content: string) => boolean;
  /** Mixed into every content hash: what the HTML does not show but the print depends on (Lectern's version, the images). */
  contentSalt?: string;
}

export interface HandoutsResult {
  files: OutputFile[];
  /** Handouts not made, by file name, with the reason. */
  skipped: { name: string; reason: string }[];
  /** Handouts whose PDF on disk is still right, so not printed again. */
  kept: HandoutName[];
  /** The content hash of every handout printed or kept. */
  content: Partial<Record<HandoutName, string>>;
}

export async function buildHandouts(input: HandoutInputs): Promise<HandoutsResult> {
  const needsSlides = input.names.some((n) => SLIDE_HANDOUTS.has(n));
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
  const content = Object.fromEntries(handouts.map((h) => [h.name, hash(input.contentSalt ?? '', h.html)]));
  const kept = handouts.filter((h) => input.isKept?.(h.name, content[h.name]!)).map((h) => h.name);
  // The browser manager decides how many pages print at once, across every lecture of the build.
  const files = await Promise.all(
    handouts.filter((h) => !kept.includes(h.name)).map(async (h): Promise<OutputFile> => {
      const data = await printHandout(input.browser, h.name, h.html);
      input.onPrinted?.(h.name);
      return { name: `${h.name}.pdf`, data };
    }),
  );
  return { files, skipped, kept, content };
}
