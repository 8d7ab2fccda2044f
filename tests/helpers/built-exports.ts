/**
 * Export files as a teacher gets them: the compiled `lectern build --only <outputs>` run on
 * a copy of a lecture in a folder of its own (so a test may edit it and build again).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bin } from './spawned-build.js';

const run = promisify(execFile);

export interface ExportBuild {
  /** The copy of the lecture, to edit before building again. */
  lecture: string;
  /** The lecture's output folder. */
  dir: string;
  build(): Promise<{ stdout: string; stderr: string }>;
}

export function exportBuild(lecture: string, only: string): ExportBuild {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-exports-'));
  const copy = path.join(root, path.basename(lecture));
  cpSync(lecture, copy);
  const out = path.join(root, 'out');
  return {
    lecture: copy,
    dir: path.join(out, path.basename(lecture, '.yaml')),
    build: () =>
      run(process.execPath, [bin, 'build', copy, '--out', out, '--only', only], { timeout: 120_000 }).catch((e: Error & { stderr?: string }) => {
        throw new Error(`lectern build ${lecture} failed: ${e.stderr ?? e.message}`);
      }),
  };
}
