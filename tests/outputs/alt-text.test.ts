/**
 * Alt text from the lecture to every output that shows a picture, read back as a screen
 * reader or a platform finds it: the <img alt> of deck.html, the /Alt of each Figure in the
 * tagged PDFs (deck, notes handout, speaker notes, quiz and key), the description of the
 * picture in deck.pptx, the pictures the quiz exports carry (Moodle XML, QTI), and the notices
 * of the exports that cannot carry one. One build of tests/fixtures/alt-text/nile.yaml by the
 * compiled `lectern` (build dist first: `npx tsc -p tsconfig.build.json`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../src/load/load-lecture.js';
import { pdfFigures } from '../helpers/pdf.js';
import { all, doc, openPackage } from '../helpers/pptx-package.js';
import { pictures, slides, titlePlaceholders } from '../helpers/pptx-slides.js';
import { bin } from '../helpers/spawned-build.js';

const FIXTURE = path.resolve('tests/fixtures/alt-text/nile.yaml');
const PICTURE = readFileSync(path.resolve('tests/fixtures/alt-text/nile-map.png'));
const lecture = loadLecture(FIXTURE);
const [, mapSlide, decorativeSlide] = lecture.sections[0]!.slides as [unknown, { title: string; alt: string }, { title: string; alt: string }];
const [choiceQ, shortQ] = lecture.questions as unknown as [{ alt: string }, { alt: string }];
const DECORATIVE_NS = 'http://schemas.microsoft.com/office/drawing/2017/decorative';
const OUTPUTS = 'deck-html,deck-pdf,deck-pptx,notes-handout,speaker-notes,quiz,quiz-answers,worksheet,worksheet-answers,quiz-moodle,quiz-qti,quiz-gift,quiz-kahoot';

let folder: string;
let said: string;
const file = (name: string) => path.join(folder, name);

beforeAll(() => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-alt-'));
  const run = spawnSync(process.execPath, [bin, 'build', FIXTURE, '--out', out, '--only', OUTPUTS], { encoding: 'utf8', timeout: 180_000 });
  said = run.stdout + run.stderr;
  if (run.status !== 0) throw new Error(`lectern build failed: ${said}`);
  folder = path.join(out, 'nile');
}, 200_000);

describe('the deck', () => {
  it('deck.html: the image slide\'s <img> carries the alt text; a decorative picture alt=""', () => {
    const imgs = [...readFileSync(file('deck.html'), 'utf8').matchAll(/<img src="images\/nile-map\.png" alt="([^"]*)"/g)].map((m) => m[1]);
    expect(imgs).toEqual([mapSlide.alt, '']);
  });

  it('deck.pdf: one Figure, the map, with the alt text as its /Alt; the decorative picture is no figure', async () => {
    const figures = await pdfFigures(file('deck.pdf'));
    expect(figures.map((f) => f.alt)).toEqual([mapSlide.alt]);
  });

  it('deck.pptx: the picture\'s description (p:cNvPr descr) is the alt text; the decorative one is marked decorative, with none', async () => {
    const pkg = await openPackage(file('deck.pptx'));
    const byTitle = (title: string) => slides(pkg).find((s) => titlePlaceholders(pkg, s).some((t) => t.trim() === title))!;
    const map = byTitle(mapSlide.title);
    expect(pictures(pkg, map).map((p) => p.descr)).toEqual([mapSlide.alt]);
    expect(all(doc(pkg, map.part), DECORATIVE_NS, 'decorative')).toHaveLength(0);
    const decorative = byTitle(decorativeSlide.title);
    expect(pictures(pkg, decorative).map((p) => p.descr)).toEqual(['']);
    expect(all(doc(pkg, decorative.part), DECORATIVE_NS, 'decorative').map((d) => d.getAttribute('val'))).toEqual(['1']);
  });
});

describe('the slide handouts', () => {
  it('notes-handout.pdf: each slide\'s picture is a Figure whose /Alt is its title and its words, in order, and nothing in it a figure again', async () => {
    const alts = (await pdfFigures(file('notes-handout.pdf'))).map((f) => f.alt ?? '(none)');
    expect(alts).toEqual([
      'Physical Geography. The Nile.',
      'Part 1. The river.',
      'From the lakes to the sea. The Nile rises in the Great Lakes of East Africa. It flows north for 6,650 km to the Mediterranean.',
      // An image slide says what its picture shows, and its caption.
      `The Nile basin. ${mapSlide.alt}. The Nile basin, from Lake Victoria to the delta.`,
      'A river in the desert.',
      'Thank you.',
    ].map((alt) => expect.stringMatching(new RegExp(`^${alt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))));
  });

  it('speaker-notes.pdf: each slide beside its notes is a Figure with the slide\'s words', async () => {
    const alts = (await pdfFigures(file('speaker-notes.pdf'))).map((f) => f.alt ?? '(none)');
    expect(alts).toContain('From the lakes to the sea. The Nile rises in the Great Lakes of East Africa. It flows north for 6,650 km to the Mediterranean.');
    expect(alts.some((a) => a.startsWith('The Nile basin.') && a.includes(mapSlide.alt))).toBe(true);
    expect(alts).not.toContain('(none)');
  });
});

describe('a question\'s picture', () => {
  it('is printed in quiz.pdf and quiz-answers.pdf, each a Figure with its alt text', async () => {
    for (const pdf of ['quiz.pdf', 'quiz-answers.pdf']) {
      const listed = execFileSync('pdfimages', ['-list', file(pdf)], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(listed, `${pdf}: pdfimages -list`).toHaveLength(2);
      expect((await pdfFigures(file(pdf))).map((f) => f.alt), pdf).toEqual([choiceQ.alt, shortQ.alt]);
    }
  });

  it('is printed under a short-answer question in worksheet.pdf and worksheet-answers.pdf too, a Figure with its alt text', async () => {
    // The worksheet asks the short-answer questions; "Name the sea the Nile flows into." needs its map.
    for (const pdf of ['worksheet.pdf', 'worksheet-answers.pdf']) {
      const listed = execFileSync('pdfimages', ['-list', file(pdf)], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(listed, `${pdf}: pdfimages -list`).toHaveLength(1);
      expect((await pdfFigures(file(pdf))).map((f) => f.alt), pdf).toEqual([shortQ.alt]);
    }
  });

  it('is embedded in quiz-moodle.xml (base64 <file>, @@PLUGINFILE@@, alt), which stays valid against schema/moodle-quiz.xsd', async () => {
    const xml = readFileSync(file('quiz-moodle.xml'), 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'quiz-moodle.xml', contents: xml }], schema: [readFileSync('schema/moodle-quiz.xsd', 'utf8')] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const files = [...xml.matchAll(/<file name="nile-map\.png" path="\/" encoding="base64">([^<]+)<\/file>/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(files).toHaveLength(2);
    for (const bytes of files) expect(bytes.equals(PICTURE)).toBe(true);
    expect([...xml.matchAll(/<img src="@@PLUGINFILE@@\/nile-map\.png" alt="([^"]*)"/g)].map((m) => m[1])).toEqual([choiceQ.alt, shortQ.alt]);
  });

  it('has a schema that refuses an embedded file Moodle could not read: without its name, or not base64', async () => {
    const xml = readFileSync(file('quiz-moodle.xml'), 'utf8');
    const schema = readFileSync('schema/moodle-quiz.xsd', 'utf8');
    for (const broken of [xml.replace(' name="nile-map.png"', ''), xml.replace(/encoding="base64">[^<]+</, 'encoding="base64">not base64!<')]) {
      expect((await validateXML({ xml: [{ fileName: 'quiz-moodle.xml', contents: broken }], schema: [schema] })).valid).toBe(false);
    }
  });

  it('is a file of quiz-qti.zip, named in its manifest and shown with its alt text', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file('quiz-qti.zip')));
    expect(Buffer.from(await zip.file('images/nile-map.png')!.async('uint8array')).equals(PICTURE)).toBe(true);
    const manifest = await zip.file('imsmanifest.xml')!.async('string');
    expect(manifest).toMatch(/<resource identifier="[^"]+" type="webcontent" href="images\/nile-map\.png">\s*<file href="images\/nile-map\.png"\/>/);
    const assessment = await zip.file(/lectern_[0-9a-f]+\/lectern_[0-9a-f]+\.xml$/)[0]!.async('string');
    const imgs = [...assessment.matchAll(/&lt;img src=&quot;%24IMS-CC-FILEBASE%24\/images\/nile-map\.png&quot; alt=&quot;([^&]*)&quot;/g)].map((m) => m[1]);
    expect(imgs).toEqual([choiceQ.alt, shortQ.alt]);
  });

  it('is left out of GIFT and Kahoot, and the build says so, naming the question', () => {
    expect(said).toContain('quiz-gift.txt: question 1 ("Where do the White Nile and the Blue Nile meet?") is written without its picture (nile-map.png): GIFT is text only');
    expect(said).toContain('quiz-gift.txt: question 2 ("Name the sea the Nile flows into.") is written without its picture');
    expect(said).toContain('quiz-kahoot.xlsx: question 1 ("Where do the White Nile and the Blue Nile meet?") is written without its picture (nile-map.png)');
    // The short answer is left out of Kahoot whole, and told once.
    expect(said).not.toContain('quiz-kahoot.xlsx: question 2 ("Name the sea the Nile flows into.") is written without its picture');
  });
});
