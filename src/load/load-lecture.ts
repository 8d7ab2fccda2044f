/** load: lecture file → validated, normalised `Lecture`, or a ContentError listing every problem. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { LoadError } from '../errors.js';
import type { Bullet, Lecture, Question, Slide } from './lecture.js';
import { describeIssues, withoutEchoes } from './describe-issue.js';
import { positionOf } from './positions.js';
import { formatProblem, type Problem } from './problem.js';
import { LectureSchema, type BulletInput, type LectureParsed } from './schema.js';

/** The lecture has mistakes; `problems` holds all of them, the message shows them framed. */
export class ContentError extends LoadError {
  constructor(
    readonly problems: Problem[],
    source: string | undefined,
  ) {
    super(problems.map((p) => formatProblem(p, source)).join('\n\n'), { file: problems[0]?.file });
  }
}

export function loadLecture(file: string): Lecture {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new LoadError(`${file}: cannot read the lecture file (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { file, cause });
  }
  return parseLecture(source.replace(/^\uFEFF/, ''), file);
}

/** Parses and validates lecture source text; `file` is used for messages and to resolve images. */
export function parseLecture(source: string, file: string): Lecture {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lines.linePos(offset);

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e): Problem => {
      const { line, col } = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? openingQuote(source, e.pos[0]) : at(e.pos[0]);
      return { file, line, column: col, severity: 'error', message: `YAML syntax: ${e.message.split('\n')[0]}` };
    });
    throw new ContentError(problems, source);
  }

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const result = LectureSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    const problems = withoutEchoes(result.error.issues).flatMap((issue) =>
      describeIssues(issue).map((d): Problem => {
        const pos = positionOf(doc, lines, d.path, d.atKey);
        return { file, line: pos.line, column: pos.column, severity: 'error', message: d.message };
      }),
    );
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ContentError(problems, source);
  }

  const problems: Problem[] = [];
  const lecture = normalise(result.data, file, doc, lines, problems);
  if (problems.length > 0) throw new ContentError(problems, source);
  return lecture;
}

/**
 * YAML reports an unclosed quote where the file ends; the teacher needs the line where
 * the quote was opened: the last line before the error with an odd number of quotes.
 */
function openingQuote(source: string, errorOffset: number): { line: number; col: number } {
  const lines = source.slice(0, errorOffset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!;
    const quotes = [...text.matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) return { line: i + 1, col: quotes.at(-1)!.index + 1 };
  }
  return { line: lines.length, col: 1 };
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

function normalise(data: LectureParsed, file: string, doc: Document, lines: LineCounter, problems: Problem[]): Lecture {
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
        const imageFile = path.resolve(dir, s.image);
        const pos = positionOf(doc, lines, [...slidePath, 'image']);
        if (!existsSync(imageFile)) {
          problems.push({ file, ...pos, severity: 'error', message: `image "${s.image}" not found (looked for ${imageFile}); put the image beside the lecture file or fix the path` });
        } else {
          slide.image = { file: imageFile, href: `images/${path.basename(imageFile)}` };
        }
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
