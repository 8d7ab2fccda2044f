/**
 * Every word Lectern prints on slides, handouts and the course index comes from one file per
 * language, templates/labels/<language>.yaml. A teacher's templates folder may hold a file of
 * the same name, or one for a language Lectern does not ship; the labels it gives win.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { RenderError } from '../errors.js';
import { builtinTemplatesDir } from '../paths.js';
import type { TemplateSet } from './template-set.js';
import { typographyFor } from './typography.js';

const KEYS = [
  'objectives', 'takeaways', 'continued', 'lesson', 'revised', 'part', 'questions', 'thankYou', 'nextLecture', 'closing', 'closingNext',
  'deckPreviousSlide', 'deckNextSlide', 'deckFullscreen', 'deckOverview', 'deckCloseOverview', 'deckPresenterView', 'deckNotesSmaller', 'deckNotesBigger', 'deckClock', 'deckTimer',
  'notesHandout', 'speakerNotes', 'revisionSheet', 'worksheet', 'worksheetAnswers', 'quiz', 'quizAnswers', 'flashcards', 'cardFronts', 'cardBacks',
  'slideOf', 'slidesOf', 'noNotes', 'slidePicture', 'logo', 'keyFacts', 'timeline', 'glossary', 'revisionTakeaways', 'pointDetails', 'detailsJoin', 'quoted',
  'name', 'date', 'score', 'answer', 'answerTrue', 'answerFalse', 'choiceLetters', 'correctMark', 'version', 'worksheetBanner', 'quizBanner', 'fillInTheBlanks', 'wordBank', 'shortAnswers',
  'indexTitle', 'indexOtherLectures', 'indexCountOne', 'indexCountMany', 'indexSlides', 'indexDeck', 'indexExports', 'indexHtml', 'indexPdf', 'indexPptx', 'indexPptxPictures', 'indexTitleSlide',
  'indexCourses', 'indexLinkFormat', 'indexLinkOf',
  'indexNotesHandout', 'indexSpeakerNotes', 'indexRevisionSheet', 'indexWorksheet', 'indexWorksheetAnswers', 'indexQuiz', 'indexQuizAnswers', 'indexFlashcards',
  'indexGift', 'indexMoodleXml', 'indexQti', 'indexKahoot', 'indexAnki', 'indexTsv',
] as const;

/** Every label there is: each shipped labels file has them all. */
export const LABEL_KEYS: readonly LabelKey[] = KEYS;

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
  /**
   * The label files that gave at least one of these labels, Lectern's first: what the
   * lecture's outputs are made from (editing fr.yaml remakes French lectures only).
   */
  files: string[];
}

/** "pt-BR" → ["pt", "pt-BR"]; "zh-Hans-CN" → ["zh", "zh-Hans", "zh-Hans-CN"]: the least specific first. */
function tagsOf(language: string): string[] {
  const parts = language.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}

/**
 * The labels of a language. Each label comes from the most specific file that has it,
 * Lectern's files under the teacher's:
 *   Lectern's en.yaml, the teacher's en.yaml (English fills whatever a language lacks);
 *   Lectern's <base>.yaml, then <tag>.yaml (pt.yaml, then pt-BR.yaml);
 *   the teacher's <base>.yaml, then <tag>.yaml — so a teacher may change any label, or
 *   add a language Lectern does not ship (an it.yaml: Italian labels, English for the rest).
 * French labels then follow French typography, as the lecture's text does.
 */
export function loadLabels(templates: TemplateSet, language = 'en'): LoadedLabels {
  const tags = tagsOf(language).filter((t) => t !== 'en');
  const builtin = (tag: string) => path.join(builtinTemplatesDir, fileOf(tag));
  // The teacher's file: in the first of their folders that has one.
  const own = (tag: string) =>
    templates.dirs.filter((d) => path.resolve(d) !== path.resolve(builtinTemplatesDir)).map((d) => path.join(d, fileOf(tag))).find((f) => existsSync(f));
  const layers = [builtin('en'), own('en'), ...tags.map(builtin).filter((f) => existsSync(f)), ...tags.map(own)].filter((f): f is string => f !== undefined);
  const from = new Map<LabelKey, string>();
  const values: Partial<Record<LabelKey, string>> = {};
  for (const file of layers) {
    for (const [key, value] of Object.entries(readLabels(file, file !== builtin('en')))) {
      values[key as LabelKey] = value;
      from.set(key as LabelKey, file);
    }
  }
  const typography = typographyFor(language);
  const labels = (typography ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typography(v)])) : values) as Labels;
  return { labels, files: layers.filter((f) => [...from.values()].includes(f)) };
}

/** The labels of each language a build meets, read once per language (and again when the templates change). */
export function labelsByLanguage(templates: TemplateSet): (language: string) => LoadedLabels {
  const cache = new Map<string, LoadedLabels>();
  return (language) => {
    let loaded = cache.get(language);
    if (!loaded) cache.set(language, (loaded = loadLabels(templates, language)));
    return loaded;
  };
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
