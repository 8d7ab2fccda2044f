/** load: lecture file → validated, normalised `Lecture`, or a ContentError listing every problem. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { LoadError } from '../errors.js';
import type { Bullet, Lecture, Question, Slide } from './lecture.js';
import { describeIssues, withoutEchoes } from './describe-issue.js';
import { positionOf } from './positions.js';
import { formatProblem, type Problem } from './problem.js';
import { resolveImage, textProblem } from './references.js';
import { LectureSchema, type BulletInput, type LectureParsed } from './schema.js';
import { lectureWarnings } from './warnings.js';
import { yamlProblems } from './yaml-problems.js';

/** The lecture has mistakes; `problems` holds all of them, the message shows them framed. */
export class ContentError extends LoadError {
  constructor(
    readonly problems: Problem[],
    source: string | undefined,
  ) {
    super(problems.map((p) => formatProblem(p, source)).join('\n\n'), { file: problems[0]?.file });
  }
}

/** A lecture file checked: the lecture when it has no errors, and every problem found. */
export interface LectureCheck {
  file: string;
  lecture?: Lecture;
  /** Errors and warnings, in line order. */
  problems: Problem[];
  /** The text of the file, for framing messages (absent when it could not be read). */
  source?: string;
}

// A lecture is a few hundred kilobytes at most; anything far larger is a mistake.
const MAX_BYTES = 5 * 1024 * 1024;
// One deck of more slides than this is too long to present, and too slow to print.
const MAX_SLIDES = 500;
// Sub-points nest this deep at most: deeper does not read on a slide.
const MAX_DEPTH = 3;

const EMPTY = 'the file is empty; a lecture starts with "title: …" and "sections:" (see the example in the README)';

const problemAt = (file: string, message: string, line = 1, column = 1): Problem => ({ file, line, column, severity: 'error', message });

