/** `lectern index`: output/index.html from the lectures built into the output folder (e.g. by several shards). */
import { writeCourseIndex } from '../../course/index-page.js';
import { loadLabels } from '../../make/labels.js';
import { userTemplates } from '../../pipeline/context.js';
import type { Io } from '../io.js';

export function runIndex(options: { out: string; templates?: string }, io: Io): number {
  const templates = userTemplates(options.templates);
  writeCourseIndex(options.out, templates, loadLabels(templates).labels);
  io.out(`✓ ${options.out}/index.html\n`);
  return 0;
}
