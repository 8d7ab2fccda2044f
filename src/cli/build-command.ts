/** `lectern build`: every lecture asked for, one browser for all of them, a summary at the end. */
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { createBuildContext, type BuildOptions } from '../build/build-context.js';
import { buildLecture } from '../build/build-lecture.js';
import { findLectures } from '../build/find-lectures.js';
import { removeStaleOutputs } from '../build/remove-stale.js';
import { inShard } from '../build/shard.js';
import { writeCourseIndex } from '../build/write-index.js';
import { LecternError } from '../errors.js';
import { lockOutput } from '../write/output-lock.js';
import type { Io } from './main.js';
import { createProgress } from './progress.js';

export async function runBuild(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const all = findLectures(paths);
  const lectures = options.shard ? all.filter((l) => inShard(l.outPath, options.shard!)) : all;
  const context = createBuildContext(options, io.env);
  const unlock = await lockOutput(options.outDir);

  const count = { built: 0, unchanged: 0, failed: 0 };
  const progress = createProgress(io);
  // Lectures build side by side, one per core, sharing the one browser.
  const limit = pLimit(Math.max(1, os.availableParallelism()));
  try {
    const settled = await Promise.allSettled(
      lectures.map((entry) =>
        limit(async () => {
          const shown = path.join(options.outDir, entry.outPath);
          progress.started(shown);
          try {
            const result = await buildLecture(entry, context, (output) => progress.made(shown, output));
            count[result.outputs.length === 0 ? 'unchanged' : 'built'] += 1;
            progress.finished(shown, result);
          } catch (error) {
            if (!(error instanceof LecternError)) {
              // A bug: stop starting lectures, let those running finish, then report it.
              limit.clearQueue();
              throw error;
            }
            count.failed += 1;
            progress.failed(shown, entry.file, error.message);
          }
        }),
      ),
    );
    const bug = settled.find((r) => r.status === 'rejected');
    if (bug) throw bug.reason;
    // Building a whole content folder also tidies away the outputs of deleted lectures.
    const folders = paths.filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory());
    for (const gone of removeStaleOutputs(options.outDir, folders, new Set(all.map((l) => l.outPath)))) {
      progress.line(`− ${path.join(options.outDir, gone)}/  removed: its lecture no longer exists`);
    }
    writeCourseIndex(options.outDir, context.templates);
  } finally {
    await context.browser.close();
    await unlock();
  }
  progress.summary(count, performance.now() - started);
  return count.failed > 0 ? 1 : 0;
}
