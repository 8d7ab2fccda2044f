/** A slide that cannot fit even in the smallest type: said at its place, its title cut short. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLectern } from '../../helpers/run-main.js';

describe('a slide that does not fit', () => {
  it('is named by file:line:column and at most 60 characters of its 25 KB title', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-no-fit-'));
    const file = path.join(work, 'long.yaml');
    const title = 'Word '.repeat(5000).trim();
    writeFileSync(file, `title: T\nsections:\n  - title: S\n    slides:\n      - title: ${title}\n        notes: n\n        bullets: [x]\n`);
    const run = await runLectern(['build', file, '--out', path.join(work, 'out'), '--only', 'deck-md']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${file}:5:9  slide 3 "${'Word '.repeat(12)}…" does not fit on a slide, even in the smallest type`);
    expect(run.err.length).toBeLessThan(1000);
  });

  it('is the title slide or a divider, each named at its place in the file', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-no-fit-'));
    const file = path.join(work, 'long.yaml');
    const long = 'Word '.repeat(5000).trim();
    writeFileSync(file, `title: T\nsubtitle: ${long}\nsections:\n  - title: ${long}\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n`);
    const run = await runLectern(['build', file, '--out', path.join(work, 'out'), '--only', 'deck-md']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${file}:1:8  the title slide (title, subtitle, course, author) does not fit on a slide`);
    expect(run.err).toContain(`${file}:4:12  the divider of section "${'Word '.repeat(12)}…" does not fit on a slide`);
    expect(run.err.length).toBeLessThan(1000);
  });

  it('with a code block too long for any slide, says how many lines it has and that the teacher splits it', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-no-fit-'));
    const file = path.join(work, 'code.yaml');
    const code = Array.from({ length: 45 }, (_, i) => `            x${i} = ${i}`).join('\n');
    writeFileSync(file, `title: T\nsections:\n  - title: S\n    slides:\n      - title: Listing\n        notes: n\n        bullets:\n          - |\n            \`\`\`python\n${code}\n            \`\`\`\n`);
    const run = await runLectern(['build', file, '--out', path.join(work, 'out'), '--only', 'deck-md']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `${file}:5:9  slide 3 "Listing" does not fit on a slide, even in the smallest type: its code block has 45 lines, and a block is never split (about 25 fit a slide); put the lines in two blocks, in two bullets or on two slides`,
    );
  });
});
