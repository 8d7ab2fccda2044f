/**
 * deck.pptx as PowerPoint's own objects: the fitted deck's slides (see plan-deck.ts) written
 * as editable text, shapes, tables and pictures on slide masters with real placeholders.
 * Pure: the lecture's structure in, the package's bytes out.
 */
import type { Lecture } from '../../load/lecture.js';
import type { DeckSlide } from '../deck/plan-deck.js';
import type { Labels } from '../labels.js';

export interface NativeDeckInput {
  lecture: Lecture;
  /** The deck's slides as fitted: parts, "(cont.)" titles and type size steps. */
  plan: readonly DeckSlide[];
  labels: Labels;
  /** The theme's CSS: its colour variables and --office-font give the deck's look. */
  themeCss: string;
  /** The lecture's images: path beside the outputs → file on disk. */
  images: ReadonlyMap<string, string>;
  /** Speaker notes per deck slide (same order as plan). */
  notes: readonly string[];
}

export async function nativeDeck(input: NativeDeckInput): Promise<Uint8Array> {
  void input;
  throw new Error('native deck: not written yet');
}
