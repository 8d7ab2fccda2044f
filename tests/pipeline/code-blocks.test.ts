/**
 * Code on slides (issue 13, item 2), built for real from tests/fixtures/code and read back:
 * a fenced block in a bullet, a sub-point, a compare column and speaker notes is shown as
 * code in every output — highlighted, monospaced, every line and indent as typed, `<`, `&`,
 * `$` and `[[` literal — whole on one slide, a long line wrapped rather than cut off.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.js';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

let out: string;
let run: Awaited<ReturnType<typeof runLectern>>;
const browser = sharedBrowser();
const file = (name: string) => path.join(out, 'loops', name);
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-code-'));
  cpSync(path.join(__dirname, '../fixtures/code'), path.join(work, 'content'), { recursive: true });
  out = path.join(work, 'out');
  run = await runLectern(['build', path.join(work, 'content', 'loops.yaml'), '--out', out]);
}, 180_000);

/** The pages of a PDF as pdftotext -layout lays them out: columns follow positions, so indents show. */
const layoutPages = (pdf: string) => spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');

/** Where each of `lines` starts on one page, in order, or undefined when the page lacks one of them. */
function columnsOn(page: string, lines: readonly string[]): number[] | undefined {
  const rows = page.split('\n');
  const found: number[] = [];
  let row = 0;
  for (const line of lines) {
    while (row < rows.length && !rows[row]!.includes(line)) row++;
    if (row === rows.length) return undefined;
    found.push(rows[row]!.indexOf(line));
    row++;
  }
  return found;
}

/** The one page that has all of `lines`, in order, with their columns relative to the first. */
function indentsIn(pdf: string, lines: readonly string[]): { pages: number[]; indents: number[] } {
  const hits = layoutPages(pdf).flatMap((page, i) => {
    const columns = columnsOn(page, lines);
    return columns ? [{ page: i + 1, indents: columns.map((c) => c - columns[0]!) }] : [];
  });
  return { pages: hits.map((h) => h.page), indents: hits[0]?.indents ?? [] };
}

const STEPS = Array.from({ length: 19 }, (_, i) => `total += values[${i}]`);
const FUNCTION = ['def running_total(values):', '"""Adds up values, one at a time."""', 'total = 0', ...STEPS, 'return total', 'print(running_total(list(range(20))))'];

