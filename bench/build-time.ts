/**
 * Times whole commands as a teacher runs them, alternating them so that a noisy machine
 * affects each alike: Lectern's deck alone, Lectern's every output, and Marp CLI turning
 * the same deck into a PDF. Prints medians and ratios. Run: npm run bench
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../src/print/find-browser.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));
const lectern = ['dist/bin/lectern.js', 'build', 'content/mtcr.yaml', '--out', out];

function time(command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const browser = await findBrowser();
if (!browser) throw new Error('no browser found');

// One build first, so deck.md exists for Marp CLI and caches are warm for everyone.
time(process.execPath, lectern);
const marpPdf = path.join(out, 'marp.pdf');
const marp = [
  'node_modules/@marp-team/marp-cli/marp-cli.js',
  path.join(out, 'mtcr', 'deck.md'),
  '--no-config-file', '--pdf', '--browser-path', browser.path,
  '--theme', 'templates/themes/lectern.css', '-o', marpPdf,
];

const runs = { deck: [] as number[], all: [] as number[], marp: [] as number[] };
for (let i = 0; i < ROUNDS; i++) {
  rmSync(marpPdf, { force: true });
  runs.marp.push(time(process.execPath, marp));
  if (!existsSync(marpPdf)) throw new Error('Marp CLI made no PDF');
  runs.deck.push(time(process.execPath, [...lectern, '--only', 'deck']));
  runs.all.push(time(process.execPath, lectern));
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const m = { deck: median(runs.deck), all: median(runs.all), marp: median(runs.marp) };
console.log(`MTCR lecture, median of ${ROUNDS} rounds on ${os.cpus().length} cores:`);
console.log(`  Marp CLI, deck.md → PDF:               ${s(m.marp)}`);
console.log(`  Lectern, deck (md, html, pdf, pptx):    ${s(m.deck)}   ${(m.deck / m.marp).toFixed(2)}× Marp CLI's PDF`);
console.log(`  Lectern, deck and all 8 handouts:       ${s(m.all)}   ${(m.all / m.marp).toFixed(2)}× Marp CLI's PDF`);
console.log(`  the handouts add:                      ${s(m.all - m.deck)}`);
