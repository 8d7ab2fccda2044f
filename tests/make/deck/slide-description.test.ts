/**
 * What a screen reader says for the picture of a whole slide in the handouts (notes handout,
 * speaker notes) and in deck-pictures.pptx: the slide's words as plain text, its Markdown
 * and maths read, and its image's alt text word for word, as deck.html and deck.pptx say it
 * (alt text is plain text: an asterisk or a dollar in it is the teacher's).
 */
import { describe, expect, it } from 'vitest';
import type { Lecture, Slide } from '../../../src/load/lecture.js';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { slideDescription } from '../../../src/make/deck/slide-description.js';
import { englishLabels } from '../../../src/make/labels.js';

const base = loadLecture('tests/fixtures/alt-text/nile.yaml');
const image = base.sections[0]!.slides[1]!;
const describe1 = (slide: Slide) => slideDescription(base as Lecture, { kind: 'content', key: '0.1', part: 1, parts: 1, slide, section: 'Maps', fit: 0 }, englishLabels());

describe('a slide thumbnail\'s alt text', () => {
  it('keeps the image\'s alt text as typed: asterisks, underscores, dollars and backticks are the teacher\'s words', () => {
    const alt = 'The formula a*b*c beside __init__.py, a price of $5 and $10, and `ls` typed in a terminal';
    expect(describe1({ ...image, title: 'A **busy** picture', caption: 'Drawn by *hand*', alt })).toBe(`A busy picture. ${alt}. Drawn by hand.`);
  });

  it('still reads the slide\'s own Markdown and maths as plain text', () => {
    expect(describe1({ ...image, title: 'Energy $E = mc^2$', caption: undefined as never, alt: '' })).toBe('Energy E = mc².');
  });
});
