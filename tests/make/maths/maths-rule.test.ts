/**
 * Where maths starts and ends (issue 13, item 1): our reader and Marp's must agree, or the
 * deck and the handouts would typeset different things; a price stays a price.
 */
import { describe, expect, it } from 'vitest';
import { marpCell, marpInline, marpNotes } from '../../../src/make/deck/marp-text.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';
import { htmlInline } from '../../../src/make/handouts/html-text.js';
import { plainInline } from '../../../src/make/lecture-markdown.js';
import { hasMaths, mathsIn, plainMaths } from '../../../src/make/maths/find-maths.js';

const THEME = '/* @theme t */';

async function slideHtml(markdown: string): Promise<string> {
  const { html } = await renderMarp(`---\nmarp: true\ntheme: t\nmath: katex\n---\n\n${markdown}\n`, THEME);
  return html.replace(/^[\s\S]*?<section[^>]*>/, '').replace(/<\/section>[\s\S]*$/, '').trim();
}

const katexCount = (html: string) => (html.match(/class="katex"/g) ?? []).length;

// [text, the TeX of each piece of maths our reader finds]
const CASES: [string, string[]][] = [
  ['$E = mc^2$', ['E = mc^2']],
  ['costs $5.', []],
  ['$5 and $10', []],
  ['$5 and $x$', ['x']],
  ['between $ x $ and $y$', ['y']],
  ['$x$5 is not closed by a $ before a digit', []],
  ['$$', []],
  ['a $$ b', []],
  ['\\$x\\$ is two dollars', []],
  ['a price \\$5 and $a+b$', ['a+b']],
  ['$a \\$ b$', ['a \\$ b']],
  ['$\\frac{1}{2}$ and $\\ce{H2O}$', ['\\frac{1}{2}', '\\ce{H2O}']],
  ['`$x$` is code', []],
  ['$$\\int_0^1 x\\,dx$$ in display', ['\\int_0^1 x\\,dx']],
  ['spaced display $$ x^2 $$ here', [' x^2 ']],
  ['then $$y$$5 apples: a digit after it, as after "$"', []],
  ['[[$E=mc^2$]]', ['E=mc^2']],
  ['**$p = mv$**', ['p = mv']],
];

describe('the delimiter rule', () => {
  for (const [text, tex] of CASES) {
    it(`finds ${JSON.stringify(tex)} in ${JSON.stringify(text)}`, () => {
      expect(mathsIn(text).map((m) => m.tex)).toEqual(tex);
      expect(hasMaths(text)).toBe(tex.length > 0);
    });
  }

  // Marp reading the text as typed ($$…$$ aside: Marp reads it only as a block of its own).
  for (const [text, tex] of CASES.filter(([t]) => !t.includes('$$') && !t.includes('[['))) {
    it(`agrees with Marp about ${JSON.stringify(text)}`, async () => {
      expect(katexCount(await slideHtml(`- ${text}`))).toBe(tex.length);
    });
  }

  for (const [text, tex] of CASES) {
    it(`writes ${JSON.stringify(text)} for Marp so that it typesets the same maths`, async () => {
      const html = await slideHtml(`- ${marpInline(text)}`);
      expect(katexCount(html)).toBe(tex.length);
      expect(html).not.toContain('katex-error');
    });
  }
});

describe('dollars', () => {
  it('stay dollars in the deck and the handouts', async () => {
    const text = 'A kit costs $5, two cost $10, and \\$ is a dollar too.';
    expect(await slideHtml(`- ${marpInline(text)}`)).toBe('<ul>\n<li>A kit costs $5, two cost $10, and $ is a dollar too.</li>\n</ul>');
    expect(htmlInline(text)).toBe('A kit costs $5, two cost $10, and $ is a dollar too.');
  });
});

describe('maths in a table cell', () => {
  it('may hold a "|"', async () => {
    const html = await slideHtml(`| a | b |\n| --- | --- |\n| ${marpCell('$|x|$')} | ${marpCell('$a \\mid b$')} |`);
    expect(katexCount(html)).toBe(2);
    expect(html).not.toContain('katex-error');
  });
});

describe('display maths', () => {
  it('is set in display style where it stands, in the deck and the handouts', async () => {
    expect(marpInline('so $$\\sum_i x_i$$ here')).toBe('so $\\displaystyle \\sum_i x_i$ here');
    expect(htmlInline('so $$\\sum_i x_i$$ here')).toContain('\\displaystyle');
  });
});

describe('chemistry', () => {
  it('typesets \\ce in the handouts and the deck alike', async () => {
    const text = '$\\ce{6CO2 + 6H2O -> C6H12O6 + 6O2}$';
    const handout = htmlInline(text);
    expect(handout).toContain('class="katex"');
    expect(handout).not.toContain('katex-error');
    const deck = await slideHtml(`- ${marpInline(text)}`);
    expect(deck).toContain('class="katex"');
    expect(deck).not.toContain('katex-error');
  });
});

describe('plain text', () => {
  it('shows maths as its TeX without the dollars', () => {
    expect(plainInline('Energy: $E = mc^2$ for $5')).toBe('Energy: E = mc^2 for $5');
    expect(plainMaths('Derive $E_k$ from\n$W = Fd$.')).toBe('Derive E_k from\nW = Fd.');
    expect(marpNotes('Derive $E_k$, not $5')).toBe('\u200BDerive E_k, not $5');
  });
});
