/**
 * One build at a time per output folder: a second build started meanwhile stops at once
 * with a clear message instead of interleaving its files with the first one's. A lock
 * left by a build that was killed goes stale after a few seconds and is taken over.
 */
import { mkdirSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { WriteError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { explainFsError } from './explain-fs-error.js';

export async function lockOutput(dir: string): Promise<() => Promise<void>> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw new WriteError(`${dir}: cannot create the output folder: ${explainFsError(cause)}`, { file: dir, cause });
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, { stale: 10_000, update: 2_000, realpath: false, lockfilePath: `${dir}/.lectern.lock` });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      throw new WriteError(`${dir}: another Lectern build is writing here right now. Wait for it to finish, then build again.`, { file: dir, cause });
    }
    throw new WriteError(`${dir}: cannot write here: ${explainFsError(cause)}`, { file: dir, cause });
  }
  const forget = onInterrupt(() => lockfile.unlockSync(dir, { realpath: false, lockfilePath: `${dir}/.lectern.lock` }));
  return async () => {
    forget();
    await release().catch(() => undefined);
  };
}
