/**
 * What the teacher sees while building. On a terminal: one live line per lecture, its
 * outputs ticking off as they are made. In CI or when piped: one plain line per finished
 * output. Always: problems, and a summary at the end.
 */
import path from 'node:path';
import type { LectureEvents } from '../pipeline/run-lectures.js';
import { CHANGES_FILE } from '../course/changes.js';
import { OUTPUTS } from '../outputs/registry.js';
import { slashes } from '../paths.js';
import type { Io } from './io.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress extends LectureEvents {
  line(text: string): void;
  summary(count: { built: number; unchanged: number; failed: number }, ms: number): void;
}

export function createProgress(io: Io): Progress {
  const live = io.tty === true;
  // Lectures in progress (several build at once), with the outputs made so far.
  const current = new Map<string, string[]>();
  let frame = 0;
  let timer: NodeJS.Timeout | undefined;
  // The warnings printed in this build (a course.yaml's come with every lecture under it).
  const warned = new Set<string>();
  const draw = () => {
    if (!live || current.size === 0) return;
    frame += 1;
    const parts = [...current].map(([shown, made]) => `${shown}/ ${made.map((m) => `${m} ✓`).join(' ')}`);
    io.out(`\r\x1b[K${SPINNER[frame % SPINNER.length]} ${parts.join('  |  ')}`);
  };
  /** Clears the live line before printing a finished one; it is redrawn after. */
  const print = (write: () => void, done?: string) => {
    if (live && current.size > 0) io.out('\r\x1b[K');
    if (done) current.delete(done);
    write();
    draw();
  };
  return {
    started(shown) {
      if (!live) return;
      current.set(shown, []);
      timer ??= setInterval(draw, 100);
      draw();
    },
    made(shown, output) {
      current.get(shown)?.push(output);
      draw();
    },
    finished(shown, result) {
      print(() => {
        if (result.outputs.length === 0 && result.removed.length === 0) {
          io.out(`· ${shown}/  unchanged\n`);
          // Outputs asked for but with nothing to show are said, even when nothing was written,
          // and so is what a kept file leaves out (a question Kahoot cannot take).
          for (const notice of [...result.skipped, ...result.notices]) io.out(`  · ${notice}\n`);
          return;
        }
        // The outputs themselves, as the registry names them, and CHANGES.md: not the images beside the deck or the thumbnail.
        const files = result.outputs.map((o) => slashes(path.relative(result.outDir, o))).filter((n) => n === CHANGES_FILE || OUTPUTS.some((k) => k.file === n));
        const size = result.slides > 0 ? `${result.slides} slides, ` : '';
        if (live) io.out(`✓ ${shown}/  ${files.join(', ')}  (${size}${seconds(result.ms)})\n`);
        else {
          for (const f of files) io.out(`✓ ${shown}/${f}\n`);
          io.out(`  ${shown}/: ${size}${seconds(result.ms)}\n`);
        }
        for (const file of result.removed) io.out(`− ${shown}/${file}  removed: no longer among the outputs asked for\n`);
        for (const change of result.changes) io.out(`  ${change}\n`);
        for (const notice of [...result.skipped, ...result.notices]) io.out(`  · ${notice}\n`);
        // A course.yaml's warning comes with each lecture under it: said once a build.
        for (const warning of result.warnings.filter((w) => !warned.has(w))) {
          warned.add(warning);
          io.err(`${warning}\n`);
        }
      }, shown);
    },
    failed(shown, file, message) {
      print(() => io.err(`✗ ${file}\n${message}\n`), shown);
    },
    line(text) {
      print(() => io.out(`${text}\n`));
    },
    summary(count, ms) {
      warned.clear();
      clearInterval(timer);
      timer = undefined;
      if (live && current.size > 0) io.out('\r\x1b[K');
      current.clear();
      io.out(`${count.built} built, ${count.unchanged} unchanged, ${count.failed} failed in ${seconds(ms)}\n`);
    },
  };
}
