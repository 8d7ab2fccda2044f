/**
 * Putting a lecture's files in place is all-or-nothing for the teacher: a build killed or
 * stopped while its files are being renamed never leaves old and new outputs mixed (the next
 * build finishes the job), says only what is true, and leaves no temporary files behind.
 * These run the compiled `lectern` command; LECTERN_TEST_PAUSE_IN_PLACE holds the build
 * still after its first file is in place, so that it can be stopped right there.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, leftovers, revisedLecture, snapshot, start, waitFor, workspace, type Workspace } from '../helpers/spawned-build.js';

const journalOf = (ws: Workspace) => path.join(ws.out, 'water-cycle', '.lectern-journal.json');

/**
 * The outputs a teacher opens that are as `before`, when the revised title should have changed
 * them all: not the images beside the deck, nor flashcards.tsv, which holds only the glossary.
 */
function unchangedOutputs(before: Record<string, string>, now: Record<string, string>): string[] {
  return Object.keys(before).filter((f) => !f.startsWith('images/') && !f.startsWith('.lectern/') && f !== 'flashcards.tsv' && now[f] === before[f]);
}

describe('a build stopped while its files are put in place', () => {
  it('killed outright: the next build puts every new file in place, with a ledger that agrees, and no leftovers', async () => {
    const { ws, before } = await revisedLecture();
    const child = start(ws, { LECTERN_TEST_PAUSE_IN_PLACE: '120000' });
    await waitFor(() => (existsSync(journalOf(ws)) ? true : undefined), 60_000);
    child.kill('SIGKILL');
    await child.output;
    // And what an older Lectern killed the same way left: temporary files no build removed.
    writeFileSync(path.join(ws.out, 'water-cycle', '.lectern-tmp-4194999-m1-deck.pdf'), 'half');
    writeFileSync(path.join(ws.out, 'water-cycle', 'images', '.lectern-tmp-4194999-m1-map.png'), 'half');

    const next = build(ws);
    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
    const after = snapshot(path.join(ws.out, 'water-cycle'));
    expect(unchangedOutputs(before, after)).toEqual([]);
    expect(after['deck.md'] && Buffer.from(after['deck.md'], 'base64').toString()).toContain('The Water Cycle, revised');
    expect(leftovers(ws)).toEqual([]);
    // The ledger describes these files: a build now finds nothing to do and changes nothing.
    const again = build(ws);
    expect(again.status).toBe(0);
    expect(snapshot(path.join(ws.out, 'water-cycle'))).toEqual(after);
    rmSync(ws.root, { recursive: true, force: true });
  });

  it('Ctrl-C: either every output is old or every one is new, and the message says which', async () => {
    const { ws, before } = await revisedLecture();
    const child = start(ws, { LECTERN_TEST_PAUSE_IN_PLACE: '120000' });
    await waitFor(() => (existsSync(journalOf(ws)) ? true : undefined), 60_000);
    child.kill('SIGINT');
    const { code, err } = await child.output;

    expect(code).toBe(130);
    const after = snapshot(path.join(ws.out, 'water-cycle'));
    if (err.includes('previous outputs are unchanged')) {
      expect(after).toEqual(before);
    } else {
      expect(err).toContain('they are all new');
      expect(unchangedOutputs(before, after)).toEqual([]);
    }
    expect(leftovers(ws)).toEqual([]);
    const again = build(ws);
    expect(again.status).toBe(0);
    expect(snapshot(path.join(ws.out, 'water-cycle'))).toEqual(after);
    rmSync(ws.root, { recursive: true, force: true });
  });
});

describe('a journal that did not come from Lectern', () => {
  it('is not followed outside the lecture folder: a planted journal deletes and moves nothing there', async () => {
    const ws = workspace();
    expect(build(ws).status).toBe(0);
    const victim = path.join(ws.root, 'victim.txt');
    writeFileSync(victim, 'a teacher file');
    const planted = { pid: 999_999_999, staging: '.lectern-staging-999999999-x', files: ['../../victim-moved.txt'], remove: ['../../victim.txt'] };
    writeFileSync(journalOf(ws), JSON.stringify(planted));
    writeFileSync(ws.lecture, readFileSync(ws.lecture, 'utf8').replace('The Water Cycle', 'The Water Cycle, revised'));
    const run = build(ws);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('a teacher file');
    expect(existsSync(path.join(ws.root, 'victim-moved.txt'))).toBe(false);
    expect(existsSync(journalOf(ws))).toBe(false);
    // A staging folder outside the lecture folder is refused the same way.
    writeFileSync(journalOf(ws), JSON.stringify({ ...planted, staging: '../../..', remove: [] }));
    expect(build(ws, '--force').status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('a teacher file');
    rmSync(ws.root, { recursive: true, force: true });
  }, 120_000);
});
