/**
 * The JSON Schema of the lecture format, made from the same zod schema that validates
 * lectures, for editors that offer completion and hover help (VS Code's YAML extension
 * reads `# yaml-language-server: $schema=…`). schema/lecture.schema.json is this output.
 */
import { z } from 'zod';
import { LectureSchema } from './schema.js';

export function lectureJsonSchema(): string {
  const schema = z.toJSONSchema(LectureSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Lectern lecture' }, null, 2)}\n`;
}
