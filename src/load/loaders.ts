/**
 * The loader seam: which reader turns a lecture file into data with positions, chosen by
 * the file's extension. YAML is what teachers write today; another format (JSON, a
 * Markdown outline) is one more entry here, and every check after it stays the same.
 */
import path from 'node:path';
import { problemAt, type Problem } from '../problems/problem.js';
import type { ParsedSource } from './parsed-source.js';
import { parseYaml } from './parse-yaml.js';

export interface LectureLoader {
  /** What the format is called, for messages. */
  name: string;
  /** File extensions it reads, lower case, with the dot. */
  extensions: readonly string[];
  parse(source: string, file: string): ParsedSource | { problems: Problem[] };
}

export const LOADERS: readonly LectureLoader[] = [{ name: 'YAML', extensions: ['.yaml', '.yml'], parse: (source, file) => parseYaml(source, file) }];

/** The loader for a file, by its extension. */
export function loaderFor(file: string): LectureLoader | undefined {
  const ext = path.extname(file).toLowerCase();
  return LOADERS.find((l) => l.extensions.includes(ext));
}

/** Whether a file name is one a loader reads. */
export const isLectureFileName = (name: string): boolean => loaderFor(name) !== undefined;

/** Parses a lecture's source with the loader its extension names. */
export function parseLectureSource(source: string, file: string): ParsedSource | { problems: Problem[] } {
  const loader = loaderFor(file) ?? LOADERS[0]!;
  return loader.parse(source, file);
}

/** The problem for a file no loader reads. */
export const unreadableFormat = (file: string): Problem => ({
  ...problemAt(file, `Lectern cannot read "${path.extname(file) || path.basename(file)}" files as lectures`),
  hint: `write the lecture in ${LOADERS.map((l) => `${l.name} (${l.extensions.join(', ')})`).join(' or ')}, e.g. ${path.basename(file, path.extname(file))}.yaml`,
});
