/**
 * finishPdf on a PDF Chromium really printed: what it adds is read back by pdf.js, pdf-lib
 * and poppler, and what Chromium wrote (structure, fonts, text, picture, link) is still there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { finishPdf } from '../../../src/make/print/finish-pdf.js';
import { sharedBrowser } from '../../helpers/browser.js';
import { readAccessibility, structureErrors, structureText } from '../../helpers/pdf-accessibility.js';

const browser = sharedBrowser();
const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-finish-'));
const raw = path.join(dir, 'raw.pdf');
const finished = path.join(dir, 'finished.pdf');
const photo = path.resolve('tests/fixtures/pictures/photo.png');

// Two pages; a heading that wraps (its bookmark loses the space), bold and italic text
// (PDF 2.0 types in Chromium's tags), a picture and a link.
const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche — Le cycle de l'eau</title>
<style>@page { size: A5; margin: 15mm } h1 { width: 45mm } body { font-family: sans-serif }</style></head><body>
<h1>Le cycle de l'eau expliqué aux élèves</h1>
<p>L'eau <strong>s'évapore</strong> puis <em>se condense</em>.</p>
<img src="images/photo.png" alt="Des nuages au-dessus de la mer" style="width: 60mm">
<p><a href="https://example.org/cycle">En savoir plus</a></p>
<h2 style="break-before: page">Les étapes</h2><p>Évaporation, condensation, précipitations, ruissellement.</p>
</body></html>`;

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdffonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).map((l) => l.split(/\s+/)[0]).sort();
const pdfimages = (file: string) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/).slice(3, 6).join(' '));

async function links(file: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(execFileSync('cat', [file])), verbosity: 0 }).promise;
  const found: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) for (const a of await (await doc.getPage(n)).getAnnotations()) if (a.url) found.push(a.url as string);
  await doc.destroy();
  return found;
}

beforeAll(async () => {
  const printed = await browser.withDocument('finish test', html, new Map([['images/photo.png', photo]]), {}, async (page) => ({
    pdf: await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true }),
    headings: await page.$$eval('h1, h2', (hs) => hs.map((h) => (h as HTMLElement).innerText)),
  }));
  writeFileSync(raw, printed.pdf);
  const bytes = await finishPdf(printed.pdf, {
    language: 'fr',
    author: 'Mme Lefèvre & <Fils>',
    subject: 'Sciences de la vie et de la Terre',
    keywords: ['Évaporation', 'Cycle de l’eau'],
    creatorTool: 'Lectern test',
    headings: printed.headings,
  });
  writeFileSync(finished, bytes);
});

describe('a finished PDF', () => {
  it('carries XMP metadata that agrees with its Info dictionary: title, language, author, course, key terms', async () => {
    const a = await readAccessibility(finished);
    expect(a.info.title).toBe("Fiche — Le cycle de l'eau");
    expect(a.xmp.title).toBe(a.info.title);
    expect(a.xmp.language).toBe('fr');
    expect(a.xmp.creator).toEqual(['Mme Lefèvre & <Fils>']);
    expect(a.info.author).toBe('Mme Lefèvre & <Fils>');
    expect(a.info.subject).toBe('Sciences de la vie et de la Terre');
    expect(a.info.keywords).toBe('Évaporation; Cycle de l’eau');
    expect(a.xmp.keywords).toBe(a.info.keywords);
    expect(a.xmp.creatorTool).toBe('Lectern test');
    // pdf-lib writes 1.7, in which all of this is valid (Strong and Em only role-mapped).
    expect(a.version).toBe('1.7');
  });

  it('shows its title in the window, says its language, is marked as tagged, and numbers its pages from 1', async () => {
    const a = await readAccessibility(finished);
    expect(a.displayDocTitle).toBe(true);
    expect(a.lang).toBe('fr');
    expect(a.marked).toBe(true);
    expect(a.pageLabels).toEqual(['1', '2']);
  });

  it("has structure types poppler accepts: Chromium's Strong and Em are role-mapped, and their text is read", async () => {
    // The test means something only while Chromium writes them.
    expect(structureErrors(raw).join('\n')).toMatch(/wrong type \((Strong|Em)\)/);
    expect(structureErrors(finished)).toEqual([]);
    const a = await readAccessibility(finished);
    expect(a.roleMap).toMatchObject({ Strong: 'Span', Em: 'Span' });
    expect(structureText(finished)).toContain("s'évapore");
  });

  it('gives a wrapped heading its spaces back in the bookmarks', async () => {
    const before = await readAccessibility(raw);
    const after = await readAccessibility(finished);
    expect(before.outline[0]).not.toBe("Le cycle de l'eau expliqué aux élèves");
    expect(after.outline).toEqual(["Le cycle de l'eau expliqué aux élèves", 'Les étapes']);
  });

  it("keeps what Chromium printed: fonts, text, the picture, the link and the structure tree's headings", async () => {
    expect(pdffonts(finished)).toEqual(pdffonts(raw));
    expect(pdftotext(finished)).toBe(pdftotext(raw));
    expect(pdfimages(finished)).toEqual(pdfimages(raw));
    expect(pdfimages(finished).length).toBeGreaterThan(0);
    expect(await links(finished)).toEqual(['https://example.org/cycle']);
    expect(structureText(finished)).toMatch(/H1 \(block\)[\s\S]*Figure[\s\S]*Link[\s\S]*H2 \(block\)/);
  });
});
