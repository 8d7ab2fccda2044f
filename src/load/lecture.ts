/** The typed lecture every renderer receives: validated, normalised, with resolved paths. */
import type { CodeBlock } from './code-fences.js';

export type { CodeBlock } from './code-fences.js';

/** How a content slide is laid out. */
export const LAYOUTS = ['bullets', 'facts', 'timeline', 'compare', 'quote', 'image', 'table'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Handout paper sizes. */
export const PAPERS = ['a4', 'letter'] as const;
/** Slides on a page of the notes handout. */
export const SLIDES_PER_PAGE = [1, 2, 3, 4, 6, 9] as const;
/** Which slides the speaker notes show. */
export const SPEAKER_NOTES = ['with-notes', 'all'] as const;

export interface Bullet {
  /** The words of the bullet (empty when it is a code block alone). */
  text: string;
  children: Bullet[];
  /** A code block after its words, taken out of them (see code-fences.ts). */
  code?: CodeBlock;
}

export interface Fact {
  value: string;
  label: string;
}

export interface TimelineEvent {
  when: string;
  what: string;
}

export interface Column {
  heading: string;
  bullets: Bullet[];
}

export interface ImageRef {
  /** Absolute path of the image on disk. */
  file: string;
  /** Where the image sits beside the outputs, relative to output/<lecture>/. */
  href: string;
}

export interface Slide {
  title: string;
  layout: Layout;
  notes?: string;
  bullets?: Bullet[];
  facts?: Fact[];
  events?: TimelineEvent[];
  columns?: Column[];
  quote?: string;
  source?: string;
  image?: ImageRef;
  caption?: string;
  /** What the image shows, for someone who cannot see it; "" when it is decorative, absent when not written. */
  alt?: string;
  table?: { header: string[]; rows: string[][] };
  /** Line of the slide in its lecture file, for messages. */
  line: number;
  /** Its column, for messages (absent in slides made by hand, e.g. in tests). */
  column?: number;
}

export interface Section {
  title: string;
  slides: Slide[];
  /** Where its title is in the lecture file, for messages. */
  at?: { line: number; column: number };
}

export interface Question {
  question: string;
  choices?: string[];
  /** Always text: a choice, "true"/"false", or the expected answer. */
  answer: string;
  kind: 'choice' | 'true-false' | 'short';
  explain?: string;
  /** A picture printed with the question. */
  image?: ImageRef;
  /** What that picture shows (as a slide's `alt`). */
  alt?: string;
  /** Line of the question in its lecture file, for messages about its picture. */
  line?: number;
}

export interface HandoutOptions {
  paper: (typeof PAPERS)[number];
  slidesPerPage: (typeof SLIDES_PER_PAGE)[number];
  wordBank: boolean;
  shuffle: boolean;
  seed: number;
  questionCards: boolean;
  speakerNotes: (typeof SPEAKER_NOTES)[number];
  /** Every handout's own text at 18 pt or more, in layouts made for it (see handout.css, "Large print"). */
  largePrint: boolean;
  /** Atkinson Hyperlegible for Latin text, wider spacing, no italics, capitals or justified text. */
  dyslexiaFriendly: boolean;
  /**
   * Whether the teacher chose slidesPerPage (in the lecture, its course or --per-page) rather
   * than taking the default: large print sets at most 2 to a page, and says so only to a
   * teacher who asked for more.
   */
  slidesPerPageChosen: boolean;
}

export interface Lecture {
  /** Path of the lecture file as the teacher gave it (for messages). */
  file: string;
  /** Absolute folder of the lecture file; images resolve against it. */
  dir: string;
  title: string;
  /** Where the title is in the file, for messages. */
  titleAt?: { line: number; column: number };
  subtitle?: string;
  course?: string;
  lesson?: string;
  author?: string;
  revised?: string;
  footer?: string;
  /** A logo for the title slide, every slide's corner and every handout page. */
  logo?: ImageRef;
  theme: string;
  /** The language it is written in, a canonical BCP 47 tag ("en", "fr", "pt-BR"). */
  language: string;
  next?: string;
  objectives: string[];
  sections: Section[];
  glossary: { term: string; definition: string }[];
  questions: Question[];
  takeaways: string[];
  handouts: HandoutOptions;
}
