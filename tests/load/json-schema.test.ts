import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { courseJsonSchema, lectureJsonSchema } from '../../src/load/json-schema.js';
import { checkLectureFile } from '../../src/load/load-lecture.js';

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

describe('schema/course.schema.json', () => {
  it('is what the course schema generates, and accepts the course.yaml files of the fixtures', () => {
    const committedCourse = readFileSync('schema/course.schema.json', 'utf8');
    expect(committedCourse).toBe(courseJsonSchema());
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committedCourse) as object);
    for (const file of ['tests/fixtures/course/course.yaml', 'tests/fixtures/course/physics/course.yaml', 'tests/fixtures/logo/course.yaml']) {
      expect(validate(parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ outputs: ['deck', 'quizz'] })).toBe(false);
  });
});

describe('editor help for lectures at any depth', () => {
  it('is given by .vscode/settings.json for every lecture and course.yaml under content/', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({
      './schema/lecture.schema.json': ['content/**/*.yaml', '!content/**/course.yaml'],
      './schema/course.schema.json': ['content/**/course.yaml'],
    });
    for (const file of Object.keys(settings['yaml.schemas'])) expect(existsSync(file), file).toBe(true);
  });

  it('warns, with the line to write, when a $schema line copied into a deeper folder points at nothing', () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'lectern-schema-line-'));
    mkdirSync(path.join(content, 'physics'));
    const lecture = path.join(content, 'physics', 'waves.yaml');
    const body = 'title: Waves\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n';
    writeFileSync(lecture, `# yaml-language-server: $schema=../schema/lecture.schema.json\n${body}`);
    const [problem] = checkLectureFile(lecture).problems;
    const right = path.relative(path.dirname(lecture), path.resolve('schema/lecture.schema.json')).split(path.sep).join('/');
    expect(problem).toMatchObject({ line: 1, column: 33, severity: 'warning', hint: `write # yaml-language-server: $schema=${right}` });
    writeFileSync(lecture, `# yaml-language-server: $schema=${right}\n${body}`);
    expect(checkLectureFile(lecture).problems).toEqual([]);
  });
});
