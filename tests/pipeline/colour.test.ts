/**
 * Colour in real builds (issue 16, item 4): `theme: high-contrast` builds a lecture with
 * every layout and its deck shows the theme's colours (deck.pdf's pixels, deck.html's CSS,
 * deck.pptx's colours); key terms are set in a bold face on the slides and in the
 * handouts, not only in colour; the answer keys mark each right answer with ✓, drawn from
 * an embedded font, in English, French, Hindi and Arabic.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../src/load/load-lecture.js';
import { notdefGlyphs } from '../helpers/pdf.js';
import { bin } from '../helpers/spawned-build.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-colour-'));
const out = path.join(root, 'out');
const fixture = (from: string, to: string) => {
  mkdirSync(path.join(root, to), { recursive: true });
  cpSync(path.resolve('tests/fixtures', from), path.join(root, to), { recursive: true });
};
const build = (folder: string, only: string) => {
  const run = spawnSync(process.execPath, [bin, 'build', path.join(root, folder), '--out', path.join(out, folder), '--only', only], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`lectern build ${folder} failed:\n${run.stderr}`);
};
const file = (folder: string, lecture: string, name: string) => path.join(out, folder, lecture, name);

/** Text items with the name of the font that draws each (e.g. "SourceSans3ExtraLight-Bold"), page by page. */
async function textWithFonts(pdf: string): Promise<{ str: string; font: string }[][]> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(pdf)), useSystemFonts: false, verbosity: 0, fontExtraProperties: true }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList(); // loads the fonts, so their names can be read
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as { str: string; fontName: string }[];
    pages.push(items.map((i) => ({ str: i.str, font: String((page.commonObjs.get(i.fontName) as { name?: string }).name ?? i.fontName).replace(/^[A-Z]{6}\+/, '') })));
  }
  await doc.destroy();
  return pages;
}

