/** Writes schema/lecture.schema.json and schema/course.schema.json from the schemas (npm run schema). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseJsonSchema, lectureJsonSchema, SCHEMA_FILES } from '../load/json-schema.js';

for (const [file, text] of [
  [SCHEMA_FILES.lecture, lectureJsonSchema()],
  [SCHEMA_FILES.course, courseJsonSchema()],
] as const) {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
