/**
 * The deck of one lecture: plan → Markdown → Marp → fitted in the browser → printed. The
 * browser checks that every slide fits its frame; a slide that does not is planned again
 * with a tighter budget, so it splits into more "(cont.)" slides instead of being cut off.
 * A draft that fitted last time is planned with last time's budgets, and a page that fitted
 * last time needs no browser to know it fits. While the final page is loaded, whatever the
 * outputs ask of it (the PDF, slide pictures) is taken from it.
 */
import type { Page } from 'puppeteer';
import { draftFingerprint, pageFingerprint } from '../../decide/fingerprints.js';
import { RenderError } from '../../errors.js';
import { quoted } from '../../problems/problem.js';
import { traced } from '../../trace.js';
import { DECK_VIEWPORT, deckPrintHtml, findOverflowingSlides, printDeckPdf, screenshotSlides, slideHtml } from './deck-page.js';
import type { DeckInputs, FittedDeck, PrintRequest, Printed } from './deck-inputs.js';
import { renderMarp, renderMarpSlides, type MarpSlides } from './marp-render.js';
import { SLIDE_LINE_BUDGET } from './measure-text.js';
import { planDeck, type DeckSlide } from './plan-deck.js';
import { renderDeckMarkdown } from './render-deck.js';
import { summarise } from './slide-summary.js';

const MAX_FIT_ROUNDS = 6;

export interface DeckWork {
  /**
   * Settles once the deck has asked for its page in the browser, or knows it needs none:
   * other documents queue behind it. False when the deck failed before: the build fails.
   */
  queued: Promise<boolean>;
  fitted: Promise<FittedDeck>;
  printed: Promise<Printed>;
}

/** Says what to take from the printed page, once the final deck is known. */
export type Wants = (deck: FittedDeck) => Promise<PrintRequest>;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // Awaited (and any failure reported) by whoever needs it; this keeps Node from calling it unhandled meanwhile.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
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

/** The slide that does not fit, at its place in the file, its title in at most 60 characters. */
function tooBig(input: DeckInputs, slide: DeckSlide, index: number): string {
  const { lecture } = input;
  const at = (where?: { line: number; column?: number }) => (where ? `:${where.line}${where.column ? `:${where.column}` : ''}` : '');
  const what =
    slide.kind === 'content'
      ? `${lecture.file}${at(slide.slide)}  slide ${index + 1} ${quoted(slide.slide.title)}`
      : slide.kind === 'title'
        ? `${lecture.file}${at(lecture.titleAt)}  the title slide (title, subtitle, course, author)`
        : slide.kind === 'divider'
          ? `${lecture.file}${at(lecture.sections[slide.number - 1]?.at)}  the divider of section ${quoted(slide.title)}`
          : `${lecture.file}  slide ${index + 1} (${slide.kind})`;
  return `${what} does not fit on a slide, even in the smallest type; shorten its text or split it into two slides`;
}

/** Takes what was asked for from the loaded page. */
async function takeFrom(page: Page, input: DeckInputs, request: PrintRequest): Promise<Printed> {
  const pdf = request.pdf ? await traced('deck pdf', printDeckPdf(page)) : undefined;
  const taken =
    request.pictures.length > 0
      ? await traced('slide pictures', screenshotSlides(page, { only: request.pictures, inFront: (capture) => input.browser.inFront(page, capture) }))
      : [];
  const pictures = new Map(request.pictures.map((i) => [i, taken[i]!]));
  return { ...(pdf && { pdf }), pictures };
}

const nothingWanted = (r: PrintRequest) => !r.pdf && r.pictures.length === 0;

/** Starts making the deck; its parts settle as they are ready. */
export function startDeck(input: DeckInputs, wants: Wants): DeckWork {
  const queued = deferred<boolean>();
  const fitted = deferred<FittedDeck>();
  const printed = fitAndPrint(input, wants, () => queued.resolve(true), fitted.resolve);
  printed.then(
    () => queued.resolve(true),
    (error: unknown) => {
      queued.resolve(false);
      fitted.reject(error);
    },
  );
  return { queued: queued.promise, fitted: fitted.promise, printed };
}

