/**
 * One fixture lecture built, only the outputs a test reads, in a folder of its own: the files by
 * name, and the build's browser to close after the tests.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildLecture } from '../../src/pipeline/build-lecture.js';
import { createBuildContext, type BuildOptions } from '../../src/pipeline/context.js';

const FIXTURES = path.join(__dirname, '../fixtures');

/** `fixture` is a path under tests/fixtures, e.g. "maths/physics.yaml". */
export function builtFixture(fixture: string, options: Omit<BuildOptions, 'outDir'>) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-fixture-'));
  const context = createBuildContext({ ...options, outDir: out });
  const name = path.basename(fixture, '.yaml');
  const source = path.join(FIXTURES, fixture);
  return {
    build: () => buildLecture({ file: source, outPath: name, root: path.dirname(source) }, context),
    file: (output: string) => path.join(out, name, `${output}.pdf`),
    close: () => context.browser.close(),
  };
}
