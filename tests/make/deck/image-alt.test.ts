/**
 * An image slide's alt text in the deck's Markdown and HTML: exactly as the teacher typed it,
 * whatever Markdown characters it holds (it is plain text); "" for a decorative picture;
 * without alt, the caption, else the title.
 */
import { describe, expect, it } from 'vitest';
import type { Lecture, Slide } from '../../../src/load/lecture.js';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';
import { planDeck } from '../../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../../src/make/deck/render-deck.js';
import { TemplateSet } from '../../../src/make/template-set.js';

const set = new TemplateSet();
const theme = set.read('themes/lectern.css').text;
const base = loadLecture('tests/fixtures/alt-text/nile.yaml');
const image = base.sections[0]!.slides[1]!;

/** The alt attribute of every picture of the slides (the logo has none here). */
async function altsOf(slides: Partial<Slide>[]): Promise<string[]> {
  const lecture: Lecture = { ...base, sections: [{ title: 'Maps', slides: slides.map((s) => ({ ...image, ...s }) as Slide) }] };
  const { html } = await renderMarp(renderDeckMarkdown(lecture, planDeck(lecture), loadDeckTemplates(set)), theme);
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => decode(m[1]!));
}

describe('an image slide\'s alt text in deck.html', () => {
  it('is exactly as typed, Markdown characters and all', async () => {
    // "bg", "sepia" and "w:50px" would be Marp image options in the ![…] of Markdown.
    const typed = 'A sepia chart: *bold* [[term]] `code` <b>tag</b> $5 &amp; & "quotes" ![x](y.png) \\ back_slash | pipe ~ tilde, bg w:50px';
    expect(await altsOf([{ alt: typed }])).toEqual([typed]);
  });

  it('is empty for a decorative picture, and the caption (else the title) when the teacher wrote none', async () => {
    const { alt: _, ...withoutAlt } = image;
    expect(await altsOf([{ alt: '' }, { ...withoutAlt, alt: undefined as never }])).toEqual(['', image.caption]);
  });
});