/** Plans the deck with these budgets and renders it: the deck as it will be, if every slide fits. */
async function render(input: DeckInputs, budgets: ReadonlyMap<string, number>, draft: string): Promise<FittedDeck> {
  const { lecture } = input;
  const plan = planDeck(lecture, { budgets, labels: input.labels });
  const markdown = renderDeckMarkdown(lecture, plan, input.templates, input.labels);
  const marp = await traced('marp', renderMarp(markdown, input.themeCss));
  const page = deckPrintHtml(marp, input.fontCss, lecture.title);
  let svg: Promise<MarpSlides> | undefined;
  return {
    plan,
    markdown,
    marp,
    page,
    slides: slideHtml(marp),
    summary: summarise(lecture, plan, markdown, input.labels),
    memo: { draft, budgets: Object.fromEntries(budgets), page: pageFingerprint(input.salt, page) },
    svg: () => (svg ??= traced('slide svg', renderMarpSlides(markdown, input.themeCss))),
  };
}

/**
 * The deck's first plan and Markdown, and the budgets to plan it with: the last fitting's
 * when the first draft is the same as then (see FitMemo), else none. A mistake in a
 * template stops the build here, before any browser is started.
 */
function firstDraft(input: DeckInputs): { budgets: Map<string, number>; draft: string } {
  const { lecture, memo } = input;
  const budgets = new Map<string, number>();
  const first = renderDeckMarkdown(lecture, planDeck(lecture, { budgets, labels: input.labels }), input.templates, input.labels);
  const draft = draftFingerprint(input.salt, input.themeCss, input.fontCss, first);
  if (memo?.draft === draft) for (const [key, lines] of Object.entries(memo.budgets)) budgets.set(key, lines);
  return { budgets, draft };
}

/** The deck as planned before the browser has checked it (see firstDraft). */
export async function draftDeck(input: DeckInputs): Promise<FittedDeck> {
  const { budgets, draft } = firstDraft(input);
  return render(input, budgets, draft);
}

async function fitAndPrint(input: DeckInputs, wants: Wants, queued: () => void, fitted: (deck: FittedDeck) => void): Promise<Printed> {
  const { lecture, browser, memo } = input;
  const { budgets, draft } = firstDraft(input);
  // A deck never fitted before is fitted in the browser: start it while Marp renders, and
  // let other documents wait for the deck to ask for its page, since its pictures take
  // longest. A deck fitted before most often needs no page at all: they need not wait.
  if (!memo) browser.warmUp();
  const first = await render(input, budgets, draft);
  if (memo) queued();
  for (let round = 1; ; round++) {
    const deck = round === 1 ? first : await render(input, budgets, draft);
    const { plan, page } = deck;

    if (deck.memo.page === memo?.page) {
      // This very page fitted last time: it still does, without a browser.
      queued();
      fitted(deck);
      const request = await wants(deck);
      if (nothingWanted(request)) return { pictures: new Map() };
      return browser.withDocument('deck', page, input.images, { viewport: DECK_VIEWPORT, first: true }, (p) => takeFrom(p, input, request));
    }

    browser.warmUp();
    const checking = browser.withDocument('deck', page, input.images, { viewport: DECK_VIEWPORT, first: true }, async (p) => {
      const overflowing = await findOverflowingSlides(p);
      if (overflowing.length > 0) return { overflowing };
      fitted(deck);
      return { printed: await takeFrom(p, input, await wants(deck)) };
    });
    queued();
    const result = await checking;
    if (result.printed) return result.printed;
    const stuck = result.overflowing.filter(({ index, ratio }) => {
      if (round >= MAX_FIT_ROUNDS) return true;
      const key = budgetKey(plan[index]!, index, plan);
      // Shrink the budget by as much as the content overflowed, and a little more.
      budgets.set(key, ((budgets.get(key) ?? SLIDE_LINE_BUDGET) / ratio) * 0.97);
      return false;
    });
    if (stuck.length > 0) throw new RenderError(stuck.map(({ index }) => tooBig(input, plan[index]!, index)).join('\n'), { file: lecture.file });
  }
}
