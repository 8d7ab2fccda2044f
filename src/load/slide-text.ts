/**
 * The words of a slide, in reading order, as the teacher wrote them (inline Markdown and
 * all): the one list both the glossary check (is a term used?) and the handouts' slide
 * thumbnails (what a screen reader says for the picture of a slide) read from.
 */
import type { Bullet, Slide } from './lecture.js';

function bulletTexts(bullets: readonly Bullet[]): string[] {
  return bullets.flatMap((b) => [b.text, ...bulletTexts(b.children)]).filter((t) => t !== '');
}

/**
 * Each piece of a slide's text: its title, then its bullets, facts, events, columns, quote,
 * table rows and caption. `alt`: with the image's alt text, which no one sees on the slide
 * but a screen reader says. `plain`: what each piece of Markdown is made (e.g. read as plain
 * text); never the alt text, which is plain text already, as the teacher typed it.
 */
export function slideTexts(slide: Slide, { alt = false, plain = (markdown: string) => markdown }: { alt?: boolean; plain?: (markdown: string) => string } = {}): string[] {
  return [
    ...[
      slide.title,
      ...bulletTexts(slide.bullets ?? []),
      ...(slide.facts ?? []).map((f) => `${f.value} ${f.label}`),
      ...(slide.events ?? []).map((e) => `${e.when} ${e.what}`),
      ...(slide.columns ?? []).flatMap((c) => [c.heading, ...bulletTexts(c.bullets)]),
      ...(slide.quote ? [slide.quote] : []),
      ...(slide.source ? [slide.source] : []),
    ].map(plain),
    ...(alt && slide.alt ? [slide.alt] : []),
    ...[...(slide.table ? [slide.table.header.join(' '), ...slide.table.rows.map((r) => r.join(' '))] : []), ...(slide.caption ? [slide.caption] : [])].map(plain),
  ];
}
