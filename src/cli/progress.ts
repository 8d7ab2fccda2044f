/**
 * What the teacher sees while building. On a terminal: one live line per lecture, its
 * outputs ticking off as they are made. In CI or when piped: one plain line per finished
 * output. Always: problems, and a summary at the end.
 */
import path from 'node:path';
import type { LectureResult } from '../build/build-lecture.js';
import type { Io } from './main.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress {
  started(shown: string): void;
  made(shown: string, file: string): void;
  finished(shown: string, result: LectureResult): void;
  failed(file: string, message: string): void;
  line(text: string): void;
  summary(count: { built: number; unchanged: number; failed: number }, ms: number): void;
}

export function createProgress(io: Io): Progress {
  const live = io.tty === true;
  let current: { shown: string; made: string[]; frame: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    if (!current) return;
    current.frame += 1;
    io.out(`\r\x1b[K${SPINNER[current.frame % SPINNER.length]} ${current.shown}/  ${current.made.map((m) => `${m} ✓`).join('  ')}`);
  };
  const clear = () => {
    if (live && current) io.out('\r\x1b[K');
    clearInterval(timer);
    current = undefined;
  };
  return {
    started(shown) {
      if (!live) return;
      current = { shown, made: [], frame: 0 };
      timer = setInterval(draw, 100);
      draw();
    },
    made(shown, file) {
      if (live && current?.shown === shown) {
        current.made.push(file);
        draw();
      }
    },
    finished(shown, result) {
      clear();
      if (result.outputs.length === 0) {
        io.out(`· ${shown}/  unchanged\n`);
        return;
      }
      const files = result.outputs.map((o) => path.relative(result.outDir, o)).filter((n) => !n.startsWith('images') && n !== 'thumbnail.png');
      const size = result.slides > 0 ? `${result.slides} slides, ` : '';
      if (live) io.out(`✓ ${shown}/  ${files.join(', ')}  (${size}${seconds(result.ms)})\n`);
      else {
        for (const f of files) io.out(`✓ ${shown}/${f}\n`);
        io.out(`  ${shown}/: ${size}${seconds(result.ms)}\n`);
      }
      for (const change of result.changes) io.out(`  ${change}\n`);
      for (const notice of result.skipped) io.out(`  · ${notice}\n`);
      for (const warning of result.warnings) io.err(`${warning}\n`);
    },
    failed(file, message) {
      clear();
      io.err(`✗ ${file}\n${message}\n`);
    },
    line(text) {
      clear();
      io.out(`${text}\n`);
    },
    summary(count, ms) {
      clear();
      io.out(`${count.built} built, ${count.unchanged} unchanged, ${count.failed} failed in ${seconds(ms)}\n`);
    },
  };
}
