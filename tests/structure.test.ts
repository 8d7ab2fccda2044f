/**
 * The shape of the code, checked as the issue that set it asks: no import cycles in src/
 * (type-only imports count, as `npx madge --circular --extensions ts src` counts them), and
 * no source file over 300 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const sources = (readdirSync('src', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join('src', f));

describe('the source tree', () => {
  it('has no import cycles', async () => {
    const graph = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
    // The graph is real: the CLI reaches the pipeline, which reaches every output.
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(80);
    expect(graph.obj()['pipeline/build-lecture.ts']).toContain('pipeline/make-outputs.ts');
    expect(graph.circular()).toEqual([]);
  });

  it('has no file over 300 lines', () => {
    const long = sources.map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length })).filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});
