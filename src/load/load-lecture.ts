/** load: lecture file → validated, normalised `Lecture`, or a ContentError listing every problem. */
import path from 'node:path';
import { ContentError } from '../errors.js';
import { quoted, sortProblems, withFrames, type Problem } from '../problems/problem.js';
import type { Bullet, Lecture, Question, Slide } from './lecture.js';
import { canonicalLanguage } from '../language.js';
import { withCourseDefaults, type CourseValues } from './course.js';
import { loaderFor, parseLectureSource, unreadableFormat } from './loaders.js';
import { schemaProblems, type ParsedSource } from './parsed-source.js';
import { readSource } from './read-source.js';
import { resolveImage, textProblem } from './references.js';
import { LectureSchema, type BulletInput, type LectureParsed } from './schema.js';
import { schemaLineProblem } from './schema-line.js';
import { themeProblem } from './theme-name.js';
import { lectureWarnings } from './warnings.js';
import { texProblems } from '../make/maths/tex-problems.js';
import { fenceProblems, hasFence, proseForChecks, splitCode, type FenceProblem } from './code-fences.js';
import { fenceProblemAt } from './fence-positions.js';

/** A lecture file checked: the lecture when it has no errors, and every problem found. */
export interface LectureCheck {
  file: string;
  lecture?: Lecture;
  /** Errors and warnings, in line order, each framed with its lines. */
  problems: Problem[];
  /** The text of the file (absent when it could not be read). */
  source?: string;
}

// One deck of more slides than this is too long to present, and too slow to print.
const MAX_SLIDES = 500;
// Sub-points nest this deep at most: deeper does not read on a slide.
const MAX_DEPTH = 3;


/** Reads and checks a lecture file; never throws for a mistake in the file. */
export interface CheckOptions {
  /** Course values under the lecture's own (see course.ts). */
  defaults?: CourseValues;
  /** The folder images may come from: the course's; the lecture's own when absent. */
  imageRoot?: string;
  /** The deck themes there are; a theme the lecture names must be one (unchecked when absent). */
  themes?: readonly string[];
}

export function checkLectureFile(file: string, options: CheckOptions = {}): LectureCheck {
  if (!loaderFor(file)) return { file, problems: [unreadableFormat(file)] };
  const source = readSource(file);
  if (typeof source !== 'string') return { file, problems: [source] };
  return checkLecture(source, file, options);
}

/** Checks lecture source text; `file` names it in messages, picks its loader and locates its images. */
export function checkLecture(source: string, file: string, options: CheckOptions = {}): LectureCheck {
  const check = checkParsed(source, file, options);
  return { ...check, problems: withFrames(check.problems, file, source), source };
}

function checkParsed(source: string, file: string, { defaults = {}, imageRoot, themes }: CheckOptions): LectureCheck {
  const parsed = parseLectureSource(source, file);
  if ('problems' in parsed) return { file, problems: parsed.problems };
  const data = withCourseDefaults(oneKindOfLineBreak(parsed.data), defaults);
  const result = LectureSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) return { file, problems: sortProblems([...schemaProblems(result.error.issues, parsed, file), ...(parsed.notices ?? [])]) };

  const problems: Problem[] = [...(parsed.notices ?? [])];
  const report = (p: readonly PropertyKey[], message: string, severity: Problem['severity'] = 'error', hint?: string) => {
    const pos = parsed.positionOf(p);
    problems.push({ file, line: pos.line, column: pos.column, severity, message, ...(hint && { hint }) });
  };
  checkShape(result.data, report);
  // A theme the course set is checked in its course.yaml (course.ts); this is the lecture's own.
  const ownTheme = (parsed.data as { theme?: unknown } | undefined)?.theme;
  const badTheme = themes && typeof ownTheme === 'string' ? themeProblem(ownTheme, themes) : undefined;
  if (badTheme) report(['theme'], badTheme);
  checkTexts(data, [], report);
  problems.push(...texProblems(parsed.data, parsed, file));
  const fences: Fences = (p, text, found) => problems.push(...found.map((f) => fenceProblemAt(parsed, file, p, text, f)));
  // The schema fills in the default: whether the teacher wrote it is read from what was written.
  const slidesPerPageChosen = (data as { handouts?: Record<string, unknown> } | undefined)?.handouts?.['slides-per-page'] !== undefined;
  const lecture = normalise(result.data, file, parsed, report, fences, slidesPerPageChosen, imageRoot);
  for (const w of lectureWarnings(lecture)) report(w.path, w.message, 'warning', w.hint);
  const schemaLine = schemaLineProblem(source, file, 'lecture');
  if (schemaLine) problems.push(schemaLine);
  const hasErrors = problems.some((p) => p.severity === 'error');
  return { file, problems: sortProblems(problems), ...(!hasErrors && { lecture }) };
}


