/**
 * Where issue 13's parts meet (found by review): maths in an Arabic line reads left to right;
 * a letter that KaTeX's or Source Code Pro's fonts lack comes from the lecture's embedded
 * faces, never the computer's; a lecture whose only code is a code block embeds the code face.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedFontNames, notdefGlyphs } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-seams-'));
const dir = path.join(out, 'arabic-physics');

beforeAll(async () => {
  const run = await runLectern(['build', path.join(__dirname, '../fixtures/seams/arabic-physics.yaml'), '--out', out]);
  expect(run.code, run.err).toBe(0);
}, 300_000);

/** The x of each word pdftotext -bbox finds on the first page that has `near`, in page order. */
function wordsNear(file: string, near: string): { word: string; x: number; y: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages = xml.split('<page ').slice(1);
  const page = pages.find((p) => p.includes(near)) ?? '';
  return [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ word: m[3]!, x: Number(m[1]), y: Number(m[2]) }));
}

describe('maths and code in an Arabic lecture', () => {
  it('prints every letter in a face Lectern embeds, code and \\text{} included', async () => {
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(6);
    for (const pdf of pdfs) {
      const file = path.join(dir, pdf);
      expect(await notdefGlyphs(file), pdf).toEqual([]);
      expect((await embeddedFontNames(file)).filter((f) => !/^(SourceSans3|SourceCodePro|NotoSans(Arabic|SC)|KaTeX_)/.test(f)), pdf).toEqual([]);
    }
    // The only code is a block: its face is embedded all the same.
    expect((await embeddedFontNames(path.join(dir, 'deck.pdf'))).some((f) => f.startsWith('SourceCodePro'))).toBe(true);
  });

  it('sets E = mc² left to right inside the right-to-left line, on the slide and the revision sheet', () => {
    for (const pdf of ['deck.pdf', 'revision-sheet.pdf']) {
      const words = wordsNear(path.join(dir, pdf), 'mc');
      const e = words.find((w) => w.word === 'E');
      const mc = words.find((w) => w.word.startsWith('mc'));
      expect(e && mc, `${pdf}: ${JSON.stringify(words.slice(0, 40))}`).toBeTruthy();
      expect(e!.x, pdf).toBeLessThan(mc!.x);
    }
  });

  it('keeps 1 < 2 in the quiz as typed, not mirrored to 2 > 1', () => {
    const text = execFileSync('pdftotext', [path.join(dir, 'quiz.pdf'), '-'], { encoding: 'utf8' });
    expect(text).not.toContain('>');
    const words = wordsNear(path.join(dir, 'quiz.pdf'), '&lt;');
    const one = words.find((w) => w.word === '1');
    const two = words.find((w) => w.word === '2');
    expect(one && two, JSON.stringify(words)).toBeTruthy();
    expect(one!.x).toBeLessThan(two!.x);
  });
});
