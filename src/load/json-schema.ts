/**
 * The JSON Schemas of the lecture and course.yaml formats, made from the same zod schemas
 * that validate them, for editors that offer completion and hover help (VS Code's YAML
 * extension reads `# yaml-language-server: $schema=…`, or the project's .vscode/settings.json).
 * schema/lecture.schema.json and schema/course.schema.json are this output.
 */
import path from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../paths.js';
import { CourseSchema, LectureSchema } from './schema.js';

const jsonSchema = (schema: z.ZodType, title: string) =>
  `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title }, null, 2)}\n`;

export const lectureJsonSchema = (): string => jsonSchema(LectureSchema, 'Lectern lecture');
export const courseJsonSchema = (): string => jsonSchema(CourseSchema, 'Lectern course defaults (course.yaml)');

/** Where each schema file is, in Lectern's own folder. */
export const SCHEMA_FILES = {
  lecture: path.join(packageRoot, 'schema', 'lecture.schema.json'),
  course: path.join(packageRoot, 'schema', 'course.schema.json'),
} as const;
