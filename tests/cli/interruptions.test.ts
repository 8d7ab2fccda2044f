/**
 * Nothing is lost: whatever stops a build (the browser killed, Ctrl-C, a second build, a
 * full or read-only disk), the outputs already there stay byte-for-byte as they were, and
 * no temporary files are left behind. These run the compiled `lectern` command.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, browsersIn, build, leftovers, revisedLecture, snapshot, start, waitFor, workspace } from '../helpers/spawned-build.js';

describe('a build that is stopped part-way', () => {
  it('leaves the previous outputs byte-identical when the browser is killed mid-build', async () => {
    const { ws, before } = await revisedLecture();
    const child = start(ws);
    // The deck is in its page: its PDF and the title slide's picture are still to be made.
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

  it('on Ctrl-C after one lecture of two is finished, says which outputs are new and that only the others are unchanged', async () => {
    const ws = workspace();
    const content = path.join(ws.root, 'content');
    const short = path.join(content, 'aa-short.yaml');
    writeFileSync(short, 'title: Short\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n');
    const env = { ...process.env, TMPDIR: ws.tmp };
    expect(spawnSync(process.execPath, [bin, 'build', content, '--out', ws.out], { env }).status).toBe(0);
    const dirs = { short: path.join(ws.out, 'aa-short'), water: path.join(ws.out, 'water-cycle') };
    // The files a teacher sees: not the staging folder a build writes into first.
    const outputs = (dir: string) => JSON.stringify(Object.entries(snapshot(dir)).filter(([f]) => !/\.lectern-(staging|tmp|journal)/.test(f)));
    const before = { short: outputs(dirs.short), water: outputs(dirs.water) };
    writeFileSync(short, readFileSync(short, 'utf8').replace('title: Short', 'title: Shorter'));
    writeFileSync(ws.lecture, readFileSync(ws.lecture, 'utf8').replace('The Water Cycle', 'The Water Cycle, revised'));

    const child = spawn(process.execPath, [bin, 'build', content, '--out', ws.out], { env });
    let err = '';
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The short lecture is done long before the water cycle's deck.
    await waitFor(() => (outputs(dirs.short) !== before.short ? true : undefined));
    child.kill('SIGINT');
    expect(await closed).toBe(130);

    const changed = { short: outputs(dirs.short) !== before.short, water: outputs(dirs.water) !== before.water };
    expect(changed.short).toBe(true);
    // Whatever the timing, what is said is true: a folder named new is new, the others are as they were.
    expect(err).toContain(dirs.short);
    expect(err.includes(dirs.water)).toBe(changed.water);
    if (!changed.water) expect(err).toContain('every other previous output is unchanged');
    expect(err).not.toContain('Your previous outputs are unchanged');
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
