/** Writes schema/lecture.schema.json from the lecture schema (npm run schema). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lectureJsonSchema } from '../load/json-schema.js';
import { packageRoot } from '../paths.js';

const file = path.join(packageRoot, 'schema', 'lecture.schema.json');
writeFileSync(file, lectureJsonSchema());
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
