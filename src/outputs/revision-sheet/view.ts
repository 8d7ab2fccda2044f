/**
 * The revision sheet: what students revise from. Each section's key points, then the key
 * facts, the timeline, the glossary and the takeaways, densely, in two columns.
 */
import Handlebars from 'handlebars';
import type { Bullet, Slide } from '../../load/lecture.js';
import { breakableLongWords, htmlInline } from '../../make/handouts/html-text.js';
import { htmlCode } from '../../make/code-highlight.js';
import { pageView, type HandoutInputs } from '../../make/handouts/page-view.js';
import { fill, type Labels } from '../../make/labels.js';

/** A label filled with HTML: the label's own words escaped, the values (already HTML) as they are. */
function fillHtml(label: string, values: Record<string, string>): string {
  return fill(Handlebars.escapeExpression(label), values);
}

// A quotation the teacher wrote with its own marks is not quoted again.
const QUOTED = /^\s*["“„«「『‘‚]/;

/** The words a sheet joins points with, in the lecture's language ("Point: detail; detail"). */
function joiners(labels: Labels) {
  const details = (items: string[]) => items.reduce((before, after) => fillHtml(labels.detailsJoin, { before, after }));
  return {
    /** A bullet and its sub-points as one line (a point written "Point:" keeps one colon). */
    flatten(b: Bullet): string {
      // A code block keeps its lines: it follows the point's words, whole, as on the slide.
      const code = b.code ? htmlCode(b.code) : '';
      if (b.children.length === 0) return `${htmlInline(b.text)}${code}`;
      // The colon may sit inside emphasis: "**Precipitation:**".
      const point = htmlInline(b.text.replace(/[\s\u00A0\u202F]*[:：](\s*[*_]*)\s*$/, '$1'));
      const children = details(b.children.map((c) => this.flatten(c)));
      return code ? `${point}${code}${children}` : fillHtml(labels.pointDetails, { point, details: children });
    },
    details,
    /** A heading in bold, with what follows it ("**Evaporation:** absorbs heat"). */
    headed(heading: string, items: string[]): string {
      const [lead = '', rest = ''] = fillHtml(labels.pointDetails, { point: heading, details: '\u0000' }).split('\u0000');
      const bold = lead.trimEnd();
      return `<strong>${bold}</strong>${lead.slice(bold.length)}${details(items)}${rest}`;
    },
    quote: (text: string) => (QUOTED.test(text) ? htmlInline(text) : fillHtml(labels.quoted, { quote: htmlInline(text) })),
  };
}

/** A table cell: its long words may break, so that the table fits the page's width. */
const cell = (text: string) => breakableLongWords(htmlInline(text));

/** The key points of one slide, or nothing for slides whose content goes to the facts and timeline. */
function keyPoints(slide: Slide, join: ReturnType<typeof joiners>): { title: string; points: string[]; table?: { header: string[]; rows: string[][] } } | undefined {
  const title = htmlInline(slide.title);
  switch (slide.layout) {
    case 'bullets':
      return { title, points: (slide.bullets ?? []).map((b) => join.flatten(b)) };
    case 'compare':
      return { title, points: (slide.columns ?? []).map((c) => join.headed(htmlInline(c.heading), c.bullets.map((b) => join.flatten(b)))) };
    case 'quote':
      return { title, points: [`${join.quote(slide.quote ?? '')}${slide.source ? ` — ${htmlInline(slide.source)}` : ''}`] };
    case 'table':
      return {
        title,
        points: slide.caption ? [htmlInline(slide.caption)] : [],
        table: { header: slide.table!.header.map(cell), rows: slide.table!.rows.map((r) => r.map(cell)) },
      };
    case 'image':
      return slide.caption ? { title, points: [htmlInline(slide.caption)] } : undefined;
    default:
      return undefined; // facts and timelines have sections of their own
  }
}

export function revisionSheetView(inputs: HandoutInputs) {
  const { lecture } = inputs;
  const slides = lecture.sections.flatMap((s) => s.slides);
  const join = joiners(inputs.labels);
  return {
    ...pageView(inputs, inputs.labels.revisionSheet),
    sections: lecture.sections
      .map((section) => ({ title: htmlInline(section.title), slides: section.slides.map((s) => keyPoints(s, join)).filter((k) => k !== undefined) }))
      .filter((s) => s.slides.length > 0),
    facts: slides.flatMap((s) => s.facts ?? []).map((f) => ({ value: htmlInline(f.value), label: htmlInline(f.label) })),
    events: slides.flatMap((s) => s.events ?? []).map((e) => ({ when: htmlInline(e.when), what: htmlInline(e.what) })),
    glossary: lecture.glossary.map((g) => ({ term: htmlInline(g.term), definition: htmlInline(g.definition) })),
    takeaways: lecture.takeaways.map(htmlInline),
  };
}
