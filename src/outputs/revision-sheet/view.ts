/**
 * The revision sheet: what students revise from. Each section's key points, then the key
 * facts, the timeline, the glossary and the takeaways, densely, in two columns.
 */
import type { Bullet, Slide } from '../../load/lecture.js';
import { htmlInline } from '../../make/handouts/html-text.js';
import { htmlCode } from '../../make/code-highlight.js';
import { pageView, type HandoutInputs } from '../../make/handouts/page-view.js';

/** A bullet and its sub-points as one line: "Point: detail; detail" (a point written "Point:" keeps one colon). */
function flatten(b: Bullet): string {
  // A code block keeps its lines: it follows the point's words, whole, as on the slide.
  const code = b.code ? htmlCode(b.code) : '';
  if (b.children.length === 0) return `${htmlInline(b.text)}${code}`;
  // The colon may sit inside emphasis: "**Precipitation:**".
  return `${htmlInline(b.text.replace(/\s*:(\s*[*_]*)\s*$/, '$1'))}${code || ': '}${b.children.map(flatten).join('; ')}`;
}

/** The key points of one slide, or nothing for slides whose content goes to the facts and timeline. */
function keyPoints(slide: Slide): { title: string; points: string[]; table?: { header: string[]; rows: string[][] } } | undefined {
  const title = htmlInline(slide.title);
  switch (slide.layout) {
    case 'bullets':
      return { title, points: (slide.bullets ?? []).map(flatten) };
    case 'compare':
      return { title, points: (slide.columns ?? []).map((c) => `<strong>${htmlInline(c.heading)}:</strong> ${c.bullets.map(flatten).join('; ')}`) };
    case 'quote':
      return { title, points: [`“${htmlInline(slide.quote ?? '')}”${slide.source ? ` — ${htmlInline(slide.source)}` : ''}`] };
    case 'table':
      return {
        title,
        points: slide.caption ? [htmlInline(slide.caption)] : [],
        table: { header: slide.table!.header.map(htmlInline), rows: slide.table!.rows.map((r) => r.map(htmlInline)) },
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
  return {
    ...pageView(inputs, inputs.labels.revisionSheet),
    sections: lecture.sections
      .map((section) => ({ title: htmlInline(section.title), slides: section.slides.map(keyPoints).filter((k) => k !== undefined) }))
      .filter((s) => s.slides.length > 0),
    facts: slides.flatMap((s) => s.facts ?? []).map((f) => ({ value: htmlInline(f.value), label: htmlInline(f.label) })),
    events: slides.flatMap((s) => s.events ?? []).map((e) => ({ when: htmlInline(e.when), what: htmlInline(e.what) })),
    glossary: lecture.glossary.map((g) => ({ term: htmlInline(g.term), definition: htmlInline(g.definition) })),
    takeaways: lecture.takeaways.map(htmlInline),
  };
}
