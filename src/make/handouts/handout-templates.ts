/**
 * The handout templates (templates/handouts/<name>.html.hbs), their shared page partial and
 * stylesheet, read and compiled once per build. HTML output: Handlebars escapes every
 * {{value}}; fields that hold ready-made HTML are used with {{{triple braces}}}.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { RenderError } from '../../errors.js';
import { compileTemplate, registerPartials, type TemplateSet } from '../template-set.js';

export interface HandoutTemplates {
  /** Fills the template `name` (e.g. "quiz" for templates/handouts/quiz.html.hbs) with a view. */
  render: (name: string, view: object) => string;
  stylesheet: string;
  /** The file of template `name`. */
  fileOf: (name: string) => string;
  /** Files every handout uses: the page partials and the stylesheet. */
  commonFiles: string[];
}

export function loadHandoutTemplates(templates: TemplateSet): HandoutTemplates {
  const hb = Handlebars.create();
  // A CSS string literal, for running headers and footers in @page rules.
  hb.registerHelper('cssString', (value: unknown) => new hb.SafeString(JSON.stringify(String(value ?? '')).replace(/</g, '\\3C ')));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const partials = templates.list('handouts/partials');
  registerPartials(hb, partials, '.html.hbs');
  // Every handout template is compiled now, so a mistake in one is told before anything prints.
  const compiled = new Map<string, { file: string; render: HandlebarsTemplateDelegate }>();
  for (const [name, file] of templates.list('handouts')) {
    if (!name.endsWith('.html.hbs')) continue;
    const text = readFileSync(file, 'utf8');
    compiled.set(name.slice(0, -'.html.hbs'.length), { file, render: compileTemplate(hb, file, text) });
  }
  const template = (name: string) => {
    const found = compiled.get(name);
    if (!found) throw new RenderError(`template "handouts/${name}.html.hbs" not found (looked in ${templates.dirs.join(', ')})`, { file: `handouts/${name}.html.hbs` });
    return found;
  };
  const stylesheet = templates.read('handouts/handout.css');
  return {
    render: (name, view) => template(name).render(view),
    stylesheet: stylesheet.text,
    fileOf: (name) => template(name).file,
    commonFiles: [...partials.values(), stylesheet.file],
  };
}
