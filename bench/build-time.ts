/**
 * Times whole commands as a teacher runs them, alternating them so that a noisy machine
 * affects each alike, and compares Lectern with Marp CLI making the same decks:
 *   (a) the MTCR lecture: Lectern's every output against Marp CLI making its deck's HTML,
 *       PDF and PPTX (three runs, summed: what a teacher runs for the three deck files),
 *       and against `marp --pdf` alone;
 *   (b) a generated course of 30 lectures of 20 slides: Lectern's every output against
 *       `marp -I <dir> --pdf` of the 30 decks;
 *   and a rebuild with nothing changed;
 *   (c) watch mode on the MTCR lecture: the time from saving an edit to every output of the
 *       lecture being refreshed, for edits of different kinds;
 *   (d) a lecture with 50 formulas (maths and chemistry), every output, against MTCR.
 * Run: npm run bench (BENCH_ROUNDS=n to change the 3 rounds; BENCH_PARTS=a,c to run some parts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../src/make/print/find-browser.js';
import { generateCourse } from './generate-course.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'a,b,c,d').split(','));
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
/** Marp CLI converting to `to` (HTML, its default, when absent), with Lectern's theme. */
const marpTo = (to: '--pdf' | '--pptx' | undefined, ...args: string[]) => [
  'node_modules/@marp-team/marp-cli/marp-cli.js', '--no-config-file', ...(to ? [to, '--browser-path', browser.path] : []), '--theme', 'templates/themes/lectern.css', ...args,
];
const marp = (...args: string[]) => marpTo('--pdf', ...args);

// (a) MTCR
const mtcrOut = path.join(work, 'mtcr');
const a = { lectern: [] as number[], pdf: [] as number[], html: [] as number[], pptx: [] as number[], unchanged: [] as number[] };
const mtcrDeck = path.join(mtcrOut, 'mtcr', 'deck.md');
const marpMtcr = (to: '--pdf' | '--pptx' | undefined, ext: string) => marpTo(to, mtcrDeck, '-o', path.join(work, `marp-mtcr.${ext}`));
if (PARTS.has('a')) {
  time(lectern('content/mtcr.yaml', mtcrOut)); // warm-up, and deck.md for Marp CLI
  time(marpMtcr('--pptx', 'pptx')); // warm-up: Marp CLI's modules read once before timing, as Lectern's are
}
for (let i = 0; PARTS.has('a') && i < ROUNDS; i++) {
  a.html.push(time(marpMtcr(undefined, 'html')));
  a.pdf.push(time(marpMtcr('--pdf', 'pdf')));
  a.pptx.push(time(marpMtcr('--pptx', 'pptx')));
  a.lectern.push(time(lectern('content/mtcr.yaml', mtcrOut, '--force')));
  a.unchanged.push(time(lectern('content/mtcr.yaml', mtcrOut)));
}
// The three deck files Marp CLI makes, a round's three runs added up (the PDF run is the one timed alone too).
const marpAll = a.html.map((h, i) => h + a.pdf[i]! + a.pptx[i]!);

// (b) the generated course
const course = path.join(work, 'course');
const courseOut = path.join(work, 'course-out');
const decks = path.join(work, 'decks');
const b = { lectern: [] as number[], marp: [] as number[] };
if (PARTS.has('b')) {
  generateCourse(course, 30, 20);
  time(lectern(course, courseOut));
  mkdirSync(decks);
  for (const l of readdirSync(courseOut).filter((d) => existsSync(path.join(courseOut, d, 'deck.md')))) cpSync(path.join(courseOut, l, 'deck.md'), path.join(decks, `${l}.md`));
}
for (let i = 0; PARTS.has('b') && i < ROUNDS; i++) {
  const marpOut = path.join(work, 'marp-course');
  rmSync(marpOut, { recursive: true, force: true });
  b.marp.push(time(marp('-I', decks, '-o', marpOut)));
  b.lectern.push(time(lectern(course, courseOut, '--force')));
}

// (d) maths: the 50-formula lecture and MTCR (no maths), alternating
const d = { maths: [] as number[], mtcr: [] as number[] };
const fifty = 'tests/fixtures/maths/fifty-formulas.yaml';
if (PARTS.has('d')) time(lectern(fifty, path.join(work, 'maths')));
for (let i = 0; PARTS.has('d') && i < ROUNDS; i++) {
  d.maths.push(time(lectern(fifty, path.join(work, 'maths'), '--force')));
  d.mtcr.push(time(lectern('content/mtcr.yaml', path.join(work, 'mtcr-d'), '--force')));
}

