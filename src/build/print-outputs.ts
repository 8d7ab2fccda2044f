/**
 * The deck and handouts of one lecture, made side by side in the shared browser. The
 * deck's page is asked for first, since its slide pictures take longest; handouts without
 * slides follow at once, and handouts that show slides as soon as the slides are final.
 */
import type { Lecture } from '../load/lecture.js';
import type { BrowserManager } from '../print/browser-manager.js';
import type { DeckTemplates } from '../render/deck/render-deck.js';
import { SLIDE_HANDOUTS, type HandoutName, type HandoutTemplates } from '../render/handouts/handout-templates.js';
import { buildDeck, type DeckResult } from './build-deck.js';
import { buildHandouts, type HandoutsResult } from './build-handouts.js';

const NO_DECK: DeckResult = { files: [], slides: [], markdown: '', summary: [] };

export interface PrintInputs {
  lecture: Lecture;
  wantDeck: boolean;
  handouts: HandoutName[];
  themeCss: string;
  fontCss: string;
  deckTemplates: DeckTemplates;
  handoutTemplates: HandoutTemplates;
  browser: BrowserManager;
  /** Told of each output as soon as it is made. */
  onOutput?: (output: string) => void;
  /** Slide pictures of the last build (see build-deck.ts). */
  previousPictures?: () => Promise<{ keys: string[]; pictures: Uint8Array[] }>;
  /** The last build's deck.pdf (see build-deck.ts). */
  previousPdf?: { look: string; read: () => Promise<Uint8Array> };
  /** Mixed into every content hash (see build-handouts.ts and build-deck.ts). */
  contentSalt: string;
  /** What the last build recorded, to keep outputs that would come out the same. */
  previous?: { content: Partial<Record<string, string>>; budgets?: Record<string, number>; deckFilesExist: boolean; handoutExists: (name: HandoutName) => boolean };
}

export interface PrintedOutputs {
  deck: DeckResult;
  printed: HandoutsResult;
}

export async function printOutputs(input: PrintInputs): Promise<PrintedOutputs> {
  const { lecture, themeCss, fontCss, browser, previous } = input;
  const common = {
    lecture,
    themeCss,
    fontCss,
    templates: input.handoutTemplates,
    browser,
    contentSalt: input.contentSalt,
    ...(previous && { isKept: (name: HandoutName, content: string) => previous.content[name] === content && previous.handoutExists(name) }),
    ...(input.onOutput && { onPrinted: input.onOutput }),
  };
  const withSlides = input.handouts.filter((h) => SLIDE_HANDOUTS.has(h));
  const plain = input.handouts.filter((h) => !SLIDE_HANDOUTS.has(h));

  const started: Promise<HandoutsResult>[] = [];
  const start = (names: HandoutName[], deck: Pick<DeckResult, 'slides' | 'markdown'>) => {
    if (names.length === 0) return;
    const made = buildHandouts({ ...common, names, deck });
    // Failures are reported once all are settled, below; this keeps Node from calling them unhandled meanwhile.
    made.catch(() => undefined);
    started.push(made);
  };
  let plainStarted = false;
  const startPlain = () => {
    if (!plainStarted) start(plain, NO_DECK);
    plainStarted = true;
  };

  let deck = NO_DECK;
  try {
    if (input.wantDeck || withSlides.length > 0) {
      deck = await buildDeck({
        lecture,
        templates: input.deckTemplates,
        themeCss,
        fontCss,
        browser,
        files: input.wantDeck,
        contentSalt: input.contentSalt,
        ...(previous && { previous: { content: previous.content.deck, budgets: previous.budgets, filesExist: previous.deckFilesExist } }),
        ...(input.previousPictures && { previousPictures: input.previousPictures }),
        ...(input.previousPdf && { previousPdf: input.previousPdf }),
        onQueued: startPlain,
        onFitted: (fitted) => start(withSlides, fitted),
      });
      if (input.wantDeck && !deck.kept) input.onOutput?.('deck');
    }
    startPlain();
  } finally {
    // Everything started is waited for, even after a failure, so that nothing is still
    // printing (or starting a browser) once the build has stopped.
    await Promise.allSettled(started);
  }
  const parts = await Promise.all(started);
  return {
    deck,
    printed: {
      files: parts.flatMap((p) => p.files),
      skipped: parts.flatMap((p) => p.skipped),
      kept: parts.flatMap((p) => p.kept),
      content: Object.assign({}, ...parts.map((p) => p.content)) as HandoutsResult['content'],
    },
  };
}
