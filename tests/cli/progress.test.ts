import { describe, expect, it } from 'vitest';
import type { LectureResult } from '../../src/pipeline/build-lecture.js';
import { createProgress } from '../../src/cli/progress.js';

const result: LectureResult = {
  outDir: 'output/mtcr',
  outputs: ['output/mtcr/deck.pdf', 'output/mtcr/quiz.pdf', 'output/mtcr/thumbnail.png'],
  skipped: ['flashcards.pdf skipped: the lecture has no glossary'],
  removed: [],
  notices: [],
  warnings: [],
  changes: ['changed: slide 4 “Facts”'],
  slides: 28,
  ms: 5200,
};

function capture(tty: boolean) {
  let out = '';
  const progress = createProgress({ out: (t) => void (out += t), err: (t) => void (out += t), env: {}, tty });
  return { progress, text: () => out };
}

describe('build progress', () => {
  it('piped or in CI: one plain line per finished output, then the summary', () => {
    const { progress, text } = capture(false);
    progress.started('output/mtcr');
    progress.made('output/mtcr', 'deck');
    progress.finished('output/mtcr', result);
    progress.summary({ built: 1, unchanged: 0, failed: 0 }, 5300);
    expect(text()).toBe(
      '✓ output/mtcr/deck.pdf\n✓ output/mtcr/quiz.pdf\n  output/mtcr/: 28 slides, 5.2s\n  changed: slide 4 “Facts”\n  · flashcards.pdf skipped: the lecture has no glossary\n1 built, 0 unchanged, 0 failed in 5.3s\n',
    );
    expect(text()).not.toContain('\x1b');
  });

  it('on a terminal: a live line that ticks off outputs as they are made, then one line per lecture', () => {
    const { progress, text } = capture(true);
    progress.started('output/mtcr');
    progress.made('output/mtcr', 'deck');
    progress.made('output/mtcr', 'quiz');
    expect(text()).toContain('\r\x1b[K');
    expect(text()).toMatch(/output\/mtcr\/ deck ✓ quiz ✓$/);
    // Another lecture building alongside shares the live line.
    progress.started('output/waves');
    expect(text()).toMatch(/output\/mtcr\/ deck ✓ quiz ✓ {2}\| {2}output\/waves\/ $/);
    progress.finished('output/mtcr', result);
    expect(text()).toContain('\r\x1b[K✓ output/mtcr/  deck.pdf, quiz.pdf  (28 slides, 5.2s)\n  changed: slide 4 “Facts”\n  · flashcards.pdf skipped: the lecture has no glossary\n');
    // The live line comes back for the lecture still building, then goes at the end.
    expect(text()).toMatch(/glossary\n[\s\S]*output\/waves\/ $/);
    progress.summary({ built: 1, unchanged: 0, failed: 0 }, 6000);
    expect(text().endsWith('\r\x1b[K1 built, 0 unchanged, 0 failed in 6.0s\n')).toBe(true);
  });

  it('says why an output asked for was not made, even when nothing was written', () => {
    const { progress, text } = capture(false);
    progress.finished('output/mtcr', { ...result, outputs: [], changes: [] });
    expect(text()).toBe('· output/mtcr/  unchanged\n  · flashcards.pdf skipped: the lecture has no glossary\n');
  });
});

describe('warnings from a course.yaml', () => {
  // Each lecture under a course.yaml carries its warnings ("course: Biology #101": "#101" is a
  // comment); a build of twelve lectures printed the same warning twelve times.
  const courseWarning = 'content/course.yaml:1:17  warning: YAML reads " #" as the start of a comment, so "#101" is left out of the text';
  const lecture = (name: string): LectureResult => ({ ...result, outDir: `output/${name}`, skipped: [], changes: [], warnings: [courseWarning, `content/${name}.yaml:5:9  warning: slide "A" has no speaker notes`] });

  it('are printed once a build, beside each lecture its own', () => {
    const { progress, text } = capture(false);
    for (const name of ['cells', 'genes']) progress.finished(`output/${name}`, lecture(name));
    progress.summary({ built: 2, unchanged: 0, failed: 0 }, 100);
    expect(text().split(courseWarning)).toHaveLength(2);
    expect(text()).toContain('content/cells.yaml:5:9');
    expect(text()).toContain('content/genes.yaml:5:9');
    // The next build (lectern watch) says it again.
    progress.finished('output/cells', lecture('cells'));
    expect(text().split(courseWarning)).toHaveLength(3);
  });
});
