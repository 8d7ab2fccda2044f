/** render: Lecture + slide plan → Marp Markdown, through the Handlebars templates in deck/. */
import Handlebars from 'handlebars';
import type { Lecture } from '../../load/lecture.js';
import { textDirection } from '../../language.js';
import { englishLabels, type Labels } from '../labels.js';
import { urlPath } from '../../paths.js';
import { plainInline } from '../lecture-markdown.js';
import { lectureHasMaths } from '../maths/find-maths.js';
import { compileTemplate, registerPartials, type TemplateSet } from '../template-set.js';
import { slideView } from './deck-view.js';
import { marpInline } from './marp-text.js';
import type { DeckSlide } from './plan-deck.js';

export interface DeckTemplates {
  render: HandlebarsTemplateDelegate;
  /** Template files used, so a change to any of them can be detected. */
  files: string[];
}

/** Reads and compiles the deck templates once per build. */
export function loadDeckTemplates(templates: TemplateSet): DeckTemplates {
  const hb = Handlebars.create();
  // Output is Markdown, not HTML: every string in the view is already escaped for Marp.
  const compile = { noEscape: true };
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value ?? ''));
  const slides = templates.list('deck/slides');
  const partials = templates.list('deck/partials');
  registerPartials(hb, slides, '.md.hbs');
  registerPartials(hb, partials, '.md.hbs');
  const main = templates.read('deck/deck.md.hbs');
  return {
    render: compileTemplate(hb, main.file, main.text, compile),
    files: [main.file, ...slides.values(), ...partials.values()],
  };
}

export function renderDeckMarkdown(lecture: Lecture, plan: DeckSlide[], templates: DeckTemplates, labels: Labels = englishLabels()): string {
  const markdown = templates.render({
    theme: lecture.theme,
    lang: lecture.language,
    dir: textDirection(lecture.language),
    // Marp's maths directive, only for a lecture with maths: other decks stay as they were.
    math: lectureHasMaths(lecture),
    // The page's title shows no Markdown: the words, as a reader sees them.
    title: plainInline(lecture.title),
    footer: lecture.footer ? marpInline(lecture.footer) : '',
    // The logo is each slide's header: the theme sets it large on the title slide, small on the others.
    // It is decorative (alt ""): on every slide, a screen reader saying "logo" would be noise.
    header: lecture.logo ? `![](${urlPath(lecture.logo.href)})` : '',
    slides: plan.map((slide) => slideView(lecture, slide, labels)),
  });
  // Templates leave blank lines where optional parts are absent; keep the source tidy.
  return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
