/**
 * A lecture's YAML read as a teacher wrote it, for tests that look for its words in an
 * output: every piece of text each slide shows, as plain text (without the **bold**,
 * *italic*, `code` and [[key term]] marks), and text compared the way a reader sees it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Bullet = string | Record<string, Bullet[]>;

export interface LectureSlide {
  title: string;
  layout?: string;
  bullets?: Bullet[];
  facts?: { value: string; label: string }[];
  events?: { when: string; what: string }[];
  columns?: { heading: string; bullets: Bullet[] }[];
  quote?: string;
  source?: string;
  image?: string;
  caption?: string;
  /** What the picture shows, for a student who cannot see it ("" when decorative). */
  alt?: string;
  table?: { header: string[]; rows: string[][] };
  notes?: string;
}

export interface LectureYaml {
  title: string;
  subtitle?: string;
  course?: string;
  author?: string;
  footer?: string;
  language?: string;
  next?: string;
  objectives?: string[];
  takeaways?: string[];
  sections: { title: string; slides: LectureSlide[] }[];
}

/** The YAML as written; numbers and dates left as the text the teacher typed (as Lectern reads them). */
export const readLecture = (file: string): LectureYaml => parse(readFileSync(file, 'utf8'), { schema: 'failsafe' }) as LectureYaml;

/** The words a slide shows for a piece of lecture text: marks of emphasis, code and key terms dropped. */
export function plain(text: string): string {
  return text
    .replace(/\[\[(.+?)\]\]/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * Text as compared: without any white space (a title wraps where the box ends, and readers
 * put spaces of their own between words and boxes), typographic quotes as plain ones,
 * letters in one case (the deck sets some labels in capitals).
 */
export function squash(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u200B\u00AD]+/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** Every bullet's text, sub-bullets after their parent. */
export function bulletTexts(bullets: Bullet[] = []): string[] {
  return bullets.flatMap((b) => (typeof b === 'string' ? [b] : Object.entries(b).flatMap(([parent, subs]) => [parent, ...bulletTexts(subs)])));
}

/** Every piece of text a content slide shows, each named for the messages of a failing test. */
export function slideTexts(slide: LectureSlide): { what: string; text: string }[] {
  const named = (what: string, texts: (string | undefined)[]) => texts.filter((t): t is string => !!t).map((t) => ({ what, text: plain(t) }));
  return [
    ...named('title', [slide.title]),
    ...named('bullet', bulletTexts(slide.bullets)),
    ...(slide.facts ?? []).flatMap((f) => [...named('fact value', [f.value]), ...named('fact label', [f.label])]),
    ...(slide.events ?? []).flatMap((e) => [...named('timeline date', [e.when]), ...named('timeline event', [e.what])]),
    ...(slide.columns ?? []).flatMap((c) => [...named('column heading', [c.heading]), ...named('column bullet', bulletTexts(c.bullets))]),
    ...named('quote', [slide.quote]),
    ...named('quote source', [slide.source]),
    ...named('caption', [slide.caption]),
    ...(slide.table ? [...named('table header cell', slide.table.header), ...named('table cell', slide.table.rows.flat())] : []),
  ];
}

/** Each content slide with the title of its section, in lecture order. */
export function contentSlides(lecture: LectureYaml): (LectureSlide & { section: string })[] {
  return lecture.sections.flatMap((s) => s.slides.map((slide) => ({ ...slide, section: s.title })));
}
