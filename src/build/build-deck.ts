/**
 * The deck of one lecture: plan → Markdown → Marp → print. The browser checks that every
 * slide fits; a slide that does not is planned again with a tighter budget, so it splits
 * into more "(cont.)" slides instead of being cut off.
 */
import type { Page } from 'puppeteer';
import type { Lecture } from '../load/lecture.js';
import { lectureImages } from '../load/lecture-images.js';
import type { BrowserManager } from '../print/browser-manager.js';
import { DECK_VIEWPORT, deckPrintHtml, findOverflowingSlides, printDeckPdf, screenshotSlides, slideHtml } from '../print/deck-print.js';
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
  /** Called as soon as the deck has asked for its page, so that other pages queue behind it. */
  onQueued?: () => void;
  /**
   * Called once every slide fits, before the deck is printed, so that work which needs
   * only the final slides (the handouts) can run in other pages meanwhile.
   */
  onFitted?: (fitted: { slides: DeckSlide[]; markdown: string }) => void;
  /** Mixed into the content hash: what the Markdown does not show but the slides depend on (Lectern's version, the images). */
  contentSalt?: string;
  /** What the last build recorded of the deck, to skip fitting and printing when the slides come out the same. */
  previous?: { content?: string; budgets?: Record<string, number>; filesExist: boolean };
  /** Slide pictures of the last build with their keys, so that only changed slides are captured again. */
  previousPictures?: () => Promise<{ keys: string[]; pictures: Uint8Array[] }>;
  /** The last build's deck.pdf and a hash of the page it was printed from (see `look` below). */
  previousPdf?: { look: string; read: () => Promise<Uint8Array> };
}

