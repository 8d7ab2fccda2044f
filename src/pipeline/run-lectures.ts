/**
 * The one loop over lectures, for `lectern build` and for every rebuild in watch mode:
 * lectures build side by side, one per core, sharing the one browser; each is reported as
 * it goes. A lecture that fails is reported and the others still build.
 */
import os from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import type { LectureEntry } from '../course/find-lectures.js';
import { LecternError } from '../errors.js';
import { forgetFinished } from '../interrupt.js';
import { buildLecture, type LectureResult } from './build-lecture.js';
import type { BuildContext } from './context.js';

/** What the loop tells as it goes; `shown` names the lecture's output folder. */
export interface LectureEvents {
  started(shown: string): void;
  made(shown: string, output: string): void;
  finished(shown: string, result: LectureResult): void;
  failed(shown: string, file: string, message: string): void;
}

export interface RunSummary {
  built: number;
  unchanged: number;
  failed: number;
}

export async function runLectures(entries: readonly LectureEntry[], context: BuildContext, events: LectureEvents): Promise<RunSummary> {
  const summary: RunSummary = { built: 0, unchanged: 0, failed: 0 };
  forgetFinished();
  const queue = new PQueue({ concurrency: Math.max(1, os.availableParallelism()) });
  await Promise.all(
    entries.map((entry) =>
      queue.add(async () => {
        const shown = path.join(context.options.outDir, entry.outPath);
        events.started(shown);
        try {
          const result = await buildLecture(entry, context, (output) => events.made(shown, output));
          summary[result.outputs.length === 0 && result.removed.length === 0 ? 'unchanged' : 'built'] += 1;
          events.finished(shown, result);
        } catch (error) {
          summary.failed += 1;
          if (error instanceof LecternError) {
            events.failed(shown, entry.file, error.message);
          } else {
            // A bug in Lectern, not a mistake in the lecture: told once, here; the other lectures still build.
            const where = context.options.debug ? (error as Error).stack ?? String(error) : '(run again with --debug to see where)';
            events.failed(shown, entry.file, `Lectern failed unexpectedly: ${(error as Error).message}\n${where}`);
          }
        }
      }),
    ),
  );
  return summary;
}
