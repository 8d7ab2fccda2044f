/**
 * The handout templates (templates/handouts/*.html.hbs), their shared layout and
 * stylesheet, read and compiled once per build. HTML output: Handlebars escapes every
 * {{value}}; fields that hold ready-made HTML are used with {{{triple braces}}}.
 */
import Handlebars from 'handlebars';
import { OUTPUT_NAMES } from '../../load/schema.js';
import { compileTemplate, registerPartials, type TemplateSet } from '../template-set.js';

/** Every handout, in the order they are listed and built. */
export const HANDOUTS = OUTPUT_NAMES.filter((name): name is Exclude<(typeof OUTPUT_NAMES)[number], 'deck'> => name !== 'deck');
export type HandoutName = (typeof HANDOUTS)[number];

/** The handouts that show the slides themselves, so need the deck's final slides. */
export const SLIDE_HANDOUTS: ReadonlySet<string> = new Set<HandoutName>(['notes-handout', 'speaker-notes']);

/** Answer versions share their template with the student version. */
const TEMPLATE_OF: Record<HandoutName, string> = {
  'notes-handout': 'notes-handout',
  'speaker-notes': 'speaker-notes',
  'revision-sheet': 'revision-sheet',
  worksheet: 'worksheet',
  'worksheet-answers': 'worksheet',
  quiz: 'quiz',
  'quiz-answers': 'quiz',
  flashcards: 'flashcards',
};

export interface HandoutTemplates {
  render: (name: HandoutName, view: object) => string;
  stylesheet: string;
  /** The template file of each handout. */
  fileOf: Record<HandoutName, string>;
  /** Files every handout uses: the layout partials and the stylesheet. */
  commonFiles: string[];
}

export function loadHandoutTemplates(templates: TemplateSet): HandoutTemplates {
  const hb = Handlebars.create();
  // A CSS string literal, for running headers and footers in @page rules.
  hb.registerHelper('cssString', (value: unknown) => new hb.SafeString(JSON.stringify(String(value ?? '')).replace(/</g, '\\3C ')));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const partials = templates.list('handouts/partials');
  registerPartials(hb, partials, '.html.hbs');
  const compiled = new Map<string, { file: string; render: HandlebarsTemplateDelegate }>();
  for (const name of new Set(Object.values(TEMPLATE_OF))) {
    const { file, text } = templates.read(`handouts/${name}.html.hbs`);
    compiled.set(name, { file, render: compileTemplate(hb, file, text) });
  }
  const stylesheet = templates.read('handouts/handout.css');
  return {
    render: (name, view) => compiled.get(TEMPLATE_OF[name])!.render(view),
    stylesheet: stylesheet.text,
    fileOf: Object.fromEntries(HANDOUTS.map((h) => [h, compiled.get(TEMPLATE_OF[h])!.file])) as Record<HandoutName, string>,
    commonFiles: [...partials.values(), stylesheet.file],
  };
}
