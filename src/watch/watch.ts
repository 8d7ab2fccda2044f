/**
 * `lectern watch`: builds, serves output/ on localhost, and on every save rebuilds what
 * the change affects, with the browser kept running between rebuilds; open pages reload.
 * A broken edit shows its error in the terminal and over the page, and keeps the last
 * good outputs; the next good save recovers.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createProgress } from '../cli/progress.js';
import type { Io } from '../cli/io.js';
import { findLectures } from '../course/find-lectures.js';
import { courseLanguage, writeCourseIndex } from '../course/index-page.js';
import { removeStaleOutputs } from '../course/remove-stale.js';
import { LecternError } from '../errors.js';
import { isInside } from '../paths.js';
import { createBuildContext, readTemplates, userTemplates, type BuildOptions } from '../pipeline/context.js';
import { runLectures } from '../pipeline/run-lectures.js';
import { lockOutput } from '../write/output-lock.js';
import { affectedLectures } from './affected.js';
import { startLiveServer, type LiveServer } from './live-server.js';
import { watchedPath, watchFiles } from './watch-files.js';

export interface Watcher {
  url: string;
  /** Resolves when the rebuilds started so far have finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function startWatch(paths: string[], options: BuildOptions & { port: number }, io: Io): Promise<Watcher> {
  const unlock = await lockOutput(options.outDir);
  let context: ReturnType<typeof createBuildContext>;
  let server: LiveServer;
  try {
    context = createBuildContext(options, io.env);
    server = await startLiveServer(options.outDir, options.port);
  } catch (error) {
    // A port in use or a missing templates folder: the output folder is free again.
    await unlock();
    throw error;
  }
  const progress = createProgress(io);
  let entries = findLectures(paths);
  let queue: Promise<void> = Promise.resolve();
  // An error shown over the pages stays until a build succeeds, even one with nothing to rebuild.
  let problemShown = false;
  // Lectures whose last build failed: when one builds again, the terminal says it is fixed.
  const broken = new Set<string>();

  /**
   * Builds the given lectures, as `lectern build` does, after `saved` files were saved (none
   * for the first build); tells the terminal and the pages how it went.
   */
  const rebuild = (targets: typeof entries, saved: readonly string[] = []) => {
    queue = queue.then(async () => {
      const started = performance.now();
      const problems: string[] = [];
      const failed = new Set<string>();
      const summary = await runLectures(targets, context, {
        ...progress,
        // After a save, a lecture it left as it was is not worth a line of its own.
        finished: (shown, result) => (saved.length === 0 || result.outputs.length + result.removed.length > 0) && progress.finished(shown, result),
        failed: (shown, file, message) => {
          problems.push(message);
          failed.add(file);
          progress.failed(shown, file, message);
        },
      });
      writeCourseIndex(options.outDir, context.templates, courseLanguage([...new Set(entries.map((l) => l.root))]), context.labelsFor);
      if (summary.built + summary.failed > 0) progress.summary(summary, performance.now() - started);
      else if (saved.length > 0) progress.line(`· saved ${saved.map((f) => path.relative('.', f)).join(', ')}: nothing to rebuild, every output is as it was`);
      for (const entry of targets) {
        if (failed.has(entry.file)) broken.add(entry.file);
        else if (broken.delete(entry.file)) progress.line(`✓ ${entry.file}: fixed, no more mistakes`);
      }
      if (problems.length > 0) server.send('problem', { message: problems.join('\n\n') });
      else if (summary.built > 0 || problemShown) server.send('reload', { ms: Math.round(performance.now() - started) });
      problemShown = problems.length > 0;
    });
    queue = queue.catch((error: unknown) => void io.err(`Lectern failed unexpectedly: ${(error as Error).message}\n`));
    return queue;
  };

  const report = (message: string) => {
    io.err(`${message}\n`);
    server.send('problem', { message });
    problemShown = true;
  };
  // The teacher's templates folder (the one named, else templates/ even before it exists)
  // and Lectern's own: a change in either reads the templates again.
  const templateDirs = [...new Set([path.resolve(options.templates ?? 'templates'), ...context.templates.dirs])];
  // The content paths that are gone (deleted, or mid-way through a branch switch): until
  // they are back there is nothing to build from, and no reason to remove any output.
  let missing: string[] = [];
  const waitingFor = () => {
    const gone = paths.filter((p) => !existsSync(watchedPath(p)));
    for (const p of gone.filter((g) => !missing.includes(g))) progress.line(`… ${p} is gone: watch is waiting for it to come back (your outputs stay as they are)`);
    for (const p of missing.filter((m) => !gone.includes(m))) progress.line(`… ${p} is back: watching it again`);
    missing = gone;
    return gone.length > 0;
  };
  const saved = (changed: string[]) => {
    try {
      const templatesChanged = changed.some((f) => templateDirs.some((d) => isInside(d, f, { orSame: true })));
      // Templates are read once per build; find and read them again (a templates/ folder
      // may have been made or deleted since), keep the browser.
      if (templatesChanged) {
        context.templates = userTemplates(options.templates);
        Object.assign(context, readTemplates(context.templates));
      }
      if (waitingFor()) return;
      const before = entries;
      entries = findLectures(paths);
      if (before.some((e) => !entries.some((now) => now.file === e.file))) {
        for (const removed of removeStaleOutputs(options.outDir, paths, new Set(entries.map((e) => e.outPath)))) {
          progress.line(`− ${path.join(options.outDir, removed)}/  removed: its lecture no longer exists`);
        }
      }
      void rebuild(affectedLectures(entries, changed, templatesChanged), changed);
    } catch (error) {
      if (!(error instanceof LecternError)) throw error;
      report(error.message);
    }
  };
  const watcher = await watchFiles([...paths, ...templateDirs], options.outDir, saved, (error) => report(`watching stopped working: ${error.message}`));
  // Watching starts before the first build, so that a save made while it runs is not missed:
  // it is rebuilt right after.
  await rebuild(entries);
  io.out(`Watching ${paths.join(', ')} — open ${server.url} (Ctrl-C to stop)\n`);

  return {
    url: server.url,
    idle: async () => {
      // Let a pending save be picked up, then wait for every rebuild it started.
      await new Promise((r) => setTimeout(r, 300));
      await queue;
    },
    close: async () => {
      await watcher.close();
      await queue;
      await server.close();
      await context.browser.close();
      await unlock();
    },
  };
}
