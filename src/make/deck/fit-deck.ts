/**
 * The deck of one lecture: measured → decided → Markdown → Marp → checked → printed.
 * Every slide is first set whole, at normal size and one step smaller, in one measuring
 * page; from those heights each is kept whole, set smaller, or split (see choose-parts.ts).
 * The final page is then checked once: a slide that still overflows is corrected alone.
 * A slide measured before is not measured again, and a page that fitted last time needs no
 * browser to know it fits. While the final page is loaded, whatever the outputs ask of it
 * (the PDF, slide pictures) is taken from it.
 */
import type { Page } from 'puppeteer';
import type { Bullet, Slide } from '../../load/lecture.js';
import { measuredSlideFingerprint, pageFingerprint } from '../../decide/fingerprints.js';
import { RenderError } from '../../errors.js';
import { traced } from '../../trace.js';
import { fill } from '../labels.js';
import { finishPdf } from '../print/finish-pdf.js';
import { deckPdfFacts } from '../print/pdf-facts.js';
import { DECK_VIEWPORT, deckPrintHtml, findOverflowingSlides, printDeckPdf, screenshotSlides, slideHtml } from './deck-page.js';
import type { DeckInputs, FittedDeck, PrintRequest, Printed } from './deck-inputs.js';
import { renderMarp, renderMarpSlides, type MarpSlides } from './marp-render.js';
import { measureSlides, type MeasuredSlide } from './measure-slides.js';
import { planDeck, slideKey, type DeckSlide, type SlideDecision } from './plan-deck.js';
import { renderDeckMarkdown } from './render-deck.js';
import { atSize, continuedHeading, decideSlide, describeSlide, SMALLEST_STEP } from './slide-decisions.js';
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

function tooBig(input: DeckInputs, slide: DeckSlide, index: number): string {
  const where = `${describeSlide(input.lecture, slide, index)} does not fit on a slide, even in the smallest type`;
  const lines = slide.kind === 'content' ? longestCode(slide.slide) : 0;
  // A code block is never cut: where it may be split is the teacher's choice.
  if (lines > 20) return `${where}: its code block has ${lines} lines, and a block is never split (about 25 fit a slide); put the lines in two blocks, in two bullets or on two slides`;
  return `${where}; shorten its text or split it into two slides`;
}

/** The most lines of any code block on a slide (0 for none). */
function longestCode(slide: Slide): number {
  const blocks = (bullets: readonly Bullet[]): number[] => bullets.flatMap((b) => [b.code ? b.code.source.split('\n').length : 0, ...blocks(b.children)]);
  return Math.max(0, ...blocks(slide.bullets ?? []), ...(slide.columns ?? []).flatMap((c) => blocks(c.bullets)));
}

