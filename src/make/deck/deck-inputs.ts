/** What making the deck needs, and what it gives every output that shows slides. */
import type { FitMemo } from '../../decide/ledger.js';
import type { Lecture } from '../../load/lecture.js';
import type { Labels } from '../labels.js';
import type { BrowserManager } from '../print/browser-manager.js';
import type { MarpOutput, MarpSlides } from './marp-render.js';
import type { DeckSlide, SlideDecision } from './plan-deck.js';
import type { DeckTemplates } from './render-deck.js';
import type { SlideSummary } from './slide-summary.js';

export interface DeckInputs {
  lecture: Lecture;
  templates: DeckTemplates;
  labels: Labels;
  themeCss: string;
  fontCss: string;
  /** The images the slides show: path beside the outputs → file on disk. */
  images: ReadonlyMap<string, string>;
  browser: BrowserManager;
  /** What the page does not show but its look depends on (see printSalt). */
  salt: string;
  /** What the last build learnt of fitting this deck, when it may be used. */
  memo?: FitMemo;
}

/** The deck once every slide fits: computed once per lecture, shared by every output that shows slides. */
export interface FittedDeck {
  plan: DeckSlide[];
  /** How each source slide is shown, by slide key (see slideKey): whole, smaller, or in parts. */
  decisions: ReadonlyMap<string, SlideDecision>;
  markdown: string;
  marp: MarpOutput;
  /** The page deck.pdf and the slide pictures are printed from. */
  page: string;
  /** Each slide's HTML in that page (see slideHtml). */
  slides: string[];
  summary: SlideSummary[];
  /** What to remember of this fitting for the next build. */
  memo: FitMemo;
  /** The slides as SVG pictures for the handouts, rendered on first use. */
  svg(): Promise<MarpSlides>;
}

/** What to take from the printed page while it is loaded. */
export interface PrintRequest {
  pdf: boolean;
  /** Indexes of the slides to picture. */
  pictures: readonly number[];
}

export interface Printed {
  pdf?: Uint8Array;
  /** Pictures of the slides asked for, by index (1920×1080 PNG). */
  pictures: ReadonlyMap<number, Uint8Array>;
}

export const NOTHING_PRINTED: Printed = { pictures: new Map() };
