/** The data each slide template receives: every string already made safe Marp Markdown. */
import type { Bullet, Lecture, Slide } from '../../load/lecture.js';
import { urlPath } from '../../paths.js';
import { plainText } from '../../load/key-terms.js';
import { fill, type Labels } from '../labels.js';
import { marpCell, marpImageTitle, marpInline, marpNotes } from './marp-text.js';
import { plainInline } from '../lecture-markdown.js';
import { marpCode } from './marp-code.js';
import type { DeckSlide } from './plan-deck.js';

export interface BulletView {
  text: string;
  /**
   * A fenced code block, to follow the text on the item's line: on lines of its own,
   * indented to sit inside the list item, or on the marker's line when the bullet has no
   * words (an empty item "- " cannot follow a line of text: Markdown would read "-" as
   * underlining it into a heading).
   */
  code?: string;
  children: BulletView[];
}

export type SlideView = Record<string, unknown> & { template: string; notes?: string };

// Long quotes are set smaller rather than split: a quotation reads as one piece.
const LONG_QUOTE_CHARS = 220;
// The longest figure a fact card of a three-column row shows whole at full size.
const LONG_FIGURE_CHARS = 7;

const bulletView = (b: Bullet): BulletView => {
  const text = marpInline(b.text);
  return {
    text,
    ...(b.code && { code: text === '' ? marpCode(b.code).trimStart() : `\n${marpCode(b.code)}` }),
    children: b.children.map(bulletView),
  };
};

function contentView(slide: Slide, fit: number): SlideView {
  const base = {
    template: slide.layout,
    fit,
    title: marpInline(slide.title),
    ...(slide.notes && { notes: marpNotes(slide.notes) }),
    ...(slide.caption && { caption: marpInline(slide.caption) }),
  };
  switch (slide.layout) {
    case 'bullets':
      return { ...base, bullets: (slide.bullets ?? []).map(bulletView) };
    case 'facts':
      return {
        ...base,
        // A long figure ("1,000,000") is set smaller on every card, rather than broken across two lines.
        long: (slide.facts ?? []).some((f) => plainText(f.value).length > LONG_FIGURE_CHARS),
        facts: (slide.facts ?? []).map((f) => ({ value: marpInline(f.value), label: marpInline(f.label) })),
      };
    case 'timeline':
      return { ...base, events: (slide.events ?? []).map((e) => ({ when: marpInline(e.when), what: marpInline(e.what) })) };
    case 'compare':
      return {
        ...base,
        columns: (slide.columns ?? []).map((c) => ({ heading: marpInline(c.heading), bullets: c.bullets.map(bulletView) })),
      };
    case 'quote':
      return {
        ...base,
        quote: marpInline(slide.quote ?? ''),
        long: (slide.quote ?? '').length > LONG_QUOTE_CHARS,
        ...(slide.source && { source: marpInline(slide.source) }),
      };
    case 'image':
      return {
        ...base,
        src: urlPath(slide.image?.href ?? ''),
        // The teacher's alt text ("" for a decorative picture); without one, the caption or title says a little.
        alt: marpImageTitle(slide.alt ?? plainInline(slide.caption ?? slide.title)),
      };
    case 'table':
      return {
        ...base,
        table: { header: slide.table!.header.map(marpCell), rows: slide.table!.rows.map((r) => r.map(marpCell)) },
      };
  }
}

export function slideView(lecture: Lecture, slide: DeckSlide, labels: Labels): SlideView {
  const cont = (title: string, part: number) => (part > 1 ? fill(labels.continued, { title }) : title);
  switch (slide.kind) {
    case 'title': {
      const eyebrow = [lecture.course, lecture.lesson && fill(labels.lesson, { lesson: lecture.lesson })].filter(Boolean).join(' · ');
      const byline = [lecture.author, lecture.revised && fill(labels.revised, { date: lecture.revised })].filter(Boolean).join(' · ');
      return {
        template: 'title',
        fit: slide.fit,
        title: marpInline(lecture.title),
        ...(lecture.subtitle && { subtitle: marpInline(lecture.subtitle) }),
        ...(eyebrow && { eyebrow: marpInline(eyebrow) }),
        ...(byline && { byline: marpInline(byline) }),
      };
    }
    case 'objectives':
      return { template: 'objectives', fit: slide.fit, title: marpInline(cont(labels.objectives, slide.part)), items: slide.items.map(marpInline) };
    case 'divider':
      return { template: 'divider', fit: slide.fit, number: slide.number, partLabel: marpInline(fill(labels.part, { number: slide.number })), title: marpInline(slide.title) };
    case 'content':
      return contentView(slide.slide, slide.fit);
    case 'takeaways':
      return { template: 'takeaways', fit: slide.fit, title: marpInline(cont(labels.takeaways, slide.part)), items: slide.items.map(marpInline) };
    case 'closing':
      return {
        template: 'closing',
        fit: slide.fit,
        title: marpInline(lecture.next ? labels.questions : labels.thankYou),
        ...(lecture.next && { next: marpInline(lecture.next), nextLabel: marpInline(labels.nextLecture) }),
      };
  }
}
