/**
 * Nothing is lost: whatever stops a build (the browser killed, Ctrl-C, a second build, a
 * full or read-only disk), the outputs already there stay byte-for-byte as they were, and
 * no temporary files are left behind. These run the compiled `lectern` command.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve('dist/bin/lectern.js');
const fixtures = path.resolve('tests/fixtures/all-layouts');

/** A work folder with its own TMPDIR, so the browser and temporary files of one build can be found. */
function workspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-stop-'));
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp);
  cpSync(fixtures, path.join(root, 'content'), { recursive: true });
  return { root, tmp, lecture: path.join(root, 'content', 'water-cycle.yaml'), out: path.join(root, 'out') };
}

const build = (ws: ReturnType<typeof workspace>, ...extra: string[]) =>
  spawnSync(process.execPath, [bin, 'build', ws.lecture, '--out', ws.out, ...extra], { encoding: 'utf8', env: { ...process.env, TMPDIR: ws.tmp } });

function start(ws: ReturnType<typeof workspace>): ChildProcess & { output: Promise<{ code: number | null; err: string }>; said: () => string } {
  // --force: these builds must do real work even when nothing changed. The trace tells
  // the test how far the build has got.
  const child = spawn(process.execPath, [bin, 'build', ws.lecture, '--out', ws.out, '--force'], { env: { ...process.env, TMPDIR: ws.tmp, LECTERN_TRACE: '1' } });
  let err = '';
  child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
  const output = new Promise<{ code: number | null; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, err: err.replace(/^\[trace\].*\n/gm, '') })),
  );
  return Object.assign(child, { output, said: () => err });
}

/** Every output file's bytes, by name. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]),
  );
const leftovers = (ws: ReturnType<typeof workspace>) => [
  ...readdirSync(path.join(ws.out, 'water-cycle')).filter((f) => f.includes('.lectern-tmp')),
  // Lectern's own temporary folders (Chromium may leave its own when it is killed outright).
  ...readdirSync(ws.tmp).filter((f) => f.startsWith('lectern-')),
];

/**
 * Process ids of the browsers whose profile lives in `tmp`: the browser's own processes,
 * not the shell of Debian's launcher script, which shows the same command line for a moment.
 */
function browsersIn(tmp: string): number[] {
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

async function waitFor<T>(probe: () => T | undefined, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a build that is stopped part-way', () => {
  it('leaves the previous outputs byte-identical when the browser is killed mid-build', async () => {
    const ws = workspace();
    expect(build(ws).status).toBe(0);
    const before = snapshot(path.join(ws.out, 'water-cycle'));
    writeFileSync(ws.lecture, readFileSync(ws.lecture, 'utf8').replace('The Water Cycle', 'The Water Cycle, revised'));

    // The first build's browser may take a moment to go: these must be this build's.
    await waitFor(() => (browsersIn(ws.tmp).length === 0 ? true : undefined));
    const child = start(ws);
    // The deck is in its page: its PDF and pictures are still to be made.
    await waitFor(() => (child.said().includes('load deck') ? true : undefined));
    const killed = browsersIn(ws.tmp).filter((pid) => {
      try {
        process.kill(pid, 'SIGKILL');
        return true;
      } catch {
        return false; // gone by itself meanwhile
      }
    });
    expect(killed.length).toBeGreaterThan(0);
    const { code, err } = await child.output;

    expect(code).toBe(1);
    expect(err).toMatch(/browser stopped|Target closed|Connection closed|browser/i);
    expect(err).not.toMatch(/\n\s+at /);
    expect(snapshot(path.join(ws.out, 'water-cycle'))).toEqual(before);
    expect(leftovers(ws)).toEqual([]);
    rmSync(ws.root, { recursive: true, force: true });
  });

  it('leaves the previous outputs byte-identical on Ctrl-C, with no temporary files or browser left', async () => {
    const ws = workspace();
    expect(build(ws).status).toBe(0);
    const before = snapshot(path.join(ws.out, 'water-cycle'));

    // The first build's browser may take a moment to go: these must be this build's.
    await waitFor(() => (browsersIn(ws.tmp).length === 0 ? true : undefined));
    const child = start(ws);
    await waitFor(() => (browsersIn(ws.tmp).length > 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const { code, err } = await child.output;

    expect(code).toBe(130);
    expect(err).toContain('Stopped. Your previous outputs are unchanged.');
    expect(snapshot(path.join(ws.out, 'water-cycle'))).toEqual(before);
    await waitFor(() => (browsersIn(ws.tmp).length === 0 ? true : undefined), 5000);
    expect(leftovers(ws)).toEqual([]);
    rmSync(ws.root, { recursive: true, force: true });
  });

  it('lets one of two builds started at once write, and tells the other why it stopped', async () => {
    const ws = workspace();
    const first = start(ws);
    await waitFor(() => (browsersIn(ws.tmp).length > 0 ? true : undefined));
    const second = build(ws);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('another Lectern build is writing here right now. Wait for it to finish, then build again.');
    expect((await first.output).code).toBe(0);
    expect(build(ws).status).toBe(0);
    rmSync(ws.root, { recursive: true, force: true });
  });
});

describe('a disk that cannot take the outputs', () => {
  const root = process.getuid?.() === 0;

  it.skipIf(!root)('says the disk is full, and keeps the previous outputs', () => {
    const ws = workspace();
    mkdirSync(ws.out);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', ws.out]);
    if (mounted.status !== 0) return; // no tmpfs here: nothing to prove
    try {
      expect(build(ws).status).toBe(0);
      const before = snapshot(path.join(ws.out, 'water-cycle'));
      // Fill the disk, leaving too little for another set of outputs.
      spawnSync('dd', ['if=/dev/zero', `of=${path.join(ws.out, 'filler')}`, 'bs=1M', 'count=64'], { stdio: 'ignore' });
      const result = build(ws, '--force');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('the disk is full; free some space and build again. Your previous outputs are unchanged.');
      expect(snapshot(path.join(ws.out, 'water-cycle'))).toEqual(before);
      expect(leftovers(ws)).toEqual([]);
    } finally {
      spawnSync('umount', [ws.out]);
      rmSync(ws.root, { recursive: true, force: true });
    }
  });

  it('says when the output folder cannot be made', () => {
    const ws = workspace();
    writeFileSync(ws.out, 'a file where the folder should be');
    const result = build(ws);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${ws.out}: cannot create the output folder: a file is in the way where a folder should be`);
    const readOnly = spawnSync(process.execPath, [bin, 'build', ws.lecture, '--out', '/sys/lectern-out'], { encoding: 'utf8' });
    expect(readOnly.stderr).toContain('the folder is read-only; choose another with --out');
    rmSync(ws.root, { recursive: true, force: true });
  });
});
