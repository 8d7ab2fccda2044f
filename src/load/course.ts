/**
 * Course defaults: a course.yaml in a folder of content/ gives values (course name,
 * author, footer, theme, handout options, which outputs to build) to every lecture in
 * that folder and below. A lecture's own value wins; a nearer course.yaml wins over one
 * further up — the data cascade of static site generators.
 */
import { texProblems } from '../make/maths/tex-problems.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../paths.js';
import { withFrames, type Problem } from '../problems/problem.js';
import { parseYaml } from './parse-yaml.js';
import { schemaProblems } from './parsed-source.js';
import { readSource } from './read-source.js';
import { resolveImage } from './references.js';
import { CourseSchema } from './schema.js';
import { themeProblem } from './theme-name.js';

export const COURSE_FILE = 'course.yaml';

/** Raw values from course.yaml files, merged, as the lecture would have written them. */
export type CourseValues = Record<string, unknown> & { handouts?: Record<string, unknown>; outputs?: string[] };

export interface CourseCheck {
  values: CourseValues;
  problems: Problem[];
  /** The course.yaml files that gave values, root first. */
  files: string[];
  sources: Map<string, string>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(under: CourseValues, over: Record<string, unknown>): CourseValues {
  const handouts = { ...under.handouts, ...(isObject(over.handouts) ? over.handouts : {}) };
  return { ...under, ...over, ...(Object.keys(handouts).length > 0 && { handouts }) };
}

/** The course.yaml files that apply to a lecture, from the content root down to its folder. */
export function courseFilesFor(lectureFile: string, root: string): string[] {
  const dir = path.resolve(path.dirname(lectureFile));
  const top = path.resolve(root);
  if (!isInside(top, dir, { orSame: true })) return [];
  const rel = path.relative(top, dir);
  const folders = [top, ...rel.split(path.sep).filter(Boolean).map((_, i, parts) => path.join(top, ...parts.slice(0, i + 1)))];
  return folders.map((f) => path.join(f, COURSE_FILE)).filter((f) => existsSync(f));
}

/** Reads, checks and merges the course.yaml files that apply to a lecture. */
export function courseValuesFor(lectureFile: string, root: string, themes?: readonly string[]): CourseCheck {
  const check: CourseCheck = { values: {}, problems: [], files: [], sources: new Map() };
  for (const file of courseFilesFor(lectureFile, root)) {
    const source = readSource(file);
    if (typeof source !== 'string') {
      check.problems.push(source);
      continue;
    }
    check.sources.set(file, source);
    const parsed = parseYaml(source, file, 'the course file is empty; give it values such as "course: …" and "author: …", or delete it');
    if ('problems' in parsed) {
      check.problems.push(...withFrames(parsed.problems, file, source));
      continue;
    }
    check.problems.push(...withFrames(parsed.notices ?? [], file, source));
    const result = CourseSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      check.problems.push(...withFrames(schemaProblems(result.error.issues, parsed, file, 'course'), file, source));
      continue;
    }
    const values = { ...(parsed.data as Record<string, unknown>) };
    // Maths in a course's text (its name, a footer) is checked here, at its own line.
    const tex = texProblems(parsed.data, parsed, file);
    if (tex.length > 0) {
      check.problems.push(...withFrames(tex, file, source));
      continue;
    }
    const badTheme = themes && typeof values.theme === 'string' ? themeProblem(values.theme, themes) : undefined;
    if (badTheme) {
      const pos = parsed.positionOf(['theme']);
      check.problems.push(...withFrames([{ file, line: pos.line, column: pos.column, severity: 'error', message: badTheme }], file, source));
      continue;
    }
    if (typeof values.logo === 'string') {
      // Written relative to this course.yaml; the lecture reads it relative to itself.
      const root = check.files[0] ? path.dirname(check.files[0]) : path.dirname(file);
      const logo = resolveImage(values.logo, path.dirname(file), root);
      if ('problem' in logo) {
        const pos = parsed.positionOf(['logo']);
        check.problems.push(...withFrames([{ file, line: pos.line, column: pos.column, severity: 'error', message: logo.problem.replace(/^image /, 'logo ') }], file, source));
        continue;
      }
      values.logo = path.relative(path.dirname(path.resolve(lectureFile)), logo.file).split(path.sep).join('/');
    }
    check.files.push(file);
    check.values = merge(check.values, values);
  }
  return check;
}

/** The lecture's data with the course values under it: the lecture's own values win. */
export function withCourseDefaults(data: unknown, values: CourseValues): unknown {
  if (!isObject(data)) return data;
  const { outputs: _outputs, ...defaults } = values;
  return merge(defaults, data);
}
