/**
 * Lecture text is text (issue 11, items 2 and 15). Whatever a teacher types shows as typed
 * on the slides and in the handouts — only the inline Markdown the README promises is
 * live — and never becomes a Marp directive, a comment, a style, an image or anything else
 * that fetches when deck.html is opened, in the slide view or the presenter view.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sharedBrowser } from '../helpers/browser.js';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

// Each tries to reach Marp as markup through a tokenizer disagreement: "``…`" is no code
// span in CommonMark, so what follows it was read as a directive comment.
const PAYLOADS = [
  "``<!-- style: '@import url(http://attacker.invalid/import.css); section{background:url(http://attacker.invalid/style.png)}' -->` t",
  "``<!-- _backgroundImage: \"url('http://attacker.invalid/bg.png')\" -->`",
  '``<!-- theme: gaia -->`',
  '``<!-- _header: "attack header" -->`',
  '\\<!-- _class: invert -->',
  "&lt;!-- _footer: attack --&gt; <img src='http://attacker.invalid/tag.png'>",
];
const at = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

/** A lecture with a payload in every text field that reaches the deck. */
function hostileLecture() {
  let n = 0;
  const p = () => at(n++);
  const bullets = () => [p(), { [`${p()}:`]: [p(), p()] }];
  return {
    title: p(), subtitle: p(), course: p(), author: p(), footer: p(), next: p(),
    objectives: PAYLOADS,
    sections: [
      {
        title: p(),
        slides: [
          { title: p(), notes: p(), bullets: PAYLOADS },
          { title: p(), bullets: bullets() },
          { title: p(), layout: 'facts', facts: [{ value: p(), label: p() }] },
          { title: p(), layout: 'timeline', events: [{ when: p(), what: p() }] },
          { title: p(), layout: 'compare', columns: [{ heading: p(), bullets: [p()] }, { heading: p(), bullets: [p()] }] },
          { title: p(), layout: 'quote', quote: p(), source: p() },
          { title: p(), layout: 'image', image: 'picture.png', caption: p() },
          { title: p(), layout: 'table', table: { header: [p(), p()], rows: [[p(), p()]] }, caption: p() },
        ],
      },
    ],
    glossary: [{ term: p(), definition: p() }],
    takeaways: PAYLOADS,
  };
}

// Not Markdown in a lecture (see README, "The lecture format"): each shows as typed.
const AS_TYPED = ['&lt;', '\\<', '<b>', '&amp;', '$5 and $6', 'a_b_c', '\\&', '<http://example.org>'];
const plainLecture = {
  title: 'Plain text',
  sections: [
    {
      title: 'Symbols',
      slides: [
        {
          title: 'Typed',
          bullets: [...AS_TYPED.map((t) => `typed ${t} here`), 'Promised: *italic*, **bold**, `x` and [[term]]', 'The word [[a_b_c]] is typed'],
          notes: AS_TYPED.map((t) => `note ${t} here`).join('\n\n'),
        },
        { title: 'Facts', layout: 'facts', facts: AS_TYPED.map((t) => ({ value: '1', label: `fact ${t} here` })) },
      ],
    },
  ],
  glossary: [{ term: 'term', definition: 'definition &lt; here' }],
  questions: [{ question: 'What costs $5?', answer: 'a_b_c &lt; $5' }],
  takeaways: AS_TYPED.map((t) => `takeaway ${t} here`),
};

let work: string;
let run: Awaited<ReturnType<typeof runLectern>>;
const browser = sharedBrowser();
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lectern-as-typed-'));
  const content = path.join(work, 'content');
  mkdirSync(content);
  copyFileSync(path.join(__dirname, '../fixtures/all-layouts/water-cycle.png'), path.join(content, 'picture.png'));
  writeFileSync(path.join(content, 'hostile.yaml'), stringify(hostileLecture()));
  writeFileSync(path.join(content, 'plain.yaml'), stringify(plainLecture));
  run = await runLectern(['build', content, '--out', path.join(work, 'out')]);
}, 180_000);

/** Opens deck.html as a teacher would, refusing and recording every request that leaves the disk. */
async function openDeck(lecture: string, view: string) {
  const url = `${pathToFileURL(path.join(work, 'out', lecture, 'deck.html')).href}${view}`;
  return browser.withPage(async (page) => {
    const outside: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (/^(file|data|about|blob):/.test(request.url())) return void request.continue();
      outside.push(request.url());
      void request.abort();
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const text = await page.evaluate(() => {
      const slides = [...document.querySelectorAll('section')].map((s) => s.textContent ?? '');
      return slides.join('\n');
    });
    const markup = await page.evaluate(() => document.documentElement.outerHTML);
    return { outside, text, markup };
  });
}

describe('lecture text in the deck', () => {
  it('builds', () => {
    expect(run.code, run.err).toBe(0);
  });

  for (const view of ['', '?view=presenter']) {
    it(`opening deck.html${view ? ' in presenter view' : ''} fetches nothing from outside the disk, and shows every payload as typed`, async () => {
      const { outside, text, markup } = await openDeck('hostile', view);
      expect(outside).toEqual([]);
      expect(markup).not.toMatch(/<header>|data-background-image|class="[^"]*invert/);
      for (const payload of PAYLOADS) expect(squash(text)).toContain(squash(payload));
    });
  }

  it('shows what is not Markdown as typed, in deck.html, deck.pdf and the handouts', async () => {
    const { text, markup } = await openDeck('plain', '');
    const pdf = squash((await readPdf(path.join(work, 'out', 'plain', 'deck.pdf'))).text);
    const notesHandout = squash((await readPdf(path.join(work, 'out', 'plain', 'notes-handout.pdf'))).text);
    const revision = squash((await readPdf(path.join(work, 'out', 'plain', 'revision-sheet.pdf'))).text);
    const speaker = squash((await readPdf(path.join(work, 'out', 'plain', 'speaker-notes.pdf'))).text);
    for (const typed of AS_TYPED) {
      expect(text, 'deck.html').toContain(`typed ${typed} here`);
      expect(text, 'deck.html').toContain(`fact ${typed} here`);
      expect(pdf, 'deck.pdf').toContain(squash(`typed ${typed} here`));
      expect(notesHandout, 'notes-handout.pdf').toContain(squash(`typed ${typed} here`));
      expect(revision, 'revision-sheet.pdf').toContain(squash(`takeaway ${typed} here`));
      expect(speaker, 'speaker-notes.pdf').toContain(squash(`note ${typed} here`));
    }
    expect(revision).toContain(squash('definition &lt; here'));
    // The worksheet's filled blanks and answers, too.
    const answers = squash((await readPdf(path.join(work, 'out', 'plain', 'worksheet-answers.pdf'))).text);
    expect(answers).toContain(squash('The word [a_b_c] is typed')); // a filled blank is marked [ ]
    expect(answers).toContain(squash('a_b_c &lt; $5'));
    // What the README promises still works.
    expect(text).toContain('Promised: italic, bold, x and term');
    expect(markup).toMatch(/<em>italic<\/em>, <strong>bold<\/strong>, <code>x<\/code> and <strong>term<\/strong>/);
  });
});
