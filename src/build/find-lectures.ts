/** Which lecture files a build takes: files named on the command line, or every .yaml in a folder. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LoadError } from '../errors.js';

export function findLectures(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new LoadError(`${p}: no such file or folder`, { file: p });
    if (statSync(p).isDirectory()) {
      const found = readdirSync(p)
        .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'))
        .sort()
        .map((name) => path.join(p, name));
      if (found.length === 0) throw new LoadError(`${p}: no lecture files (.yaml) in this folder`, { file: p });
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  return [...new Set(files)];
}
