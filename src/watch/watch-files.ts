/**
 * Watches the content and template folders, and tells of saved files in batches: files
 * saved together (a lecture and its image, say) come as one batch.
 *
 * Each folder is watched from its parent, which sees it go and come back: a folder
 * watched directly is lost for good once it is deleted (a branch switched, a folder
 * restored), and one that does not exist yet (templates/) is never seen at all.
 */
import path from 'node:path';
import { watch as chokidarWatch } from 'chokidar';
import { isDynamicPattern } from 'tinyglobby';
import { globBase } from '../course/find-lectures.js';
import { isInside } from '../paths.js';

export interface FileWatcher {
  close(): Promise<void>;
}

/** The folder or file a path names, absolute; for a glob, the folder it starts from. */
export const watchedPath = (p: string): string => path.resolve(isDynamicPattern(p) ? globBase(p) : p);

export async function watchFiles(
  paths: string[],
  /** Never reported: the outputs may sit inside a watched folder, and writing them must not start a rebuild. */
  ignore: string,
  onSaved: (files: string[]) => void,
  onError: (error: Error) => void,
): Promise<FileWatcher> {
  const targets = [...new Set(paths.map(watchedPath))];
  const parents = [...new Set(targets.map((t) => path.dirname(t)))];
  // Under the parents, only the targets, what is in them, and the folders on the way to them.
  const wanted = (file: string) => targets.some((t) => isInside(t, file, { orSame: true }) || isInside(file, t));
  const watcher = chokidarWatch(parents, {
    ignoreInitial: true,
    ignored: (file) => {
      const full = path.resolve(file);
      return isInside(ignore, full, { orSame: true }) || !(parents.includes(full) || wanted(full));
    },
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('error', (error) => onError(error as Error));
  watcher.on('all', (_event, file) => {
    pending.add(file);
    clearTimeout(timer);
    // Each file has already been stable for 60 ms (awaitWriteFinish), so a short wait is enough.
    timer = setTimeout(() => {
      const saved = [...pending];
      pending = new Set();
      onSaved(saved);
    }, 30);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
