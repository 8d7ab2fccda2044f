/** `lectern watch`: build, serve the outputs on localhost, and rebuild what each save affects, until Ctrl-C. */
import type { BuildOptions } from '../../pipeline/context.js';
import { startWatch } from '../../watch/watch.js';
import type { Io } from '../io.js';

export async function runWatch(paths: string[], options: BuildOptions & { port: number }, io: Io): Promise<number> {
  await startWatch(paths, options, io);
  // Runs until Ctrl-C, which bin/lectern.ts handles.
  return new Promise<number>(() => undefined);
}