/** Takes what was asked for from the loaded page. */
async function takeFrom(page: Page, input: DeckInputs, request: PrintRequest): Promise<Printed> {
  const printed = request.pdf ? await traced('deck pdf', printDeckPdf(page)) : undefined;
  // Finished while the slides are pictured: the finishing is Node's work, the pictures the browser's.
  const finishing = printed && traced('finish deck pdf', finishPdf(printed.pdf, { ...deckPdfFacts(input.lecture), headings: printed.headings }));
  finishing?.catch(() => undefined);
  const taken =
    request.pictures.length > 0
      ? await traced('slide pictures', screenshotSlides(page, { only: request.pictures, inFront: (capture) => input.browser.inFront(page, capture) }))
      : [];
  const pictures = new Map(request.pictures.map((i) => [i, taken[i]!]));
  const pdf = await finishing;
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

/** The deck's slides, each whole: what is measured, with what identifies each for the memo. */
interface Whole {
  slides: DeckSlide[];
  keys: string[];
  /** What a continuation of each says at its top ('' for slides that never continue). */
  continued: string[];
  ids: string[];
}

function wholeSlides(input: DeckInputs): Whole {
  const { lecture, labels } = input;
  const slides = planDeck(lecture, { labels });
  const cont = (title: string) => fill(labels.continued, { title });
  const continued = slides.map((s) => continuedHeading(s, cont, labels) ?? '');
  return {
    slides,
    keys: slides.map((s, i) => slideKey(s, i, slides)),
    continued,
    ids: slides.map((s, i) => measuredSlideFingerprint(input.salt, input.themeCss, input.fontCss, renderDeckMarkdown(lecture, [s], input.templates, labels), continued[i]!)),
  };
}

/** Plans the deck with these decisions and renders it: the deck as it will be, if every slide fits. */
async function render(input: DeckInputs, whole: Whole, decisions: ReadonlyMap<string, SlideDecision>): Promise<FittedDeck> {
  const { lecture } = input;
  const plan = planDeck(lecture, { decisions, labels: input.labels });
  const markdown = renderDeckMarkdown(lecture, plan, input.templates, input.labels);
  const marp = await traced('marp', renderMarp(markdown, input.themeCss));
  const page = deckPrintHtml(marp, input.fontCss, lecture.title, lecture.language);
  const slides = Object.fromEntries(whole.ids.flatMap((id, i) => (decisions.has(whole.keys[i]!) ? [[id, decisions.get(whole.keys[i]!)!]] : [])));
  let svg: Promise<MarpSlides> | undefined;
  return {
    plan,
    decisions: new Map(decisions),
    markdown,
    marp,
    page,
    slides: slideHtml(marp),
    summary: summarise(lecture, plan, markdown, input.labels),
    memo: { slides, page: pageFingerprint(input.salt, page) },
    svg: () => (svg ??= traced('slide svg', renderMarpSlides(markdown, input.themeCss))),
  };
}

/** The decisions the last build left for slides that are the same as then. */
function remembered(input: DeckInputs, whole: Whole): Map<string, SlideDecision> {
  const decisions = new Map<string, SlideDecision>();
  whole.ids.forEach((id, i) => {
    const known = input.memo?.slides?.[id];
    if (known) decisions.set(whole.keys[i]!, known);
  });
  return decisions;
}

/** The deck as planned before the browser has measured it: slides measured before as decided then, others whole. */
export async function draftDeck(input: DeckInputs): Promise<FittedDeck> {
  const whole = wholeSlides(input);
  return render(input, whole, remembered(input, whole));
}

/** Sets these slides whole at normal size and one step smaller in one page, and measures them. */
async function measureWhole(input: DeckInputs, whole: Whole, indexes: readonly number[]): Promise<{ normal: MeasuredSlide; smaller: MeasuredSlide }[]> {
  const { lecture, browser } = input;
  const slides = [...indexes.map((i) => atSize(whole.slides[i]!, 0)), ...indexes.map((i) => atSize(whole.slides[i]!, 1))];
  const markdown = renderDeckMarkdown(lecture, slides, input.templates, input.labels);
  const page = deckPrintHtml(await traced('marp', renderMarp(markdown, input.themeCss)), input.fontCss, lecture.title, lecture.language);
  const continued = [...indexes, ...indexes].map((i) => whole.continued[i]!);
  const measured = await traced(`measure ${indexes.length} slides`, browser.withDocument('deck', page, input.images, { viewport: DECK_VIEWPORT, first: true }, (p) => measureSlides(p, continued)));
  return indexes.map((_, n) => ({ normal: measured[n]!, smaller: measured[n + indexes.length]! }));
}

/** Units a part holds, over all its lanes. */
const unitsIn = (part: SlideDecision['parts'][number]) => part.ranges.reduce((n, [from, to]) => n + to - from, 0);

async function fitAndPrint(input: DeckInputs, wants: Wants, queued: () => void, fitted: (deck: FittedDeck) => void): Promise<Printed> {
  const { browser, memo } = input;
  const whole = wholeSlides(input);
  const decisions = remembered(input, whole);
  const measured = new Map<string, { normal: MeasuredSlide; smaller: MeasuredSlide; room: number }>();
  const measure = async (indexes: number[]) => {
    const found = await measureWhole(input, whole, indexes);
    indexes.forEach((i, n) => {
      const { normal, smaller } = found[n]!;
      measured.set(whole.keys[i]!, { normal, smaller, room: normal.room });
      decisions.set(whole.keys[i]!, decideSlide(whole.slides[i]!, normal, smaller));
    });
  };
  const unknown = whole.slides.flatMap((_, i) => (decisions.has(whole.keys[i]!) ? [] : [i]));
  if (unknown.length > 0) {
    browser.warmUp();
    await measure(unknown);
  }

  for (let round = 1; ; round++) {
    const deck = await render(input, whole, decisions);
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

    // Measured heights are close, not exact: correct the slides that still overflow, alone.
    const remeasure = new Set<number>();
    const stuck: number[] = [];
    for (const { index, ratio } of result.overflowing) {
      const slide = plan[index]!;
      const key = slideKey(slide, index, plan);
      const i = whole.keys.indexOf(key);
      const known = measured.get(key);
      const decision = decisions.get(key)!;
      const partIndex = 'part' in slide ? slide.part - 1 : 0;
      const part = decision.parts[partIndex]!;
      if (!known) remeasure.add(i); // decided by an earlier build: measure it now
      else if (round >= MAX_FIT_ROUNDS) stuck.push(index);
      else if (unitsIn(part) <= 1) {
        // One item alone, or a slide that does not split (a quote, a picture): a step smaller.
        if (part.size >= SMALLEST_STEP) stuck.push(index);
        else decisions.set(key, { ...decision, parts: decision.parts.map((p, j) => (j === partIndex ? { ...p, size: p.size + 1 } : p)) });
      } else {
        // Split again as if the slide had as much less room as the part ran over.
        known.room -= (ratio - 1) * known.room + 2;
        decisions.set(key, decideSlide(whole.slides[i]!, known.normal, known.smaller, known.room));
      }
    }
    if (stuck.length > 0) throw new RenderError(stuck.map((index) => tooBig(input, plan[index]!, index)).join('\n'), { file: input.lecture.file });
    if (remeasure.size > 0) await measure([...remeasure]);
  }
}