// (c) watch mode: save an edit, wait for the rebuilt line. Each edit is made and undone
// in turn, so every save changes the lecture.
const c = new Map<string, number[]>();
if (PARTS.has('c')) await timeWatch();

async function timeWatch(): Promise<void> {
const watched = path.join(work, 'watch');
mkdirSync(path.join(watched, 'content'), { recursive: true });
const lecture = path.join(watched, 'content', 'mtcr.yaml');
cpSync('content/mtcr.yaml', lecture);
const edits: [string, string, string][] = [
  ['a speaker note', 'Ask the class why both payload and range matter.', 'Ask the class why payload and range both matter.'],
  ['a quiz question', 'In which year was the MTCR established?', 'In what year was the MTCR established?'],
  ['a key fact', 'value: 500 kg', 'value: "500 kg+"'],
  ['a bullet with a key term', 'prevent the proliferation of missile', 'prevent the spread of missile'],
];
const watcher = spawn(process.execPath, [path.resolve('dist/bin/lectern.js'), 'watch', 'content', '--out', 'output', '--port', '0'], { cwd: watched });
let log = '';
watcher.stdout.on('data', (d: Buffer) => void (log += d.toString()));
watcher.stderr.on('data', (d: Buffer) => void (log += d.toString()));
const lines = (pattern: RegExp) => log.split('\n').filter((l) => pattern.test(l)).length;
// Each rebuild ends with the summary line `lectern build` prints too.
const FINISHED = /\d+ built, \d+ unchanged, \d+ failed in/;
async function until(check: () => boolean): Promise<void> {
  for (const started = Date.now(); !check(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() - started > 60_000) throw new Error(`watch did not answer:\n${log}`);
  }
}
await until(() => log.includes('Watching'));
for (const [what] of edits) c.set(what, []);
try {
for (let i = 0; i < ROUNDS * 2; i++) {
  for (const [what, from, to] of edits) {
    const text = readFileSync(lecture, 'utf8');
    const done = lines(FINISHED);
    const started = performance.now();
    writeFileSync(lecture, i % 2 === 0 ? text.replace(from, to) : text.replace(to, from));
    await until(() => lines(FINISHED) > done);
    c.get(what)!.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 300));
  }
}
} finally {
  watcher.kill('SIGINT');
}
}

const m = (xs: number[]) => median(xs);
console.log(`Median of ${ROUNDS} rounds, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
if (PARTS.has('a')) {
console.log('(a) MTCR lecture');
console.log(`    Marp CLI, deck HTML:                     ${s(m(a.html))}`);
console.log(`    Marp CLI, deck PDF:                      ${s(m(a.pdf))}`);
console.log(`    Marp CLI, deck PPTX:                     ${s(m(a.pptx))}`);
console.log(`    Marp CLI, HTML + PDF + PPTX (3 runs):    ${s(m(marpAll))}`);
console.log(`    Lectern, deck + 8 handouts (12 files):   ${s(m(a.lectern))}`);
console.log(`      ÷ Marp CLI's HTML + PDF + PPTX:        ${(m(a.lectern) / m(marpAll)).toFixed(2)}× (target ≤ 0.40×)`);
console.log(`      ÷ Marp CLI's PDF alone:                ${(m(a.lectern) / m(a.pdf)).toFixed(2)}× (target ≤ 1.3×)`);
console.log(`    Lectern, rebuild with nothing changed:   ${s(m(a.unchanged))}   ${((m(a.unchanged) / m(a.lectern)) * 100).toFixed(0)}% of a full build (target < 10%)`);
}
if (PARTS.has('b')) {
console.log('(b) 30 lectures × 20 slides');
console.log(`    Marp CLI, 30 deck PDFs (-I):             ${s(m(b.marp))}`);
console.log(`    Lectern, every output of 30 lectures:    ${s(m(b.lectern))}   ratio ${(m(b.lectern) / m(b.marp)).toFixed(2)}× (target ≤ 1.0×)`);
}
if (PARTS.has('c')) console.log('(c) watch mode, MTCR lecture: from saving an edit to its outputs refreshed (target ≤ 1 s)');
for (const [what, times] of c) console.log(`    ${what.padEnd(38)} ${s(m(times))}`);
if (PARTS.has('d')) {
console.log('(d) maths: every output');
console.log(`    MTCR (25 slides, no maths):              ${s(m(d.mtcr))}`);
console.log(`    50 formulas (14 slides, 10 with \\ce):    ${s(m(d.maths))}`);
}
rmSync(work, { recursive: true, force: true });
