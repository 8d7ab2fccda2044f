/**
 * The browser lives no longer than the build that started it: however the build ends (killed
 * outright, its terminal closed), none of its browser processes stay behind, and the profile
 * folder a killed build could not delete is deleted by the next one. Each test looks only
 * at its own build's browser (found by its profile folder, in the test's own TMPDIR).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browsersIn, build, leftovers, revisedLecture, snapshot, start, waitFor, workspace } from '../../helpers/spawned-build.js';

const profiles = (tmp: string) => readdirSync(tmp).filter((f) => f.startsWith('lectern-chrome-'));

describe('the browser of a build', () => {
  it('goes within seconds when the build is killed outright, and the next build deletes its profile', async () => {
    const ws = workspace();
    const child = start(ws);
    await waitFor(() => (child.said().includes('load deck') ? true : undefined));
    const browsers = browsersIn(ws.tmp);
    expect(browsers.length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await child.output;

    // Generous: the browser notices that Lectern is gone and ends itself.
    await waitFor(() => (browsersIn(ws.tmp).length === 0 ? true : undefined), 15_000).catch(() => undefined);
    const left = browsersIn(ws.tmp);
    for (const pid of left) process.kill(pid, 'SIGKILL'); // not to leave them to the machine
    expect(left).toEqual([]);
    const stale = profiles(ws.tmp);
    expect(stale.length).toBe(1); // the killed build could not tidy up

    const next = build(ws);
    expect(next.status).toBe(0);
    expect(profiles(ws.tmp)).toEqual([]);
    rmSync(ws.root, { recursive: true, force: true });
  });

  it('a closed terminal (SIGHUP) stops the build as Ctrl-C does: its message, exit code, no browser left, outputs intact', async () => {
    const { ws, before } = await revisedLecture();

    const child = start(ws);
    await waitFor(() => (child.said().includes('load deck') ? true : undefined));
    child.kill('SIGHUP');
    const { code, err } = await child.output;

    expect(code).toBe(129);
    expect(err).toContain('Stopped. Your previous outputs are unchanged.');
    expect(snapshot(path.join(ws.out, 'water-cycle'))).toEqual(before);
    await waitFor(() => (browsersIn(ws.tmp).length === 0 ? true : undefined), 15_000).catch(() => undefined);
    const left = browsersIn(ws.tmp);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left).toEqual([]);
    expect(leftovers(ws)).toEqual([]);
    rmSync(ws.root, { recursive: true, force: true });
  });
});

describe("a stale browser profile Lectern cannot delete (another user's, on a shared machine)", () => {
  it('never stops a build', () => {
    const ws = workspace();
    const stuck = path.join(ws.tmp, 'lectern-chrome-999999991-abc');
    mkdirSync(stuck);
    writeFileSync(path.join(stuck, 'f'), 'x');
    // Immutable: not even root may delete it.
    const locked = spawnSync('chattr', ['+i', path.join(stuck, 'f')]);
    expect(locked.status, `chattr: ${locked.stderr}`).toBe(0);
    try {
      const run = build(ws);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    } finally {
      spawnSync('chattr', ['-i', path.join(stuck, 'f')]);
      rmSync(ws.root, { recursive: true, force: true });
    }
  }, 120_000);
});