/** One page as pixels (pdftoppm's PPM), to read colours at points given as fractions of the page. */
function picture(pdf: string, page: number) {
  const ppm = execFileSync('pdftoppm', ['-r', '30', '-f', String(page), '-l', String(page), '-singlefile', pdf]);
  const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
  const [width, height] = [Number(head[1]), Number(head[2])];
  return (fx: number, fy: number) => {
    const at = head[0].length + (Math.floor(fy * height) * width + Math.floor(fx * width)) * 3;
    return `#${[...ppm.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  };
}

beforeAll(() => {
  fixture('all-layouts', 'hc');
  const yaml = path.join(root, 'hc', 'water-cycle.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^title: /m, 'theme: high-contrast\ntitle: '));
  build('hc', 'deck-pdf,deck-html,deck-pptx,notes-handout,revision-sheet');
  fixture('all-layouts', 'keys/en');
  fixture('french', 'keys/fr');
  fixture('hindi', 'keys/hi');
  mkdirSync(path.join(root, 'keys/ar'));
  cpSync(path.resolve('tests/fixtures/scripts/arabic.yaml'), path.join(root, 'keys/ar/arabic.yaml'));
  build('keys', 'quiz-answers,worksheet-answers,revision-sheet');
}, 240_000);

describe('theme: high-contrast', () => {
  it('validates: it is a theme a lecture may name, and a misspelling is caught with the right name suggested', () => {
    const validate = (folder: string) => spawnSync(process.execPath, [bin, 'validate', path.join(root, folder)], { encoding: 'utf8' });
    expect(validate('hc').status).toBe(0);
    cpSync(path.join(root, 'hc'), path.join(root, 'typo'), { recursive: true });
    const yaml = readFileSync(path.join(root, 'hc', 'water-cycle.yaml'), 'utf8').replace('theme: high-contrast', 'theme: high-contrat');
    writeFileSync(path.join(root, 'typo', 'water-cycle.yaml'), yaml);
    const typo = validate('typo');
    expect(typo.status).not.toBe(0);
    const said = typo.stdout + typo.stderr;
    expect(said).toContain('did you mean "high-contrast"?');
    expect(said).toMatch(/1 error\b/);
  });

  it("paints the deck in its colours: the title slide near-black, content slides white, dividers in its dark accent", () => {
    const deck = file('hc', 'water-cycle', 'deck.pdf');
    const pages = execFileSync('pdftotext', [deck, '-'], { encoding: 'utf8' }).split('\f');
    const page = (line: RegExp) => pages.findIndex((p) => line.test(p)) + 1;
    expect(picture(deck, page(/^The Water Cycle$/m))(0.02, 0.5)).toBe('#0a0a0a');
    expect(picture(deck, page(/^The four stages$/m))(0.5, 0.9)).toBe('#ffffff');
    expect(picture(deck, page(/^Stages$/m))(0.5, 0.9)).toBe('#8a2a00');
  });

  it("deck.html carries the theme's colours and its thicker rules, under its own name", () => {
    const html = readFileSync(file('hc', 'water-cycle', 'deck.html'), 'utf8');
    expect(html).toMatch(/--accent:\s*#8a2a00/);
    expect(html).toMatch(/data-theme="high-contrast"/);
    expect(html).toMatch(/border-bottom-width:\s*6px/);
    // The answer keys' ✓ face is theirs alone: the deck does not carry it.
    expect(html).not.toMatch(/unicode-range:\s*U\+2713/i);
  });

  it('deck.pptx takes its colours: black text, the dark accent, the near-black title slide', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(file('hc', 'water-cycle', 'deck.pptx')));
    // The slides, and the layouts that hold the title and divider slides' backgrounds.
    const parts = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const all = parts.join('');
    for (const colour of ['000000', '8A2A00', '0A0A0A']) expect(all, colour).toContain(`val="${colour}"`);
    // Nothing left of Lectern's own ink or accent.
    expect(all).not.toMatch(/val="(14213D|B4441A)"/);
  });
});

describe('key terms are bold, not only coloured', () => {
  const lecture = loadLecture('tests/fixtures/all-layouts/water-cycle.yaml');
  const terms = ['Evaporation', 'Condensation'];

  it.each([
    ['deck.pdf', 'hc', 'deck.pdf'],
    ['the notes handout (slide pictures)', 'hc', 'notes-handout.pdf'],
    ['the revision sheet', 'hc', 'revision-sheet.pdf'],
  ])('in %s', async (_what, folder, name) => {
    const pages = await textWithFonts(file(folder, 'water-cycle', name));
    // Each term comes right before the rest of its bullet ("[[Evaporation]]: the sun heats…").
    for (const term of terms) {
      const at = pages.flatMap((items) => items.flatMap((item, i) => (item.str.trim() === term && items[i + 1]?.str.startsWith(':') ? [{ term: item, rest: items[i + 1]! }] : [])));
      expect(at.length, `${name}: ${term}`).toBeGreaterThan(0);
      for (const { term: t, rest } of at) {
        expect(t.font, `${name}: ${term}`).toMatch(/Bold/);
        expect(rest.font).not.toMatch(/Bold/);
      }
    }
    expect(lecture.glossary.map((g) => g.term)).toEqual(expect.arrayContaining(terms));
  });
});

describe('answer keys mark the right answer with ✓', () => {
  const lectures = [
    ['en', 'water-cycle', 'tests/fixtures/all-layouts/water-cycle.yaml'],
    ['fr', 'cycle-de-l-eau', 'tests/fixtures/french/cycle-de-l-eau.yaml'],
    ['hi', 'jal-chakra', 'tests/fixtures/hindi/jal-chakra.yaml'],
    ['ar', 'arabic', 'tests/fixtures/scripts/arabic.yaml'],
  ] as const;

  it.each(lectures)('%s: quiz-answers.pdf has ✓ before each right choice and before no wrong one', (lang, name, yaml) => {
    const lecture = loadLecture(yaml);
    const text = execFileSync('pdftotext', ['-layout', file(`keys/${lang}`, name, 'quiz-answers.pdf'), '-'], { encoding: 'utf8' });
    const lines = text.split('\n');
    // Arabic's letters come out of pdftotext joined or split by their shapes: compare without spaces or direction marks.
    const bare = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');
    for (const q of lecture.questions.filter((q) => q.kind === 'choice')) {
      const right = lines.filter((l) => bare(l).includes(bare(q.answer)) && !/[—:]/.test(l));
      expect(right.some((l) => l.includes('✓')), `${lang}: ${q.answer}\n${text}`).toBe(true);
      for (const wrong of q.choices!.filter((c) => c !== q.answer)) {
        const printed = lines.filter((l) => bare(l).includes(bare(wrong)));
        expect(printed.length, `${lang}: ${wrong}`).toBeGreaterThan(0);
        for (const l of printed) expect(l, `${lang}: ${wrong} is wrong`).not.toContain('✓');
      }
    }
    // One ✓ per question: the right choice, the right one of true and false, or a short answer's line.
    expect(text.split('✓').length - 1).toBe(lecture.questions.length);
  });

  it.each(lectures)('%s: the ✓ is drawn from an embedded font that has it, never a box or a system font', async (lang, name) => {
    for (const pdf of ['quiz-answers.pdf', 'worksheet-answers.pdf']) {
      const key = file(`keys/${lang}`, name, pdf);
      const ticks = (await textWithFonts(key)).flat().filter((i) => i.str.includes('✓'));
      expect(ticks.length, `${lang} ${pdf}`).toBeGreaterThan(0);
      // Source Sans 3 has no ✓: it comes from Noto Sans SC's file that has it (fonts.ts), embedded like the rest.
      for (const t of ticks) expect(t.font, `${lang} ${pdf}`).toMatch(/^NotoSansSC/);
      expect(await notdefGlyphs(key), `${lang} ${pdf}`).toEqual([]);
      const fonts = execFileSync('pdffonts', [key], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      for (const f of fonts) {
        expect(f, `${lang} ${pdf}`).toMatch(/^[A-Z]{6}\+(SourceSans3|SourceCodePro|NotoSans)/);
        expect(f.split(/\s+/).slice(-5, -4)[0], `${lang} ${pdf}: ${f}`).toBe('yes'); // emb
      }
    }
  });
});
