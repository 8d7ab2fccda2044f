/**
 * A mistyped flag stops the command at once with exit 1 and a message that says what was
 * typed and what to type instead, never "failed unexpectedly" nor a stack trace.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLectern } from '../helpers/run-main.js';

const lecture = 'content/mtcr.yaml';
const outDir = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'lectern-flags-')), 'out');

async function refused(argv: string[], message: string | RegExp): Promise<void> {
  const run = await runLectern(argv);
  expect(run.code, `${argv.join(' ')}\n${run.err}`).toBe(1);
  if (typeof message === 'string') expect(run.err).toContain(message);
  else expect(run.err).toMatch(message);
  expect(run.err).not.toContain('failed unexpectedly');
  expect(run.err).not.toMatch(/\n\s+at /);
  expect(run.out).not.toMatch(/built, \d+ unchanged/);
}

describe('lectern watch --port', () => {
  it('refuses a port out of range or not a number, saying what was typed', async () => {
    await refused(['watch', lecture, '-o', outDir(), '--port', '99999'], '--port: "99999" is not a port; use a whole number from 0 to 65535, e.g. --port 4700 (0 picks a free one)');
    await refused(['watch', lecture, '-o', outDir(), '--port', 'abc'], '--port: "abc" is not a port;');
    await refused(['watch', lecture, '-o', outDir(), '--port', ''], '--port: "" is not a port;');
    await refused(['watch', lecture, '-o', outDir(), '--port', '80.5'], '--port: "80.5" is not a port;');
  });

  it('says which port is in use by another program and what to try instead', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as AddressInfo;
    try {
      await refused(['watch', lecture, '-o', outDir(), '--port', String(port)], `port ${port} is in use by another program: try --port ${port + 1}, or stop that program`);
    } finally {
      other.close();
    }
  });
});

describe('empty and malformed flags', () => {
  it('refuses an empty output or templates folder name', async () => {
    for (const command of ['build', 'watch']) {
      await refused([command, lecture, '-o', ''], '-o: "" is not a folder name (use e.g. -o output)');
      await refused([command, lecture, '-o', outDir(), '-t', ''], '-t: "" is not a folder name (use e.g. -t templates)');
    }
    await refused(['index', '-o', ''], '-o: "" is not a folder name (use e.g. -o output)');
  });

  it('refuses an empty --only and --shard instead of quietly building everything', async () => {
    await refused(['build', lecture, '-o', outDir(), '--only', ''], '--only: "" names no output (use e.g. --only deck,quiz;');
    await refused(['build', lecture, '-o', outDir(), '--only', ' , '], '--only: " , " names no output');
    await refused(['build', lecture, '-o', outDir(), '--shard', ''], '--shard: "" is not a shard; write i/n with 1 ≤ i ≤ n, e.g. --shard 2/4');
  });

  it('takes only whole numbers written as digits for --seed and --per-page', async () => {
    for (const seed of ['', ' ', '1e3', '-1', '2.5', 'abc']) {
      await refused(['build', lecture, '-o', outDir(), '--seed', seed], `--seed: "${seed}" is not a whole number from 0 to 4294967295 (use e.g. --seed 2)`);
    }
    for (const perPage of ['', '2.0', '0x2', '5']) {
      await refused(['build', lecture, '-o', outDir(), '--per-page', perPage], `--per-page: "${perPage}" is not allowed (use 1, 2, 3, 4, 6, 9)`);
    }
  });

  it('refuses an empty lecture path, naming it', async () => {
    await refused(['validate', ''], 'an empty path is not a lecture file or folder (use e.g. content)');
  });

  it('refuses an unknown flag, and says where to see the flags there are', async () => {
    await refused(['build', '--frob'], /unknown option '--frob'[\s\S]*lectern build --help/);
    await refused(['build', '--forse'], /unknown option '--forse'[\s\S]*Did you mean --force\?/);
    await refused(['watch', '--prot', '8080'], /unknown option '--prot'[\s\S]*Did you mean --port\?/);
  });
});

describe('--large-print and --dyslexia-friendly', () => {
  it('are taken by build and by watch, and described in their help', async () => {
    for (const command of ['build', 'watch']) {
      // Help wraps its lines to the terminal: read as one line.
      const help = (await runLectern([command, '--help'])).out.replace(/\s+/g, ' ');
      expect(help).toContain('--large-print handouts in large print: their own text at 18 pt or more');
      expect(help).toContain('--dyslexia-friendly handouts in a dyslexia-friendly face (Atkinson Hyperlegible)');
    }
  });
});
