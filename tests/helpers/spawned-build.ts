/**
 * The compiled `lectern` command run as a process of its own, in a work folder with its own
 * TMPDIR, so that the browser, lock and temporary files of one build can be found (and
 * stopped, paused, killed) without touching other builds running on the machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const bin = path.resolve('dist/bin/lectern.js');
const fixtures = path.resolve('tests/fixtures/all-layouts');

export type Workspace = ReturnType<typeof workspace>;

export function workspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-stop-'));
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp);
  cpSync(fixtures, path.join(root, 'content'), { recursive: true });
  return { root, tmp, lecture: path.join(root, 'content', 'water-cycle.yaml'), out: path.join(root, 'out') };
}

/**
 * A lecture built once, then revised, so that every output of the next build differs;
 * `before` holds the first build's files. Waits for that build's browser to be gone, so
 * that the browsers a test finds are the next build's.
 */
export async function revisedLecture(): Promise<{ ws: Workspace; before: Record<string, string> }> {
  const ws = workspace();
  const first = build(ws);
  if (first.status !== 0) throw new Error(`the first build failed: ${first.stderr}`);
  const before = snapshot(path.join(ws.out, 'water-cycle'));
  writeFileSync(ws.lecture, readFileSync(ws.lecture, 'utf8').replace('The Water Cycle', 'The Water Cycle, revised'));
  await waitFor(() => (browsersIn(ws.tmp).length === 0 ? true : undefined));
  return { ws, before };
}

export const build = (ws: Workspace, ...extra: string[]) =>
  spawnSync(process.execPath, [bin, 'build', ws.lecture, '--out', ws.out, ...extra], { encoding: 'utf8', env: { ...process.env, TMPDIR: ws.tmp } });

export type Started = ChildProcess & { output: Promise<{ code: number | null; err: string }>; said: () => string };

export function start(ws: Workspace, env: NodeJS.ProcessEnv = {}): Started {
  // --force: these builds must do real work even when nothing changed. The trace tells
  // the test how far the build has got.
  const child = spawn(process.execPath, [bin, 'build', ws.lecture, '--out', ws.out, '--force'], { env: { ...process.env, TMPDIR: ws.tmp, LECTERN_TRACE: '1', ...env } });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => void (err += d.toString()));
  const output = new Promise<{ code: number | null; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, err: err.replace(/^\[trace\].*\n/gm, '') })),
  );
  return Object.assign(child, { output, said: () => err });
}

/**
 * Every output file's bytes, by name. A build may be running while this reads (the
 * interruption tests poll), so a file that is renamed away between listing and reading
 * is left out rather than failing the read.
 */
export const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .flatMap((f) => {
        try {
          const file = path.join(dir, f);
          return statSync(file).isFile() ? [[f, readFileSync(file).toString('base64')]] : [];
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
          throw e;
        }
      }),
  );

/** Temporary files and folders Lectern left: in the lecture's output folder and in the build's TMPDIR. */
export const leftovers = (ws: Workspace) => [
  ...readdirSync(path.join(ws.out, 'water-cycle'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.lectern-(tmp|staging|journal)/.test(f)),
  // Lectern's own temporary folders (Chromium may leave its own when it is killed outright).
  ...readdirSync(ws.tmp).filter((f) => f.startsWith('lectern-')),
];

/**
 * Process ids of the browsers whose profile lives in `tmp`: the browser's own processes,
 * not the shell of Debian's launcher script, which shows the same command line for a moment.
 */
export function browsersIn(tmp: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`${tmp}/lectern-chrome-`) && !/\/(ba|da)?sh$/.test(readlinkSync(`/proc/${p}/exe`));
      } catch {
        return false;
      }
    })
    .map(Number);
}

export async function waitFor<T>(probe: () => T | undefined, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