/**
 * Every line or paragraph separator in the lecture's text ("\r", "\r\n", U+2028, U+2029,
 * U+0085, as YAML escapes can write them) becomes "\n": a lone "\r" would otherwise let text
 * start a new slide on its own line in the deck's Markdown.
 */
function oneKindOfLineBreak(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  if (Array.isArray(value)) return value.map(oneKindOfLineBreak);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [oneKindOfLineBreak(k) as string, oneKindOfLineBreak(v)]));
  return value;
}

/** Limits that keep a build quick and a deck presentable. */
function checkShape(data: LectureParsed, report: (p: readonly PropertyKey[], m: string) => void): void {
  const slides = data.sections.reduce((n, s) => n + s.slides.length, 0);
  if (slides > MAX_SLIDES) report(['sections'], `the lecture has ${slides} slides; one deck holds at most ${MAX_SLIDES} — split it into several lecture files`);
  const depth = (items: BulletInput[], level: number, p: PropertyKey[]): void =>
    items.forEach((item, i) => {
      if (typeof item !== 'object') return;
      const [text, children] = Object.entries(item)[0]!;
      if (level >= MAX_DEPTH) report([...p, i], `${quoted(text)} starts a sub-list ${level + 1} levels deep; sub-points nest at most ${MAX_DEPTH} levels — move the deeper points up a level`);
      else depth(children, level + 1, [...p, i, text]);
    });
  data.sections.forEach((s, si) =>
    s.slides.forEach((slide, sj) => {
      const p = ['sections', si, 'slides', sj];
      depth(slide.bullets ?? [], 1, [...p, 'bullets']);
      slide.columns?.forEach((c, ci) => depth(c.bullets, 1, [...p, 'columns', ci, 'bullets']));
    }),
  );
}

/** Every piece of text, wherever it is: images are not allowed inside text. */
function checkTexts(value: unknown, p: PropertyKey[], report: (p: readonly PropertyKey[], m: string, severity?: Problem['severity']) => void): void {
  if (typeof value === 'string') {
    const problem = textProblem(proseForChecks(value));
    if (problem) report(p, problem);
    // Elsewhere text is one line: a block's lines would run together.
    if (!p.includes('bullets') && !p.includes('notes') && hasFence(value)) {
      report(p, 'a code block shows as code only in a bullet or in speaker notes; here its lines would run together as text — move it into a bullet (- | then the fenced code)', 'warning');
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkTexts(v, [...p, i], report));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = textProblem(k);
      if (keyProblem) report([...p, k], keyProblem);
      checkTexts(v, [...p, k], report);
    }
  }
}

/** Loads a lecture for building or testing: throws a ContentError listing the errors, if any. */
export function loadLecture(file: string): Lecture {
  const check = checkLectureFile(file);
  return lectureOrThrow(check);
}

/** Parses lecture source text, throwing a ContentError if it has errors (warnings are ignored). */
export function parseLecture(source: string, file: string): Lecture {
  return lectureOrThrow(checkLecture(source, file));
}

export function lectureOrThrow(check: LectureCheck): Lecture {
  if (check.lecture) return check.lecture;
  throw new ContentError(check.problems.filter((p) => p.severity === 'error'));
}

/** Reports the fence problems of the text at `path` at their place in the file. */
type Fences = (path: readonly PropertyKey[], text: string, problems: FenceProblem[]) => void;

/** A bullet, its code block (if any) taken out of its text. */
function toBullet(input: BulletInput, p: PropertyKey[], fences: Fences): Bullet {
  const written = typeof input === 'object' ? Object.keys(input)[0]! : String(input);
  const { text, code, problems } = splitCode(written);
  fences(p, written, problems);
  const children = typeof input === 'object' ? input[written]!.map((c, i) => toBullet(c, [...p, written, i], fences)) : [];
  return { text, children, ...(code && { code }) };
}

/** Alt text as written, without the spaces around it; of only spaces, as good as none (warned of, as a missing one). */
const altWritten = (alt: string | undefined): string | undefined => (alt === undefined || (alt !== '' && alt.trim() === '') ? undefined : alt.trim());

type QuestionParsed = LectureParsed['questions'] extends (infer T)[] | undefined ? T : never;