describe('code on slides', () => {
  it('builds, with no warning about the code', () => {
    expect(run.code, run.err).toBe(0);
    expect(run.out + run.err).not.toMatch(/code block/);
  });

  it('deck.md holds real fences, the code as typed inside its list item', () => {
    const md = readFileSync(file('deck.md'), 'utf8');
    expect(md).toContain('- In Python:\n  ```python\n  for i in range(3):\n      print(i)\n  ```\n');
    // A sub-point that is only code opens its fence on the marker's line.
    expect(md).toContain('  - ```javascript\n    for (let i = 0; i < 3; i++) {\n      console.log(`i is ${i}`);\n    }\n    ```\n');
    expect(md).toContain('  if price < 5 & cheap:\n      label = "$5 & [[under]]"\n          # kept: eight spaces, *no* Markdown\n');
    // Text that is not code is one line, as ever: only a fenced block keeps its line breaks.
    expect(md).toContain('\n- Nothing in the block is read as Markdown, a key term or maths\n');
  });

  it('deck.html colours the code with highlight.js and asks for the monospaced face', async () => {
    const html = readFileSync(file('deck.html'), 'utf8');
    expect(html).toMatch(/<code class="language-python"><span class="hljs-keyword">for<\/span>/);
    expect(html).toMatch(/<code class="language-javascript"><span class="hljs-keyword">for<\/span>/);
    expect(html).toContain('label = <span class="hljs-string">&quot;$5 &amp; [[under]]&quot;</span>');
    const { faces, longLines } = await browser.withPage(async (page) => {
      await page.goto(pathToFileURL(file('deck.html')).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // Marp's script turns each <pre> into a <marp-pre>, which would scale a long line down to fit: it wraps instead, as printed.
      return page.evaluate(() => {
        const pres = [...document.querySelectorAll<HTMLElement>('section pre, section marp-pre')];
        const long = pres.find((pre) => pre.textContent!.includes('LASTWORD'))!;
        const style = getComputedStyle(long);
        return { faces: pres.map((pre) => getComputedStyle(pre).fontFamily), longLines: (long.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight) };
      });
    });
    expect(faces.length).toBe(7);
    for (const face of faces) expect(face).toMatch(/^"?Source Code Pro"?,/);
    expect(Math.round(longLines)).toBe(2);
  });

  it('deck.pdf has the code lines in order, each indented as typed', () => {
    const pdf = file('deck.pdf');
    expect(indentsIn(pdf, ['for i in range(3):', 'print(i)']).indents).toEqual([0, 4]);
    expect(indentsIn(pdf, ['for (let i = 0; i < 3; i++) {', 'console.log(`i is ${i}`);', '}']).indents).toEqual([0, 2, 0]);
    expect(indentsIn(pdf, ['if price < 5 & cheap:', 'label = "$5 & [[under]]"', '# kept: eight spaces, *no* Markdown']).indents).toEqual([0, 4, 8]);
    expect(indentsIn(pdf, ['xs = [[1, 2], [3, 4]]']).pages).toHaveLength(1);
  });

  it('a 25-line block on a slide with other bullets is whole on one slide, never cut', () => {
    const { pages, indents } = indentsIn(file('deck.pdf'), FUNCTION);
    expect(pages).toHaveLength(1);
    expect(indents).toEqual([0, 4, 4, ...STEPS.map(() => 4), 4, 0]);
    // The bullets around it are on slides of their own, the block on none but its own.
    const text = layoutPages(file('deck.pdf'));
    expect(text.filter((page) => page.includes('total +=')).length).toBe(1);
    expect(text.some((page) => page.includes('Read the function from the top'))).toBe(true);
    expect(text.some((page) => page.includes('It returns the sum of the values'))).toBe(true);
  });

  it('a line too long for the slide wraps onto the next line, every word of it on the slide', async () => {
    const pdf = await readPdf(file('deck.pdf'));
    const page = pdf.pages.find((p) => p.text.includes('LASTWORD'))!;
    const last = page.items.find((i) => i.str.includes('LASTWORD'))!;
    const first = page.items.find((i) => i.str.includes('const'))!;
    expect(last.y).toBeLessThan(first.y); // on a line below
    expect(last.x + last.width).toBeLessThan(page.width);
  });

  it('embeds the monospaced face the code is set in', () => {
    const fonts = spawnSync('pdffonts', [file('deck.pdf')], { encoding: 'utf8' }).stdout;
    // Source Code Pro once Lectern ships it (fonts.ts); until then, the system's monospace.
    const shipped = /@font-face\s*\{\s*font-family:\s*['"]?Source Code Pro/.test(readFileSync(file('deck.html'), 'utf8'));
    expect(fonts).toMatch(shipped ? /\+SourceCodePro\S*\s.*\byes\b/ : /\+(SourceCodePro|DejaVuSansMono)\S*\s.*\byes\b/);
  });

  it('the speaker notes show the notes’ code, highlighted and indented, [[ as typed', async () => {
    const pdf = file('speaker-notes.pdf');
    expect(indentsIn(pdf, ['for [[i]] in range(3):', 'print(i) # prints 0, 1 and 2']).indents).toEqual([0, 4]);
    expect((await readPdf(pdf)).text).toContain('Then ask what range(3) gives.');
  });

  it('the notes handout’s slide pictures and the revision sheet show the code', async () => {
    expect(indentsIn(file('notes-handout.pdf'), ['if price < 5 & cheap:', 'label = "$5 & [[under]]"']).pages.length).toBe(1);
    // pdf.js puts a space between the coloured pieces of a line: compare without spaces.
    const revision = squash((await readPdf(file('revision-sheet.pdf'))).text);
    expect(revision).toContain(squash('xs = [[1, 2], [3, 4]]'));
    expect(revision).toContain(squash('label = "$5 & [[under]]"'));
  });

  it('key terms and worksheet blanks never come from inside code', async () => {
    const answers = (await readPdf(file('worksheet-answers.pdf'))).text;
    // "for loop" is marked in the text: a blank. "under" and "1, 2" are marked only inside code: never.
    expect(answers).toContain('for loop');
    expect(answers).not.toMatch(/under|\[1, 2\]|range/);
  });
});
