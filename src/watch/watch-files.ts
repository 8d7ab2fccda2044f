/**
 * Watches the content and template folders, and tells of saved files in batches: files
 * saved together (a lecture and its image, say) come as one batch.
 */
import { watch as chokidarWatch } from 'chokidar';
import { isInside } from '../paths.js';

export interface FileWatcher {
  close(): Promise<void>;
}

export async function watchFiles(
  folders: string[],
  /** Never reported: the outputs may sit inside a watched folder, and writing them must not start a rebuild. */
  ignore: string,
  onSaved: (files: string[]) => void,
  onError: (error: Error) => void,
): Promise<FileWatcher> {
  const watcher = chokidarWatch(folders, {
    ignoreInitial: true,
    ignored: (file) => isInside(ignore, file, { orSame: true }),
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