export interface DeckResult {
  files: OutputFile[];
  slides: DeckSlide[];
  markdown: string;
  /** Each slide's title and a hash of its content, to tell what changed since the last build. */
  summary: SlideSummary[];
  /** The title slide as a PNG, for the course index. */
  thumbnail?: Uint8Array;
  /** A hash of everything the slides are made from, before fitting: the same hash, the same deck. */
  content?: string;
  /** How many lines each slide that had to be split again was given, to plan the same deck next time without the browser. */
  budgets?: Record<string, number>;
  /** The deck's files on disk were made from the same content, so they were kept as they are. */
  kept?: boolean;
  /** A key per slide picture (a hash of the slide's HTML and styles), to reuse it next time. */
  pictures?: string[];
  /** A hash of the page deck.pdf is printed from: the same page, the same PDF and pictures. */
  look?: string;
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

/**
 * The last build's deck.pdf and slide pictures, when the page they were made from is the
 * same as now: that page fitted then, and prints the same. Undefined when anything is missing.
 */
async function reuseLastPrint(
  input: DeckInputs,
  oldPictures: Promise<{ keys: string[]; pictures: Uint8Array[] } | undefined>,
  slides: number,
): Promise<{ pdf: Uint8Array; images: Uint8Array[]; keys: string[] } | undefined> {
  try {
    const [pdf, old] = await Promise.all([input.previousPdf!.read(), oldPictures]);
    if (!old || old.keys.length !== slides || old.pictures.length !== slides) return undefined;
    return { pdf, images: old.pictures, keys: old.keys };
  } catch {
    return undefined;
  }
}

export async function buildDeck(input: DeckInputs): Promise<DeckResult> {
  const { lecture, browser } = input;
  const assets = lectureImages(lecture);

  const budgets = new Map<string, number>();
  const wantFiles = input.files ?? true;
  const split = input.split ?? true;

  // Slides are fitted in the browser from this first plan; the same plan fits the same way,
  // with the budgets recorded last time, so the browser is needed only for a new plan.
  const draft = () => {
    const plan = planDeck(lecture, { split, budgets });
    return { plan, markdown: renderDeckMarkdown(lecture, plan, input.templates) };
  };
  let next = draft();
  const content = hash(input.contentSalt ?? '', input.themeCss, input.fontCss, next.markdown);
  const previous = input.previous;
  if (previous?.content === content && previous.budgets) {
    for (const [key, lines] of Object.entries(previous.budgets)) budgets.set(key, lines);
    next = draft();
    if (!wantFiles || previous.filesExist) {
      const { plan, markdown } = next;
      input.onFitted?.({ slides: plan, markdown });
      return { files: [], slides: plan, markdown, summary: summarise(lecture, plan, markdown), content, budgets: previous.budgets, kept: wantFiles };
    }
  }

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
  // The slides will most likely be fitted in the browser: it starts now, while they are
  // rendered, unless the slides may look as they did last time (only notes were edited, say).
  if (!input.previousPdf) browser.warmUp();
  if (wantFiles) preloadPictureModules();
  // A slide whose HTML and styles are those of a slide pictured last time looks the same:
  // its picture is reused, and only new or changed slides are captured.
  // Read while the slides are fitted and printed.
  const oldPictures = wantFiles && input.previousPictures ? input.previousPictures().catch(() => undefined) : Promise.resolve(undefined);
  const pictures = async (page: Page, marp: MarpOutput) => {
    const look = hash(input.contentSalt ?? '', input.fontCss, marp.css);
    const keys = (await slideHtml(page)).map((html) => hash(look, html));
    const old = await oldPictures;
    const known = new Map(old?.keys.map((k, i) => [k, old.pictures[i]]));
    const images = await traced(
      'slide pictures',
      screenshotSlides(page, { inFront: (capture) => browser.inFront(page, capture), known: keys.map((k) => known.get(k)) }),
    );
    return { images, keys };
  };
  let printed:
    | { plan: DeckSlide[]; markdown: string; marp: MarpOutput; look: string; pdf?: Uint8Array; images?: Uint8Array[]; keys?: string[]; pdfKept?: boolean }
    | undefined;
  try {
    for (let round = 1; !printed; round++) {
      const { plan, markdown } = round === 1 ? next : draft();
      // Started once the browser is up: the launch needs Node's thread more than Marp CLI does.
      if (wantFiles) browser.browser().then(() => deckHtml(markdown), () => undefined);
      const marp = await traced('marp', renderMarp(markdown, input.themeCss));
      const page = deckPrintHtml(marp, input.fontCss, lecture.title);
      const look = hash(input.contentSalt ?? '', page);
      const same = look === input.previousPdf?.look ? await reuseLastPrint(input, oldPictures, plan.length) : undefined;
      if (same) {
        input.onFitted?.({ slides: plan, markdown });
        printed = { plan, markdown, marp, look, ...same, pdfKept: true };
        if (wantFiles) deckHtml(markdown);
        break;
      }
      browser.warmUp();
      const fitting = browser.withDocument('deck', page, assets, { viewport: DECK_VIEWPORT, first: true }, async (page) => {
        const found = input.split === false ? [] : await findOverflowingSlides(page);
        if (found.length === 0) {
          input.onFitted?.({ slides: plan, markdown });
          printed = wantFiles ? { plan, markdown, marp, look, pdf: await traced('deck pdf', printDeckPdf(page)), ...(await pictures(page, marp)) } : { plan, markdown, marp, look };
        }
        return found;
      });
      input.onQueued?.();
      const overflowing = await fitting;
      const stuck = overflowing.filter(({ index, ratio }) => {
        const key = budgetKey(plan[index]!, index, plan);
        if (round >= MAX_FIT_ROUNDS) return true;
        // Shrink the budget by as much as the content overflowed, and a little more.
        budgets.set(key, ((budgets.get(key) ?? SLIDE_LINE_BUDGET) / ratio) * 0.97);
        return false;
      });
      if (stuck.length > 0) throw new RenderError(stuck.map(({ index }) => describe(lecture, plan[index]!, index)).join('\n'), { file: lecture.file });
    }
  } catch (error) {
    // deck.html may still be in the making, in a temporary folder: let it finish and tidy
    // up before the build stops.
    await Promise.allSettled(htmls.values());
    throw error;
  }

  const summary = summarise(lecture, printed.plan, printed.markdown);
  const fit = { content, look: printed.look, budgets: Object.fromEntries(budgets), ...(printed.keys && { pictures: printed.keys }) };
  if (!wantFiles || !printed.pdf || !printed.images) return { files: [], slides: printed.plan, markdown: printed.markdown, summary, ...fit };
  const [html, pptx] = await Promise.all([
    deckHtml(printed.markdown),
    traced('deck.pptx', buildPptx(printed.images, printed.marp.notes, { title: lecture.title, ...(lecture.author && { author: lecture.author }) })),
  ]);

  const files: OutputFile[] = [
    { name: 'deck.md', data: printed.markdown },
    { name: 'deck.html', data: html },
    // A deck.pdf printed from the same page as now is left as it is.
    ...(printed.pdfKept ? [] : [{ name: 'deck.pdf', data: printed.pdf }]),
    { name: 'deck.pptx', data: pptx },
  ];
  return { files, slides: printed.plan, markdown: printed.markdown, summary, ...fit, ...(printed.images[0] && { thumbnail: printed.images[0] }) };
}
