/**
 * The output lock holds for as long as its build lives, however long that build is paused,
 * and no longer: a build killed outright gives the folder up to the next one at once.
 * These run the compiled `lectern` command.
 */
import { lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { browsersIn, build, start, waitFor, workspace } from '../helpers/spawned-build.js';

/** Whether the output folder's lock is there (whatever kind of file it is: a link to nowhere counts). */
const locked = (out: string) => lstatSync(path.join(out, '.lectern.lock'), { throwIfNoEntry: false }) !== undefined;

describe('the output lock', () => {
  it('stays with a build paused longer than any timeout, and the paused build then finishes cleanly', async () => {
    const ws = workspace();
    const first = start(ws);
    // It holds the lock and is at work in the browser.
    await waitFor(() => (locked(ws.out) && browsersIn(ws.tmp).length > 0 ? true : undefined));
    first.kill('SIGSTOP');
    try {
      // Longer than the 10 s after which the old lock counted as abandoned.
      await new Promise((r) => setTimeout(r, 12_000));
      const second = build(ws, '--force');
      expect(second.stderr).toContain('another Lectern build is writing here right now. Wait for it to finish, then build again.');
      expect(second.status).toBe(1);
    } finally {
      first.kill('SIGCONT');
    }
    const { code, err } = await first.output;
    expect(err).not.toContain('ECOMPROMISED');
    expect(err).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    expect((await readPdf(path.join(ws.out, 'water-cycle', 'deck.pdf'))).pages.length).toBeGreaterThan(0);
    expect(locked(ws.out)).toBe(false);
    rmSync(ws.root, { recursive: true, force: true });
  });

  it('passes to the next build at once when its build was killed outright', async () => {
    const ws = workspace();
    const first = start(ws);
    await waitFor(() => (locked(ws.out) ? true : undefined));
    first.kill('SIGKILL');
    await first.output;
    // The killed build's lock is still there: it names a process that no longer exists.
    expect(locked(ws.out)).toBe(true);
    const next = build(ws);
    expect(next.stderr).not.toContain('another Lectern build');
    expect(next.status).toBe(0);
    expect(locked(ws.out)).toBe(false);
    rmSync(ws.root, { recursive: true, force: true });
  });
});

describe('a lock left by a build on another computer or container', () => {
  it('says where that build ran and which file to delete if it no longer runs', () => {
    const ws = workspace();
    mkdirSync(ws.out, { recursive: true });
    const lock = path.join(ws.out, '.lectern.lock');
    symlinkSync(JSON.stringify({ pid: 424242, host: 'old-container-3f2a', token: 'ab' }), lock);
    const refused = build(ws);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`a Lectern build on "old-container-3f2a" is writing here, or was stopped there before it could finish. If nothing is building there any more, delete ${lock} and build again.`);
    rmSync(lock);
    expect(build(ws).status).toBe(0);
    rmSync(ws.root, { recursive: true, force: true });
  }, 120_000);
});
