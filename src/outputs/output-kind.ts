/**
 * An output kind: one file a build can make for a lecture (deck.pdf, quiz.pdf, …), described
 * once, in a folder of its own under src/outputs/, and listed in registry.ts. Everything
 * else — the schema, --only, a course's `outputs:` list, the cache, progress, the course
 * index, removing stale files — reads these descriptions.
 */
import type { PictureStore } from '../decide/picture-store.js';
import type { OutputReads } from '../decide/fingerprints.js';
import type { Lecture } from '../load/lecture.js';
import type { FittedDeck, PrintRequest, Printed } from '../make/deck/deck-inputs.js';
import type { DeckTemplates } from '../make/deck/render-deck.js';
import type { HandoutTemplates } from '../make/handouts/handout-templates.js';
import type { LabelKey, Labels } from '../make/labels.js';
import type { BrowserManager } from '../make/print/browser-manager.js';
import type { OutputFile } from '../write/output-writer.js';

/** The templates of a build, read once. */
export interface BuildTemplates {
  deckTemplates: DeckTemplates;
  handoutTemplates: HandoutTemplates;
}

/** What every output of a lecture may read, made once per lecture before any output. */
export interface MakeContext extends BuildTemplates {
  lecture: Lecture;
  /** Its output folder, relative to the output root (LectureEntry's outPath): what names it on a learning platform. */
  outPath: string;
  /** The images the lecture shows: path beside the outputs → file on disk. */
  images: ReadonlyMap<string, string>;
  labels: Labels;
  themeCss: string;
  /** The embedded fonts, for the scripts the lecture uses. */
  fontCss: string;
  browser: BrowserManager;
  /** What a print depends on that its HTML does not show (see printSalt). */
  salt: string;
  /** Slide pictures kept by earlier builds. */
  pictures: PictureStore;
  /** An image's bytes; an image deleted since the lecture was loaded is a located error (images-held.ts). */
  readImage(file: string): Promise<Uint8Array>;
}

/** What a made output writes: its files, and files it makes obsolete. */
export interface Made {
  files: OutputFile[];
  /** Every file the output consists of, when more than those written now (pictures kept from earlier builds). */
  owns?: string[];
  remove?: string[];
}

/** An output rendered in memory, not yet made into its file. */
export interface Rendered {
  /**
   * What the file is made from (a handout's HTML, the deck's Markdown). When its
   * fingerprint is the one recorded for the file on disk, the file is kept as it is.
   */
  source: string;
  /** What the teacher should know of it (a sentence the worksheet left out, and why). */
  notices?: string[];
  /** What it takes from the deck's printed page (see PrintRequest), for outputs that print slides. */
  fromPage?: Partial<PrintRequest>;
  /** Makes the file: prints, pictures, zips. `printed` holds what was taken from the page. */
  make(printed: Printed): Promise<Made>;
}

/** An output with nothing to show (a quiz for a lecture without questions), and why. */
export interface Skipped {
  skip: string;
}

export interface OutputKind {
  /** The name `--only` and a course's `outputs:` take, e.g. "quiz-answers". */
  name: string;
  /** Its file in the lecture's output folder, e.g. "quiz-answers.pdf". */
  file: string;
  /**
   * The outputs it belongs with ("deck": shown with the deck on the course index); the
   * group's name selects them all at once, but for those that are opt-in.
   */
  group?: 'deck' | 'exports';
  /**
   * Not made by default: only when `--only` or a course's `outputs:` names it (deck-pictures,
   * whose screenshots cost more than a default build should).
   */
  optIn?: boolean;
  /** The lecture alone, or the fitted deck (the slides as they will be shown). */
  needs: 'lecture' | 'deck';
  /** It takes the PDF or slide pictures from the deck's printed page. */
  printsFromPage?: boolean;
  /** Its file refers to the lecture's images beside it (images/…), so they are copied there. */
  copiesImages?: boolean;
  /** Files it writes beside its own, for a ledger that does not list them (an older Lectern's). */
  alsoWrites?: readonly string[];
  /** The label of its link on the course index; without one, the index does not link it. */
  indexLabel?: LabelKey;
  /** What, beside the lecture, its course, images and labels, its key is made of. */
  reads(templates: BuildTemplates): OutputReads;
  /** Renders it in memory (pure, apart from reading stored pictures), or says why it is skipped. */
  render(context: MakeContext, deck: FittedDeck | undefined): Promise<Rendered | Skipped>;
}

/** The deck an output that needs it was given: a mistake in the registry if absent. */
export function requireDeck(kind: string, deck: FittedDeck | undefined): FittedDeck {
  if (!deck) throw new Error(`${kind} needs the fitted deck`);
  return deck;
}