function toQuestion(q: QuestionParsed): Question {
  const answer = String(q.answer);
  const kind = q.choices ? 'choice' : typeof q.answer === 'boolean' || /^(true|false)$/i.test(answer) ? 'true-false' : 'short';
  return {
    question: q.question,
    answer: kind === 'true-false' ? answer.toLowerCase() : answer,
    kind,
    ...(q.choices && { choices: q.choices }),
    ...(q.explain !== undefined && { explain: q.explain }),
    ...(altWritten(q.alt) !== undefined && { alt: altWritten(q.alt) }),
  };
}

function normalise(
  data: LectureParsed,
  file: string,
  parsed: ParsedSource,
  report: (p: readonly PropertyKey[], m: string) => void,
  fences: Fences,
  slidesPerPageChosen: boolean,
  imageRoot?: string,
): Lecture {
  const dir = path.resolve(path.dirname(file));
  const root = imageRoot ? path.resolve(imageRoot) : dir;
  const sections = data.sections.map((section, si) => ({
    title: section.title,
    at: parsed.positionOf(['sections', si, 'title']),
    slides: section.slides.map((s, sj): Slide => {
      const slidePath = ['sections', si, 'slides', sj];
      const at = parsed.positionOf(slidePath);
      const bullets = (list: BulletInput[], p: PropertyKey[]) => list.map((b, i) => toBullet(b, [...p, i], fences));
      if (s.notes !== undefined) fences([...slidePath, 'notes'], s.notes, fenceProblems(s.notes));
      const slide: Slide = {
        title: s.title,
        layout: s.layout,
        line: at.line,
        column: at.column,
        ...(s.notes !== undefined && { notes: s.notes }),
        ...(s.bullets && { bullets: bullets(s.bullets, [...slidePath, 'bullets']) }),
        ...(s.facts && { facts: s.facts }),
        ...(s.events && { events: s.events }),
        ...(s.columns && { columns: s.columns.map((c, ci) => ({ heading: c.heading, bullets: bullets(c.bullets, [...slidePath, 'columns', ci, 'bullets']) })) }),
        ...(s.quote !== undefined && { quote: s.quote }),
        ...(s.source !== undefined && { source: s.source }),
        ...(s.caption !== undefined && { caption: s.caption }),
        ...(altWritten(s.alt) !== undefined && { alt: altWritten(s.alt) }),
        ...(s.table && { table: s.table }),
      };
      if (s.image !== undefined) {
        const image = resolveImage(s.image, dir, root);
        if ('problem' in image) report([...slidePath, 'image'], image.problem);
        else slide.image = image;
      }
      return slide;
    }),
  }));

  let logo: Lecture['logo'];
  if (data.logo !== undefined) {
    const image = resolveImage(data.logo, dir, root);
    if ('problem' in image) report(['logo'], image.problem.replace(/^image /, 'logo '));
    else logo = image;
  }

  const optional = <K extends 'subtitle' | 'course' | 'lesson' | 'author' | 'revised' | 'footer' | 'next'>(key: K) =>
    data[key] !== undefined ? { [key]: data[key] } : {};

  return {
    file,
    dir,
    title: data.title,
    titleAt: parsed.positionOf(['title']),
    ...optional('subtitle'),
    ...optional('course'),
    ...optional('lesson'),
    ...optional('author'),
    ...optional('revised'),
    ...optional('footer'),
    ...optional('next'),
    ...(logo && { logo }),
    theme: data.theme,
    language: canonicalLanguage(data.language) ?? 'en',
    objectives: data.objectives ?? [],
    sections,
    glossary: data.glossary ?? [],
    questions: (data.questions ?? []).map((q, i) => {
      const question = toQuestion(q);
      if (q.image === undefined) return question;
      // A question's picture is checked like a slide's: a file inside the lecture's (or course's) folder.
      const image = resolveImage(q.image, dir, root);
      if ('problem' in image) report(['questions', i, 'image'], image.problem);
      return { ...question, ...(!('problem' in image) && { image }), line: parsed.positionOf(['questions', i]).line };
    }),
    takeaways: data.takeaways ?? [],
    handouts: {
      paper: data.handouts?.paper ?? 'a4',
      slidesPerPage: data.handouts?.['slides-per-page'] ?? 3,
      wordBank: data.handouts?.['word-bank'] ?? false,
      shuffle: data.handouts?.shuffle ?? false,
      seed: data.handouts?.seed ?? 1,
      questionCards: data.handouts?.['question-cards'] ?? false,
      speakerNotes: data.handouts?.['speaker-notes'] ?? 'with-notes',
      largePrint: data.handouts?.['large-print'] ?? false,
      dyslexiaFriendly: data.handouts?.['dyslexia-friendly'] ?? false,
      slidesPerPageChosen,
    },
  };
}