/** Reads a lecture file as UTF-8 text, or says why it cannot be. */
function readSource(file: string): string | Problem {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return problemAt(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a lecture file' : `cannot read the file (${code ?? 'error'})`);
  }
  if (bytes.length > MAX_BYTES) {
    return problemAt(file, `the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB, too large for a lecture (the limit is ${MAX_BYTES / 1024 / 1024} MB); split it into several lecture files`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad).toString('utf8');
    const line = before.split('\n').length;
    return problemAt(file, 'the file is not UTF-8 text; in your editor, save it with the encoding "UTF-8"', line, before.length - before.lastIndexOf('\n'));
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Reads and checks a lecture file; never throws for a mistake in the file. */
export function checkLectureFile(file: string): LectureCheck {
  const source = readSource(file);
  if (typeof source !== 'string') return { file, problems: [source] };
  return { ...checkLecture(source, file), source };
}

/** Checks lecture source text; `file` names it in messages and locates its images. */
export function checkLecture(source: string, file: string): LectureCheck {
  if (source.trim() === '') {
    return { file, problems: [problemAt(file, EMPTY)] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { file, problems: yamlProblems(doc.errors, source, lines, file) };
  if (doc.contents === null) return { file, problems: [problemAt(file, EMPTY)] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // Aliases (*name) that expand without end: the "billion laughs" attack, or a mistake.
    return { file, problems: [problemAt(file, `YAML syntax: the file repeats itself through aliases (*name) far too often (${(cause as Error).message}); write the content out instead`)] };
  }
  const result = LectureSchema.safeParse(data ?? {}, { reportInput: true });
  const at = (p: readonly PropertyKey[], atKey = false) => positionOf(doc, lines, p, atKey);
  if (!result.success) {
    const problems = withoutEchoes(result.error.issues).flatMap((issue) =>
      describeIssues(issue).map((d): Problem => {
        const pos = at(d.path, d.atKey);
        return { file, line: pos.line, column: pos.column, severity: 'error', message: d.message };
      }),
    );
    return { file, problems: sorted(problems) };
  }

  const problems: Problem[] = [];
  const report = (p: readonly PropertyKey[], message: string, severity: Problem['severity'] = 'error') => {
    const pos = at(p);
    problems.push({ file, line: pos.line, column: pos.column, severity, message });
  };
  checkShape(result.data, report);
  checkTexts(data, [], report);
  const lecture = normalise(result.data, file, doc, lines, report);
  for (const w of lectureWarnings(lecture)) report(w.path, w.message, 'warning');
  const hasErrors = problems.some((p) => p.severity === 'error');
  return { file, problems: sorted(problems), ...(!hasErrors && { lecture }) };
}

const sorted = (problems: Problem[]) => problems.sort((a, b) => a.line - b.line || a.column - b.column);

/** Limits that keep a build quick and a deck presentable. */
function checkShape(data: LectureParsed, report: (p: readonly PropertyKey[], m: string) => void): void {
  const slides = data.sections.reduce((n, s) => n + s.slides.length, 0);
  if (slides > MAX_SLIDES) report(['sections'], `the lecture has ${slides} slides; one deck holds at most ${MAX_SLIDES} — split it into several lecture files`);
  const depth = (items: BulletInput[], level: number, p: PropertyKey[]): void =>
    items.forEach((item, i) => {
      if (typeof item !== 'object') return;
      const [text, children] = Object.entries(item)[0]!;
      if (level >= MAX_DEPTH) report([...p, i], `"${text}" starts a sub-list ${level + 1} levels deep; sub-points nest at most ${MAX_DEPTH} levels — move the deeper points up a level`);
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
function checkTexts(value: unknown, p: PropertyKey[], report: (p: readonly PropertyKey[], m: string) => void): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) report(p, problem);
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
  return lectureOrThrow({ ...checkLecture(source, file), source });
}

export function lectureOrThrow(check: LectureCheck): Lecture {
  if (check.lecture) return check.lecture;
  throw new ContentError(check.problems.filter((p) => p.severity === 'error'), check.source);
}

function toBullet(input: BulletInput): Bullet {
  if (typeof input === 'string' || typeof input === 'number') return { text: String(input), children: [] };
  const [text, children] = Object.entries(input)[0]!;
  return { text, children: children.map(toBullet) };
}

function toQuestion(q: LectureParsed['questions'] extends (infer T)[] | undefined ? T : never): Question {
  const answer = String(q.answer);
  const kind = q.choices ? 'choice' : typeof q.answer === 'boolean' || /^(true|false)$/i.test(answer) ? 'true-false' : 'short';
  return {
    question: q.question,
    answer: kind === 'true-false' ? answer.toLowerCase() : answer,
    kind,
    ...(q.choices && { choices: q.choices }),
    ...(q.explain !== undefined && { explain: q.explain }),
  };
}

function normalise(
  data: LectureParsed,
  file: string,
  doc: Document,
  lines: LineCounter,
  report: (p: readonly PropertyKey[], m: string) => void,
): Lecture {
  const dir = path.resolve(path.dirname(file));
  const sections = data.sections.map((section, si) => ({
    title: section.title,
    slides: section.slides.map((s, sj): Slide => {
      const slidePath = ['sections', si, 'slides', sj];
      const slide: Slide = {
        title: s.title,
        layout: s.layout,
        line: positionOf(doc, lines, slidePath).line,
        ...(s.notes !== undefined && { notes: s.notes }),
        ...(s.bullets && { bullets: s.bullets.map(toBullet) }),
        ...(s.facts && { facts: s.facts }),
        ...(s.events && { events: s.events }),
        ...(s.columns && { columns: s.columns.map((c) => ({ heading: c.heading, bullets: c.bullets.map(toBullet) })) }),
        ...(s.quote !== undefined && { quote: s.quote }),
        ...(s.source !== undefined && { source: s.source }),
        ...(s.caption !== undefined && { caption: s.caption }),
        ...(s.table && { table: s.table }),
      };
      if (s.image !== undefined) {
        const image = resolveImage(s.image, dir);
        if ('problem' in image) report([...slidePath, 'image'], image.problem);
        else slide.image = { file: image.file, href: `images/${path.relative(dir, image.file).split(path.sep).join('/')}` };
      }
      return slide;
    }),
  }));

  const optional = <K extends 'subtitle' | 'course' | 'lesson' | 'author' | 'revised' | 'footer' | 'next'>(key: K) =>
    data[key] !== undefined ? { [key]: data[key] } : {};

  return {
    id: path.basename(file).replace(/\.ya?ml$/i, ''),
    file,
    dir,
    title: data.title,
    ...optional('subtitle'),
    ...optional('course'),
    ...optional('lesson'),
    ...optional('author'),
    ...optional('revised'),
    ...optional('footer'),
    ...optional('next'),
    theme: data.theme,
    objectives: data.objectives ?? [],
    sections,
    glossary: data.glossary ?? [],
    questions: (data.questions ?? []).map(toQuestion),
    takeaways: data.takeaways ?? [],
    handouts: {
      paper: data.handouts?.paper ?? 'a4',
      slidesPerPage: data.handouts?.['slides-per-page'] ?? 3,
      wordBank: data.handouts?.['word-bank'] ?? false,
      shuffle: data.handouts?.shuffle ?? false,
      seed: data.handouts?.seed ?? 1,
      questionCards: data.handouts?.['question-cards'] ?? false,
    },
  };
}
