/**
 * `lectern new <path>`: a ready-to-edit lecture at <path>.yaml that shows every layout once,
 * with comments that explain each key and a $schema line that works from where the file is;
 * in a folder that does not exist yet, a course.yaml beside it. It validates and builds as
 * it is. The starter files are templates (templates/new/), so a school can make its own.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { LecternError } from '../../errors.js';
import { schemaPathFrom } from '../../paths.js';
import { compileTemplate, TemplateSet } from '../../make/template-set.js';
import { titleFromName } from '../../import/draft.js';
import type { Io } from '../io.js';
import { lectureFile, makeFolderFor, shellPath } from '../lecture-path.js';

export interface NewOptions {
  templates?: string;
}


const json = (text: string) => JSON.stringify(text);

export function runNew(target: string, options: NewOptions, io: Io): number {
  const file = lectureFile(target);
  const dir = path.dirname(file);
  const name = path.basename(file).replace(/\.ya?ml$/i, '');
  const shown = path.relative(process.cwd(), file) || file;
  if (existsSync(file)) throw new LecternError(`${shown} already exists: Lectern never writes over a lecture. Choose another name, e.g. lectern new ${shellPath(path.join(path.dirname(shown), `${name}-2`))}`);
  const templates = new TemplateSet(options.templates ? [options.templates] : []);
  const render = (template: string, view: object) => compileTemplate(Handlebars.create(), templates.resolve(template), templates.read(template).text, { noEscape: true })(view);

  const newFolder = !existsSync(dir);
  makeFolderFor(file);
  const written: string[] = [];
  const courseFile = path.join(dir, 'course.yaml');
  if (newFolder) {
    writeFileSync(courseFile, render('new/course.yaml.hbs', { schema: schemaPathFrom(dir, 'course.schema.json'), course: json(titleFromName(path.basename(dir))) }));
    written.push(courseFile);
  }
  // The image slide's picture, beside the lecture, under a name of its own.
  const image = `${name}-picture.svg`;
  if (!existsSync(path.join(dir, image))) {
    copyFileSync(templates.resolve('new/picture.svg'), path.join(dir, image));
    written.push(path.join(dir, image));
  }
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(
    file,
    render('new/lecture.yaml.hbs', {
      schema: schemaPathFrom(dir, 'lecture.schema.json'),
      file: json(shown).slice(1, -1),
      title: json(titleFromName(name)),
      course: existsSync(courseFile),
      today,
      image: json(image),
    }),
    { flag: 'wx' },
  );
  written.unshift(file);
  for (const f of written) io.out(`✓ ${path.relative(process.cwd(), f) || f}\n`);
  io.out(`Edit ${shown}, then: lectern build ${shellPath(shown)}\n`);
  return 0;
}
