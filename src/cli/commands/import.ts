/**
 * `lectern import <file> [-o out.yaml]`: notes a teacher already has, as a lecture draft
 * that validates and builds, with a short report of what was read, what was left out and
 * why, and what to check.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../../errors.js';
import { importNotes } from '../../import/import-notes.js';
import { writeDraft } from '../../import/write-draft.js';
import { schemaPathFrom } from '../../paths.js';
import type { Io } from '../io.js';
import { lectureFile, makeFolderFor, shellPath } from '../lecture-path.js';

export async function runImport(file: string, options: { out?: string }, io: Io): Promise<number> {
  if (!existsSync(file)) throw new LecternError(`${file}: no such file. Give the path of your notes, e.g. lectern import notes/photosynthesis.txt`);
  const name = path.basename(file, path.extname(file));
  const out = lectureFile(options.out ?? path.join('content', `${name}.yaml`), name);
  const shown = path.relative(process.cwd(), out) || out;
  if (existsSync(out)) throw new LecternError(`${shown} already exists: Lectern never writes over a lecture. Name another file with -o, e.g. lectern import ${shellPath(file)} -o ${shellPath(shown.replace(/\.ya?ml$/i, '-2.yaml'))}`);
  const { draft, pictures } = await importNotes(file, out);
  const yaml = writeDraft(draft, { schema: schemaPathFrom(path.dirname(out), 'lecture.schema.json'), from: path.basename(file) });
  makeFolderFor(out);
  for (const picture of pictures) {
    const target = path.join(path.dirname(out), picture.name);
    if (!existsSync(target)) writeFileSync(target, picture.data);
  }
  writeFileSync(out, yaml, { flag: 'wx' });

  const slides = draft.sections.reduce((n, s) => n + s.slides.length, 0);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  io.out(`✓ ${shown}: ${count(draft.sections.length, 'section')}, ${count(slides, 'slide')}${pictures.length > 0 ? `, ${count(pictures.length, 'picture')}` : ''}\n`);
  for (const d of draft.dropped) io.out(`  left out: "${d.text}" (${d.times === 1 ? 'once' : `${d.times} times`}): ${d.reason}\n`);
  const lines = yaml.split('\n');
  const marked = lines.flatMap((l, i) => (/^\s*# (check|suggestion):/.test(l) ? [`  ${shown}:${i + 1}  ${l.trim().slice(2)}`] : []));
  for (const line of marked) io.out(`${line}\n`);
  io.out(`Read it through, then: lectern build ${shellPath(shown)}\n`);
  return 0;
}
