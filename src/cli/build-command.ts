/** `lectern build`: every lecture asked for, one browser for all of them, a summary at the end. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { createBuildContext, type BuildOptions } from '../build/build-context.js';
import { buildLecture } from '../build/build-lecture.js';
import { findLectures } from '../build/find-lectures.js';
import { removeStaleOutputs } from '../build/remove-stale.js';
import { inShard } from '../build/shard.js';
import { writeCourseIndex } from '../build/write-index.js';
import { LecternError } from '../errors.js';
import { lockOutput } from '../write/output-lock.js';
import type { Io } from './main.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export async function runBuild(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const all = findLectures(paths, options.contentRoot ?? 'content');
  const lectures = options.shard ? all.filter((l) => inShard(l.outPath, options.shard!)) : all;
  const context = createBuildContext(options, io.env);
  const unlock = await lockOutput(options.outDir);

  const count = { built: 0, unchanged: 0, failed: 0 };
  try {
    for (const entry of lectures) {
      const shown = path.join(options.outDir, entry.outPath);
      try {
        const result = await buildLecture(entry, context);
        for (const warning of result.warnings) io.err(`${warning}\n`);
        if (result.outputs.length === 0) {
          count.unchanged += 1;
          io.out(`· ${shown}/  unchanged\n`);
          continue;
        }
        count.built += 1;
        const names = result.outputs.map((o) => path.relative(result.outDir, o)).filter((n) => !n.startsWith('images') && n !== 'thumbnail.png');
        const size = result.slides > 0 ? `${result.slides} slides, ` : '';
        io.out(`✓ ${shown}/  ${names.join(', ')}  (${size}${seconds(result.ms)})\n`);
        for (const change of result.changes) io.out(`  ${change}\n`);
        for (const notice of result.skipped) io.out(`  · ${notice}\n`);
      } catch (error) {
        if (!(error instanceof LecternError)) throw error;
        count.failed += 1;
        io.err(`✗ ${entry.file}\n${error.message}\n`);
      }
    }
    // Building a whole content folder also tidies away the outputs of deleted lectures.
    const folders = paths.filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory());
    for (const gone of removeStaleOutputs(options.outDir, folders, new Set(all.map((l) => l.outPath)))) {
      io.out(`− ${path.join(options.outDir, gone)}/  removed: its lecture no longer exists\n`);
    }
    writeCourseIndex(options.outDir, context.templates);
  } finally {
    await context.browser.close();
    await unlock();
  }
  io.out(`${count.built} built, ${count.unchanged} unchanged, ${count.failed} failed in ${seconds(performance.now() - started)}\n`);
  return count.failed > 0 ? 1 : 0;
}
