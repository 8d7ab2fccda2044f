/**
 * The deck of one lecture: plan → Markdown → Marp → print. The browser checks that every
 * slide fits; a slide that does not is planned again with a tighter budget, so it splits
 * into more "(cont.)" slides instead of being cut off.
 */
import type { Lecture } from '../load/lecture.js';
import { lectureImages } from '../load/lecture-images.js';
import type { BrowserManager } from '../print/browser-manager.js';
import { DECK_VIEWPORT, deckPrintHtml, findOverflowingSlides, printDeckPdf, screenshotSlides } from '../print/deck-print.js';
import { buildPptx, preloadPictureModules } from '../print/deck-pptx.js';
import { renderDeckHtml } from '../render/deck/deck-html.js';
import { renderMarp, type MarpOutput } from '../render/deck/marp-render.js';
import { SLIDE_LINE_BUDGET } from '../render/deck/measure-text.js';
import { planDeck, type DeckSlide } from '../render/deck/plan-deck.js';
import { renderDeckMarkdown, type DeckTemplates } from '../render/deck/render-deck.js';
import { RenderError } from '../errors.js';
import { traced } from '../trace.js';
import type { OutputFile } from '../write/output-writer.js';
import { hash, type SlideSummary } from './build-record.js';

const MAX_FIT_ROUNDS = 6;

export interface DeckInputs {
  lecture: Lecture;
  templates: DeckTemplates;
  themeCss: string;
  fontCss: string;
  browser: BrowserManager;
  /** Off only in tests that prove the overflow check catches an overlong slide. */
  split?: boolean;
  /** Make the deck files; off when only handouts are wanted (the slides are still fitted). */
  files?: boolean;
  /**
   * Called once every slide fits, before the deck is printed, so that work which needs
   * only the final slides (the handouts) can run in other pages meanwhile.
   */
  onFitted?: (fitted: { slides: DeckSlide[]; markdown: string }) => void;
}

export interface DeckResult {
  files: OutputFile[];
  slides: DeckSlide[];
  markdown: string;
  /** Each slide's title and a hash of its content, to tell what changed since the last build. */
  summary: SlideSummary[];
  /** The title slide as a PNG, for the course index. */
  thumbnail?: Uint8Array;
}

function slideTitle(lecture: Lecture, slide: DeckSlide): string {
  switch (slide.kind) {
    case 'title':
      return lecture.title;
    case 'objectives':
      return slide.part > 1 ? 'Learning objectives (cont.)' : 'Learning objectives';
    case 'divider':
      return slide.title;
    case 'content':
      return slide.slide.title;
    case 'takeaways':
      return slide.part > 1 ? 'Key takeaways (cont.)' : 'Key takeaways';
    case 'closing':
      return lecture.next ? `Closing — next: ${lecture.next}` : 'Closing';
  }
}

/** Title and content hash of every slide; the Markdown holds one chunk per slide after the front matter. */
export function summarise(lecture: Lecture, plan: DeckSlide[], markdown: string): SlideSummary[] {
  const chunks = markdown.split(/\n---\n/).slice(1);
  return plan.map((slide, i) => ({ title: slideTitle(lecture, slide), hash: hash(chunks[i] ?? '') }));
}

function budgetKey(slide: DeckSlide, index: number, plan: DeckSlide[]): string {
  switch (slide.kind) {
    case 'content':
      return slide.key;
    case 'divider':
      return `divider.${plan.slice(0, index).filter((s) => s.kind === 'divider').length}`;
    default:
      return slide.kind;
  }
}

function describe(lecture: Lecture, slide: DeckSlide, index: number): string {
  const what =
    slide.kind === 'content'
      ? `${lecture.file}:${slide.slide.line}  slide ${index + 1} "${slide.slide.title}"`
      : slide.kind === 'title'
        ? `${lecture.file}  the title slide (title, subtitle, course, author)`
        : slide.kind === 'divider'
          ? `${lecture.file}  the divider of section "${slide.title}"`
          : `${lecture.file}  slide ${index + 1} (${slide.kind})`;
  return `${what} does not fit on a slide, even in the smallest type; shorten its text or split it into two slides`;
}

export async function buildDeck(input: DeckInputs): Promise<DeckResult> {
  const { lecture, browser } = input;
  const assets = lectureImages(lecture);

  const budgets = new Map<string, number>();
  const wantFiles = input.files ?? true;
  // deck.html needs only the Markdown: Marp CLI makes it while the browser fits and prints
  // the slides. Almost always the first round's Markdown is the final one.
  const htmls = new Map<string, Promise<string>>();
  const deckHtml = (markdown: string) => {
    let html = htmls.get(markdown);
    if (!html) {
      html = traced('deck.html', renderDeckHtml(markdown, input.themeCss, input.fontCss));
      // Awaited (and any failure reported) below, for the final Markdown only.
      html.catch(() => undefined);
      htmls.set(markdown, html);
    }
    return html;
  };
  if (wantFiles) preloadPictureModules();
  let printed: { plan: DeckSlide[]; markdown: string; marp: MarpOutput; pdf?: Uint8Array; images?: Uint8Array[] } | undefined;
  for (let round = 1; !printed; round++) {
    const plan = planDeck(lecture, { split: input.split ?? true, budgets });
    const markdown = renderDeckMarkdown(lecture, plan, input.templates);
    if (wantFiles) deckHtml(markdown);
    const marp = await traced('marp', renderMarp(markdown, input.themeCss));
    const overflowing = await browser.withDocument('deck', deckPrintHtml(marp, input.fontCss, lecture.title), assets, DECK_VIEWPORT, async (page) => {
      const found = input.split === false ? [] : await findOverflowingSlides(page);
      if (found.length === 0) {
        input.onFitted?.({ slides: plan, markdown });
        printed = wantFiles
          ? { plan, markdown, marp, pdf: await traced('deck pdf', printDeckPdf(page)), images: await traced('slide pictures', screenshotSlides(page, (capture) => browser.inFront(page, capture))) }
          : { plan, markdown, marp };
      }
      return found;
    });
    const stuck = overflowing.filter(({ index, ratio }) => {
      const key = budgetKey(plan[index]!, index, plan);
      if (round >= MAX_FIT_ROUNDS) return true;
      // Shrink the budget by as much as the content overflowed, and a little more.
      budgets.set(key, ((budgets.get(key) ?? SLIDE_LINE_BUDGET) / ratio) * 0.97);
      return false;
    });
    if (stuck.length > 0) throw new RenderError(stuck.map(({ index }) => describe(lecture, plan[index]!, index)).join('\n'), { file: lecture.file });
  }

  const summary = summarise(lecture, printed.plan, printed.markdown);
  if (!wantFiles || !printed.pdf || !printed.images) return { files: [], slides: printed.plan, markdown: printed.markdown, summary };
  const [html, pptx] = await Promise.all([
    deckHtml(printed.markdown),
    traced('deck.pptx', buildPptx(printed.images, printed.marp.notes, { title: lecture.title, ...(lecture.author && { author: lecture.author }) })),
  ]);

  const files: OutputFile[] = [
    { name: 'deck.md', data: printed.markdown },
    { name: 'deck.html', data: html },
    { name: 'deck.pdf', data: printed.pdf },
    { name: 'deck.pptx', data: pptx },
  ];
  return { files, slides: printed.plan, markdown: printed.markdown, summary, ...(printed.images[0] && { thumbnail: printed.images[0] }) };
}
