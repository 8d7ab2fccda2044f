/** `lectern build`: every lecture asked for, one browser for all of them, a summary at the end. */
import path from 'node:path';
import { createBuildContext, type BuildOptions } from '../build/build-context.js';
import { buildLecture } from '../build/build-lecture.js';
import { findLectures } from '../build/find-lectures.js';
import { LecternError } from '../errors.js';
import { lockOutput } from '../write/output-lock.js';
import type { Io } from './main.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export async function runBuild(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const files = findLectures(paths);
  const context = createBuildContext(options, io.env);
  const unlock = await lockOutput(options.outDir);

  let built = 0;
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const result = await buildLecture(file, context);
        built += 1;
        const names = result.outputs.map((o) => path.relative(result.outDir, o)).filter((n) => !n.startsWith('images'));
        const size = result.slides > 0 ? `${result.slides} slides, ` : '';
        io.out(`✓ ${path.join(options.outDir, result.id)}/  ${names.join(', ')}  (${size}${seconds(result.ms)})\n`);
        for (const notice of result.skipped) io.out(`  · ${notice}\n`);
        for (const warning of result.warnings) io.err(`${warning}\n`);
      } catch (error) {
        if (!(error instanceof LecternError)) throw error;
        failed += 1;
        io.err(`✗ ${file}\n${error.message}\n`);
      }
    }
  } finally {
    await context.browser.close();
    await unlock();
  }
  io.out(`${built} built, ${failed} failed in ${seconds(performance.now() - started)}\n`);
  return failed > 0 ? 1 : 0;
}
