/**
 * Times whole commands as a teacher runs them, alternating them so that a noisy machine
 * affects each alike, and compares Lectern with Marp CLI making the PDF of the same decks:
 *   (a) the MTCR lecture: Lectern's every output against `marp --pdf` of its deck;
 *   (b) a generated course of 30 lectures of 20 slides: Lectern's every output against
 *       `marp -I <dir> --pdf` of the 30 decks;
 *   and a rebuild with nothing changed. Run: npm run bench (BENCH_ROUNDS=n to change the 3 rounds).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../src/print/find-browser.js';
import { generateCourse } from './generate-course.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));
const browser = await findBrowser();
if (!browser) throw new Error('no browser found');

function time(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const lectern = (input: string, out: string, ...extra: string[]) => ['dist/bin/lectern.js', 'build', input, '--out', out, ...extra];
const marp = (...args: string[]) => ['node_modules/@marp-team/marp-cli/marp-cli.js', '--no-config-file', '--pdf', '--browser-path', browser.path, '--theme', 'templates/themes/lectern.css', ...args];

// (a) MTCR
const mtcrOut = path.join(work, 'mtcr');
time(lectern('content/mtcr.yaml', mtcrOut)); // warm-up, and deck.md for Marp CLI
const a = { lectern: [] as number[], marp: [] as number[], unchanged: [] as number[] };
for (let i = 0; i < ROUNDS; i++) {
  a.marp.push(time(marp(path.join(mtcrOut, 'mtcr', 'deck.md'), '-o', path.join(work, 'marp-mtcr.pdf'))));
  a.lectern.push(time(lectern('content/mtcr.yaml', mtcrOut, '--force')));
  a.unchanged.push(time(lectern('content/mtcr.yaml', mtcrOut)));
}

// (b) the generated course
const course = path.join(work, 'course');
generateCourse(course, 30, 20);
const courseOut = path.join(work, 'course-out');
time(lectern(course, courseOut));
const decks = path.join(work, 'decks');
mkdirSync(decks);
for (const l of readdirSync(courseOut).filter((d) => existsSync(path.join(courseOut, d, 'deck.md')))) cpSync(path.join(courseOut, l, 'deck.md'), path.join(decks, `${l}.md`));
const b = { lectern: [] as number[], marp: [] as number[] };
for (let i = 0; i < ROUNDS; i++) {
  const marpOut = path.join(work, 'marp-course');
  rmSync(marpOut, { recursive: true, force: true });
  b.marp.push(time(marp('-I', decks, '-o', marpOut)));
  b.lectern.push(time(lectern(course, courseOut, '--force')));
}

const m = (xs: number[]) => median(xs);
console.log(`Median of ${ROUNDS} rounds, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log('(a) MTCR lecture (28 slides)');
console.log(`    Marp CLI, deck PDF only:                 ${s(m(a.marp))}`);
console.log(`    Lectern, deck + 8 handouts (12 files):   ${s(m(a.lectern))}   ratio ${(m(a.lectern) / m(a.marp)).toFixed(2)}× (target ≤ 1.2×)`);
console.log(`    Lectern, rebuild with nothing changed:   ${s(m(a.unchanged))}   ${((m(a.unchanged) / m(a.lectern)) * 100).toFixed(0)}% of a full build (target < 10%)`);
console.log('(b) 30 lectures × 20 slides');
console.log(`    Marp CLI, 30 deck PDFs (-I):             ${s(m(b.marp))}`);
console.log(`    Lectern, every output of 30 lectures:    ${s(m(b.lectern))}   ratio ${(m(b.lectern) / m(b.marp)).toFixed(2)}× (target ≤ 1.0×)`);
rmSync(work, { recursive: true, force: true });
