/**
 * Large-print and dyslexia-friendly flashcards, laid out in Chromium at the printed page's width: every card up to
 * the length the build allows holds its whole text (a card hides what overflows it), with
 * dyslexia-friendly spacing too; a longer one is named in a notice for the teacher to shorten.
 */
import { describe, expect, it } from 'vitest';
import { parseLecture } from '../../../src/load/load-lecture.js';
import { embeddedFontCss, readableFontCss } from '../../../src/make/fonts.js';
import { loadHandoutTemplates } from '../../../src/make/handouts/handout-templates.js';
import { englishLabels } from '../../../src/make/labels.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { flashcardsView } from '../../../src/outputs/flashcards/view.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();
const templates = loadHandoutTemplates(new TemplateSet());
const WORDS = 'water moves through the air over land and sea as vapour cloud rain snow and ice in a cycle that never ends because the sun heats the ocean'.split(' ');

/** A definition of about `n` letters, of words of every length. */
const definition = (n: number) => {
  const words: string[] = [];
  for (let i = 0; [...words, WORDS[i % WORDS.length]].join(' ').length < n; i++) words.push(WORDS[i % WORDS.length]!);
  return `${words.join(' ')}.`;
};

function cards(lengths: number[], dyslexiaFriendly: boolean, largePrint = true) {
  const glossary = lengths.map((n, i) => `  - term: Term ${i + 1}\n    definition: ${definition(n)}\n`).join('');
  const lecture = parseLecture(`title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        bullets: [one]\nglossary:\n${glossary}`, 'cards.yaml');
  const large = { ...lecture, handouts: { ...lecture.handouts, largePrint, dyslexiaFriendly } };
  const fontCss = embeddedFontCss() + (dyslexiaFriendly ? readableFontCss() : '');
  return flashcardsView({ lecture: large, fontCss, stylesheet: templates.stylesheet, labels: englishLabels() });
}

/** Cards whose text runs past their box, as laid out for print on A4 (182 mm between the margins). */
async function overflowing(view: ReturnType<typeof cards>): Promise<string[]> {
  const html = templates.render('flashcards', view);
  return browser.withDocument('flashcards', html, new Map(), {}, async (page) => {
    await page.setViewport({ width: Math.round((182 / 25.4) * 96), height: 1200 });
    await page.emulateMediaType('print');
    await page.evaluate(() => document.fonts.ready);
    // A card centres its text: what does not fit runs past its top and bottom edges, and is hidden.
    return page.$$eval('.card', (all) =>
      all.flatMap((card) => {
        const text = card.querySelector('.text');
        if (!text) return [];
        const [c, t] = [card.getBoundingClientRect(), text.getBoundingClientRect()];
        return t.top < c.top || t.bottom > c.bottom ? [`${card.textContent!.trim().slice(0, 24)}: ${Math.round(t.height)} px in ${Math.round(c.height)}`] : [];
      }),
    );
  });
}

const MODES = [
  { name: 'large print', largePrint: true, dyslexiaFriendly: false, most: 320, kind: 'large-print' },
  { name: 'large print, dyslexia-friendly', largePrint: true, dyslexiaFriendly: true, most: 240, kind: 'large-print' },
  // At the usual size, eight cards a sheet with no text under 12 pt.
  { name: 'dyslexia-friendly', largePrint: false, dyslexiaFriendly: true, most: 280, kind: 'dyslexia-friendly' },
];

describe.each(MODES)('flashcards in $name', ({ largePrint, dyslexiaFriendly, most, kind }) => {
  it('hold every text up to the length the build allows, without a word of notice', async () => {
    const lengths = Array.from({ length: Math.floor((most - 40) / 20) + 1 }, (_, i) => 40 + 20 * i);
    const view = cards(lengths, dyslexiaFriendly, largePrint);
    expect(view.notices).toEqual([]);
    expect(view.sheets.flatMap((s) => s.backs.map((b) => b.size))).toEqual(expect.arrayContaining(['normal', 'small', 'smaller']));
    expect(await overflowing(view)).toEqual([]);
  });

  it('name a card too long to hold, for the teacher to shorten', () => {
    const view = cards([100, 420], dyslexiaFriendly, largePrint);
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0]).toMatch(new RegExp(`^flashcard 2 \\("Term 2"\\): its back is too long for a ${kind} card \\(\\d+ letters; about ${most} fit\\)`));
  });
});
