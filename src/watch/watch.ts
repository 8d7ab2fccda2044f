/**
 * `lectern watch`: builds, serves output/ on localhost, and on every save rebuilds what
 * the change affects, with the browser kept running between rebuilds; open pages reload.
 * A broken edit shows its error in the terminal and over the page, and keeps the last
 * good outputs; the next good save recovers.
 */
import path from 'node:path';
import { watch as chokidarWatch } from 'chokidar';
import { createBuildContext, type BuildOptions } from '../build/build-context.js';
import { buildLecture, type BuildContext } from '../build/build-lecture.js';
import { findLectures, type LectureEntry } from '../build/find-lectures.js';
import { removeStaleOutputs } from '../build/remove-stale.js';
import { writeCourseIndex } from '../build/write-index.js';
import { LecternError } from '../errors.js';
import { COURSE_FILE } from '../load/course.js';
import { loadDeckTemplates } from '../render/deck/render-deck.js';
import { loadHandoutTemplates } from '../render/handouts/handout-templates.js';
import { lockOutput } from '../write/output-lock.js';
import { startLiveServer } from './live-server.js';

export interface WatchIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface Watcher {
  url: string;
  /** Resolves when the rebuilds started so far have finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export async function startWatch(paths: string[], options: BuildOptions & { port: number }, io: WatchIo): Promise<Watcher> {
  const unlock = await lockOutput(options.outDir);
  const context: BuildContext = createBuildContext(options, io.env);
  const server = await startLiveServer(options.outDir, options.port);
  let entries = findLectures(paths);
  let queue: Promise<void> = Promise.resolve();
  // An error shown over the pages stays until a build succeeds, even one with nothing to rebuild.
  let problemShown = false;

  /** Builds the given lectures one after another; tells the pages how it went. */
  const rebuild = (targets: LectureEntry[]) => {
    queue = queue.then(async () => {
      const started = performance.now();
      let built = 0;
      const problems: string[] = [];
      for (const entry of targets) {
        try {
          const result = await buildLecture(entry, context);
          if (result.outputs.length > 0) {
            built += 1;
            io.out(`✓ ${path.join(options.outDir, entry.outPath)}/  rebuilt in ${seconds(result.ms)}\n`);
            for (const change of result.changes) io.out(`  ${change}\n`);
          }
        } catch (error) {
          if (!(error instanceof LecternError)) throw error;
          problems.push(error.message);
          io.err(`✗ ${entry.file}\n${error.message}\n`);
        }
      }
      writeCourseIndex(options.outDir, context.templates);
      if (problems.length > 0) server.send('problem', { message: problems.join('\n\n') });
      else if (built > 0 || problemShown) server.send('reload', { ms: Math.round(performance.now() - started) });
      problemShown = problems.length > 0;
    });
    queue = queue.catch((error: unknown) => void io.err(`Lectern failed unexpectedly: ${(error as Error).message}\n`));
    return queue;
  };


  const templateDirs = context.templates.dirs;
  const outRoot = path.resolve(options.outDir);
  const watcher = chokidarWatch([...paths, ...templateDirs], {
    ignoreInitial: true,
    // The outputs may sit inside a watched folder; writing them must not start a rebuild.
    ignored: (file) => path.resolve(file) === outRoot || path.resolve(file).startsWith(outRoot + path.sep),
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const report = (message: string) => {
    io.err(`${message}\n`);
    server.send('problem', { message });
    problemShown = true;
  };
  const flush = () => {
    const changed = [...pending];
    pending = new Set();
    try {
      const templatesChanged = changed.some((f) => templateDirs.some((d) => path.resolve(f).startsWith(d + path.sep)));
      if (templatesChanged) {
        // Templates are read once per build; read them again, keep the browser.
        context.deckTemplates = loadDeckTemplates(context.templates);
        context.handoutTemplates = loadHandoutTemplates(context.templates);
      }
      const before = new Set(entries.map((e) => e.file));
      entries = findLectures(paths);
      if ([...before].some((f) => !entries.some((e) => e.file === f))) {
        for (const removed of removeStaleOutputs(options.outDir, paths, new Set(entries.map((e) => e.outPath)))) io.out(`− ${removed}  removed\n`);
      }
      // A lecture file affects itself, a course.yaml its folder; anything else (an image, a
      // template) may affect any lecture: their keys decide which outputs really rebuild.
      const affects = (entry: LectureEntry) =>
        templatesChanged ||
        changed.some((f) => {
          const file = path.resolve(f);
          if (file === path.resolve(entry.file)) return true;
          if (path.basename(file) === COURSE_FILE) return path.resolve(entry.file).startsWith(path.dirname(file) + path.sep);
          return !/\.ya?ml$/i.test(file);
        });
      void rebuild(entries.filter(affects));
    } catch (error) {
      if (!(error instanceof LecternError)) throw error;
      report(error.message);
    }
  };
  watcher.on('error', (error) => report(`watching stopped working: ${(error as Error).message}`));
  watcher.on('all', (_event, file) => {
    pending.add(file);
    clearTimeout(timer);
    // Files saved together (a lecture and its image, say) make one rebuild; each file has
    // already been stable for 60 ms (awaitWriteFinish), so a short wait is enough.
    timer = setTimeout(flush, 30);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
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
      clearTimeout(timer);
      await watcher.close();
      await queue;
      await server.close();
      await context.browser.close();
      await unlock();
    },
  };
}
