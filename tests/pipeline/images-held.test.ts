/** An image deleted while a build runs: a located error, and nothing written from it. */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, snapshot, start, waitFor, workspace } from '../helpers/spawned-build.js';

describe('an image deleted while the lecture is being built', () => {
  it('stops that build at the slide that shows it, and leaves the previous outputs as they were', async () => {
    const ws = workspace();
    expect(build(ws).status).toBe(0);
    const before = snapshot(path.join(ws.out, 'water-cycle'));

    const running = start(ws);
    // Once the browser has started, the lecture was loaded and its image checked.
    await waitFor(() => (readdirSync(ws.tmp).some((f) => f.startsWith('lectern-chrome-')) ? true : undefined));
    renameSync(path.join(ws.root, 'content', 'water-cycle.png'), path.join(ws.root, 'water-cycle.png'));
    const { code, err } = await running.output;

    expect(code).toBe(1);
    expect(err).toContain(`${ws.lecture}:58:9  the image water-cycle.png was deleted or moved while Lectern was building`);
    expect(err).not.toMatch(/unexpectedly|ENOENT|\n\s+at /);
    expect(snapshot(path.join(ws.out, 'water-cycle'))).toEqual(before);
    expect(existsSync(path.join(ws.root, 'content', 'water-cycle.png'))).toBe(false);
  }, 90_000);
});
