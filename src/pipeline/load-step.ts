/** load: a lecture with its course values, checked as it will be built, and everything it is made from. */
import { ContentError, LoadError } from '../errors.js';
import { checkWithCourse } from '../load/check-with-course.js';
import { THEME_NAME } from '../load/theme-name.js';
import type { Lecture } from '../load/lecture.js';
import { localiseLecture } from '../make/localise.js';
import type { TemplateSet } from '../make/template-set.js';
import { inlineThemeImports, MARP_THEMES, ThemeImportError } from '../make/theme-imports.js';
import { closestWord } from '../load/closest-word.js';
import { cssSyntaxSlip } from '../make/css-syntax.js';
import { quoted, withFrames, type Problem } from '../problems/problem.js';
import type { LectureEntry } from '../course/find-lectures.js';
import type { BuildOptions } from './context.js';

export interface LoadedLecture {
  lecture: Lecture;
  warnings: Problem[];
  /** The lecture file's text, and the course.yaml files' texts (root first): what every output's key covers. */
  source: string;
  courseSources: string[];
  /** The outputs the course lists, if it does. */
  courseOutputs?: string[];
  themeCss: string;
  /** The images the lecture shows: path beside the outputs → file on disk. */
  images: ReadonlyMap<string, string>;
}

/** A theme file's CSS, or a ContentError at the slip that would stop Marp reading it (a "{" never closed…). */
function checkedThemeCss({ file, text: css }: { file: string; text: string }): string {
  const slip = cssSyntaxSlip(css);
  if (slip) throw new ContentError(withFrames([{ file, line: slip.line, column: slip.column, severity: 'error', message: `the theme's CSS: ${slip.message}`, hint: slip.hint }], file, css));
  return css;
}

/** The lecture's theme as Marp gets it, its imports written in; a ContentError for a mistake in its CSS. */
export function readTheme(templates: TemplateSet, lecture: Lecture): string {
  const name = `themes/${lecture.theme}.css`;
  let own: { file: string; text: string };
  try {
    // Loading has checked the name (theme-name.ts); a path must never reach the file system even so.
    if (!THEME_NAME.test(lecture.theme)) throw new Error('not a theme name');
    own = templates.read(name);
  } catch (cause) {
    const known = [...templates.list('themes').keys()].map((f) => f.replace(/\.css$/, ''));
    throw new LoadError(`${lecture.file}: theme ${quoted(lecture.theme)} not found; available themes: ${known.join(', ')}`, { file: lecture.file, cause });
  }
  // A theme that builds on another (`@import 'lectern';`) reaches Marp whole.
  const themes = templates.themes();
  const text = checkedThemeCss(own);
  try {
    return inlineThemeImports(text, (theme) => (themes.includes(theme) ? checkedThemeCss(templates.read(`themes/${theme}.css`)) : undefined), [lecture.theme]);
  } catch (cause) {
    if (cause instanceof ContentError) throw cause;
    if (!(cause instanceof ThemeImportError)) throw new LoadError(`${lecture.file}: ${(cause as Error).message}`, { file: lecture.file, cause });
    // Told at the @import, in the theme file, as any other mistake (a loop, or a theme there is none of).
    const { file, text: css } = templates.read(`themes/${cause.theme}.css`);
    const known = [...themes.filter((t) => t !== cause.theme), ...MARP_THEMES];
    const meant = cause.missing === undefined ? undefined : closestWord(cause.missing, known);
    const hint =
      cause.missing === undefined
        ? 'remove one of the imports; a theme imports another to build on it, never one that builds on it'
        : `${meant ? `did you mean @import '${meant}'? ` : ''}a theme can import ${known.map((t) => `'${t}'`).join(', ')}`;
    const problem: Problem = { file, line: cause.line, column: cause.column, severity: 'error', message: cause.message, hint };
    throw new ContentError(withFrames([problem], file, css));
  }
}

/** The mistakes in the lecture's theme (an @import loop, or of a theme there is none of), for `lectern validate`. */
export function themeProblems(templates: TemplateSet, lecture: Lecture): Problem[] {
  try {
    readTheme(templates, lecture);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** The images a lecture shows: where each sits beside the outputs → its file on disk. */
export function lectureImages(lecture: Lecture): Map<string, string> {
  const images = new Map<string, string>();
  if (lecture.logo) images.set(lecture.logo.href, lecture.logo.file);
  for (const section of lecture.sections) for (const slide of section.slides) if (slide.image) images.set(slide.image.href, slide.image.file);
  for (const question of lecture.questions) if (question.image) images.set(question.image.href, question.image.file);
  return images;
}

/** Throws a ContentError listing the lecture's errors (and, with --strict, its warnings). */
export function loadLecture(entry: LectureEntry, options: BuildOptions, templates: TemplateSet): LoadedLecture {
  const { check, course } = checkWithCourse(entry.file, entry.root, templates.themes());
  const warnings = check.problems.filter((p) => p.severity === 'warning');
  if (!check.lecture || !check.source || (options.strict && warnings.length > 0)) {
    throw new ContentError(options.strict ? check.problems : check.problems.filter((p) => p.severity === 'error'));
  }
  // Dates and typography in the lecture's language, once, so that every output prints the same text.
  const lecture: Lecture = localiseLecture({ ...check.lecture, handouts: { ...check.lecture.handouts, ...options.handoutOverrides } });
  return {
    lecture,
    warnings,
    source: check.source,
    courseSources: course.files.map((f) => course.sources.get(f) ?? ''),
    ...(course.values.outputs && { courseOutputs: course.values.outputs }),
    themeCss: readTheme(templates, lecture),
    images: lectureImages(lecture),
  };
}
