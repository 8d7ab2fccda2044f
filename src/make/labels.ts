/**
 * Every word Lectern prints on slides, handouts and the course index comes from one file,
 * templates/labels/<language>.yaml, ready for translation. A teacher's templates folder may
 * hold a file of the same name; the labels it gives win, the rest stay Lectern's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { RenderError } from '../errors.js';
import { builtinTemplatesDir } from '../paths.js';
import type { TemplateSet } from './template-set.js';

const KEYS = [
  'objectives', 'takeaways', 'continued', 'lesson', 'revised', 'part', 'questions', 'thankYou', 'nextLecture', 'closing', 'closingNext',
  'notesHandout', 'speakerNotes', 'revisionSheet', 'worksheet', 'worksheetAnswers', 'quiz', 'quizAnswers', 'flashcards',
  'slideOf', 'slidesOf', 'noNotes', 'slidePicture', 'logo', 'keyFacts', 'timeline', 'glossary', 'revisionTakeaways',
  'name', 'date', 'score', 'answer', 'answerTrue', 'answerFalse', 'version', 'worksheetBanner', 'quizBanner', 'fillInTheBlanks', 'wordBank', 'shortAnswers',
  'indexTitle', 'indexOtherLectures', 'indexCountOne', 'indexCountMany', 'indexSlides', 'indexDeck', 'indexHtml', 'indexPdf', 'indexPptx', 'indexTitleSlide',
  'indexNotesHandout', 'indexSpeakerNotes', 'indexRevisionSheet', 'indexWorksheet', 'indexWorksheetAnswers', 'indexQuiz', 'indexQuizAnswers', 'indexFlashcards',
] as const;

export type LabelKey = (typeof KEYS)[number];
export type Labels = Readonly<Record<LabelKey, string>>;

const fileOf = (language: string) => `labels/${language}.yaml`;

function readLabels(file: string, partial: boolean): Partial<Record<LabelKey, string>> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new RenderError(`${file}: the labels file cannot be read: ${(cause as Error).message}`, { file, cause });
  }
  const entries = Object.entries(data && typeof data === 'object' ? data : {});
  const unknown = entries.filter(([k]) => !(KEYS as readonly string[]).includes(k)).map(([k]) => k);
  if (unknown.length > 0) throw new RenderError(`${file}: unknown label${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (labels: ${KEYS.join(', ')})`, { file });
  const missing = partial ? [] : KEYS.filter((k) => !entries.some(([key]) => key === k));
  if (missing.length > 0) throw new RenderError(`${file}: missing label${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, { file });
  return Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
}

export interface LoadedLabels {
  labels: Labels;
  /** The label files read, Lectern's first: their change remakes every output. */
  files: string[];
}

/** The labels of a language: Lectern's own, with the teacher's file (if any) over them. */
export function loadLabels(templates: TemplateSet, language = 'en'): LoadedLabels {
  const builtin = path.join(builtinTemplatesDir, fileOf(language));
  const own = templates.resolve(fileOf(language));
  const labels = { ...readLabels(builtin, false), ...(own !== builtin ? readLabels(own, true) : {}) } as Labels;
  return { labels, files: own !== builtin ? [builtin, own] : [builtin] };
}

let english: Labels | undefined;
/** Lectern's English labels, for renderers called without a build (tests, the course index). */
export function englishLabels(): Labels {
  english ??= readLabels(path.join(builtinTemplatesDir, fileOf('en')), false) as Labels;
  return english;
}

/** A label with its {placeholders} filled in. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
