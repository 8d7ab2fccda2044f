/** `lectern build`: every lecture asked for, one browser for all of them, a summary at the end. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { findLectures } from '../../course/find-lectures.js';
import { courseLanguage, writeCourseIndex } from '../../course/index-page.js';
import { removeStaleOutputs } from '../../course/remove-stale.js';
import { inShard } from '../../course/shard.js';
import { createBuildContext, type BuildOptions } from '../../pipeline/context.js';
import { runLectures, type RunSummary } from '../../pipeline/run-lectures.js';
import { lockOutput } from '../../write/output-lock.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';

export async function runBuild(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const all = findLectures(paths);
  const lectures = options.shard ? all.filter((l) => inShard(l.outPath, options.shard!)) : all;
  const context = createBuildContext(options, io.env);
  const unlock = await lockOutput(options.outDir);
  const progress = createProgress(io);
  let summary: RunSummary;
  try {
    summary = await runLectures(lectures, context, progress);
    // Building a whole content folder also tidies away the outputs of deleted lectures.
    const folders = paths.filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory());
    for (const gone of removeStaleOutputs(options.outDir, folders, new Set(all.map((l) => l.outPath)))) {
      progress.line(`− ${path.join(options.outDir, gone)}/  removed: its lecture no longer exists`);
    }
    writeCourseIndex(options.outDir, context.templates, courseLanguage([...new Set(all.map((l) => l.root))]), context.labelsFor);
  } finally {
    await context.browser.close();
    await unlock();
  }
  progress.summary(summary, performance.now() - started);
  return summary.failed > 0 ? 1 : 0;
}
