/**
 * Which lecture files a build takes: files, folders (searched to any depth) and globs
 * named on the command line. Each lecture's outputs go to a folder that mirrors where it
 * sits under the content root: content/physics/waves.yaml → output/physics/waves/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { LoadError } from '../errors.js';
import { COURSE_FILE } from '../load/course.js';
import { isLectureFileName } from '../load/loaders.js';
import { isInside, slashes } from '../paths.js';

export interface LectureEntry {
  file: string;
  /** Where its outputs go, relative to the output root, e.g. "physics/waves". */
  outPath: string;
  /** The content root it belongs to: course.yaml files apply from here down. */
  root: string;
}

/** The course index, written at the top of the output folder, where no lecture's folder may take its name. */
const COURSE_INDEX = 'index.html';

const isLecture = (name: string) => isLectureFileName(name) && !name.startsWith('.') && name !== COURSE_FILE;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : isLecture(e.name) ? [path.join(dir, e.name)] : []));
}

/** The output folder of a lecture, relative to the output root. */
export function outPathOf(file: string, root: string): string {
  const id = path.basename(file, path.extname(file));
  const dir = path.dirname(file);
  return slashes(isInside(root, dir) ? path.join(path.relative(path.resolve(root), path.resolve(dir)), id) : id);
}

const inside = (dir: string, file: string) => isInside(dir, file, { orSame: true });

/**
 * The content root of a path: the default content folder when the path is inside it (so
 * content/physics builds to output/physics/…), else the folder named, or the file's own.
 */
function rootOf(p: string, defaultRoot: string, isDir: boolean): string {
  if (inside(defaultRoot, p)) return defaultRoot;
  return isDir ? p : path.dirname(p);
}

/** The folder a glob starts from: its segments before the first one with a wildcard. */
export function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed = segments.slice(0, segments.findIndex((s) => isDynamicPattern(s)));
  return fixed.length > 0 ? fixed.join('/') : '.';
}

export function findLectures(paths: string[], defaultRoot = 'content'): LectureEntry[] {
  const files: { file: string; root: string }[] = [];
  for (const p of paths) {
    if (p.trim() === '') throw new LoadError('an empty path is not a lecture file or folder (use e.g. content)', { file: p });
    if (isDynamicPattern(p)) {
      const found = globSync(p, { onlyFiles: true }).filter((f) => isLecture(path.basename(f))).sort();
      if (found.length === 0) throw new LoadError(`${p}: no lecture files match this pattern`, { file: p });
      const base = globBase(p);
      files.push(...found.map((file) => ({ file, root: inside(defaultRoot, file) ? defaultRoot : base })));
    } else if (!existsSync(p)) {
      // No paths given, in a folder without content/: the teacher is most likely in the wrong folder.
      if (p === defaultRoot && paths.length === 1) throw new LoadError(`${p}: no such folder here (${path.resolve('.')}); run lectern in the folder that holds your content/ folder, or name the lecture files, e.g. week1/cells.yaml`, { file: p });
      throw new LoadError(`${p}: no such file or folder`, { file: p });
    } else if (statSync(p).isDirectory()) {
      const found = walk(p).sort();
      if (found.length === 0) throw new LoadError(`${p}: no lecture files (.yaml) in this folder`, { file: p });
      const root = rootOf(p, defaultRoot, true);
      files.push(...found.map((file) => ({ file, root })));
    } else {
      files.push({ file: p, root: rootOf(p, defaultRoot, false) });
    }
  }
  const seen = new Map<string, LectureEntry>();
  const byOutput = new Map<string, string>();
  for (const { file, root } of files) {
    const normal = path.normalize(file);
    if (seen.has(normal)) continue;
    const entry = { file: normal, root, outPath: outPathOf(normal, root) };
    if (entry.outPath.toLowerCase() === COURSE_INDEX) {
      const suggested = `${path.basename(normal, path.extname(normal)).replace(/\./g, '-')}${path.extname(normal)}`;
      throw new LoadError(
        `${normal}: a lecture named "${entry.outPath}" would put its outputs in a folder of the same name as the course index (${COURSE_INDEX}); rename the file, e.g. to ${suggested}`,
        { file: normal },
      );
    }
    const other = byOutput.get(entry.outPath);
    if (other) {
      throw new LoadError(`${normal}: its outputs would go to the same folder as ${other}'s (${entry.outPath}); build their common folder instead, or rename one`, { file: normal });
    }
    byOutput.set(entry.outPath, normal);
    seen.set(normal, entry);
  }
  return [...seen.values()];
}
