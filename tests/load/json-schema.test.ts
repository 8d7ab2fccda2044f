import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lectureJsonSchema } from '../../src/load/json-schema.js';

const committed = readFileSync('schema/lecture.schema.json', 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;

/** Every property of every object in the schema, with its path. */
function properties(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (!node || typeof node !== 'object') return [];
  const own = (node as { properties?: Record<string, Record<string, unknown>> }).properties ?? {};
  return [
    ...Object.entries(own).map(([k, v]): [string, Record<string, unknown>] => [`${path}/${k}`, v]),
    ...Object.entries(node).flatMap(([k, v]) => (Array.isArray(v) ? v.flatMap((x, i) => properties(x, `${path}/${k}/${i}`)) : properties(v, `${path}/${k}`))),
  ];
}

describe('schema/lecture.schema.json', () => {
  it('is exactly what the lecture schema generates, so the two cannot drift (run npm run schema after a change)', () => {
    expect(committed).toBe(lectureJsonSchema());
  });

  it('describes every field, for hover help in editors', () => {
    const fields = properties(schema);
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.filter(([, v]) => typeof v.description !== 'string').map(([p]) => p)).toEqual([]);
  });

  it('accepts the MTCR lecture and the all-layouts example, and rejects a misspelt key', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const file of ['content/mtcr.yaml', 'tests/fixtures/all-layouts/water-cycle.yaml']) {
      expect(validate(parse(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    }
    const broken = parse(readFileSync('content/mtcr.yaml', 'utf8'));
    broken.sections[0].slides[1].bulets = broken.sections[0].slides[1].bullets;
    expect(validate(broken)).toBe(false);
  });

  it('is what content/mtcr.yaml points editors at', () => {
    expect(readFileSync('content/mtcr.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/lecture.schema.json');
  });
});
