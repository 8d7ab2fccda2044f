/**
 * Lecture text → Marp Markdown, read back by Marp itself: the promised inline Markdown is
 * live, and everything else shows as typed, whatever run of backticks, backslashes or
 * brackets surrounds it (issue 11, items 2 and 15).
 */
import { describe, expect, it } from 'vitest';
import { marpCell, marpInline } from '../../../src/make/deck/marp-text.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';

const THEME = '/* @theme t */';

/** The HTML Marp makes of `markdown`, inside the one slide's <section>. */
async function slideHtml(markdown: string): Promise<string> {
  const { html } = await renderMarp(`---\nmarp: true\ntheme: t\n---\n\n${markdown}\n`, THEME);
  return html.replace(/^[\s\S]*?<section[^>]*>/, '').replace(/<\/section>[\s\S]*$/, '').trim();
}

describe('a bullet', () => {
  const cases: [string, string][] = [
    ["``<!-- _class: invert -->` t", '<li>``&lt;!-- _class: invert --&gt;` t</li>'],
    ['`` a ` b `` and `c`', '<li><code>a ` b</code> and <code>c</code></li>'],
    ['&lt; \\< &amp; $5 and $6 a_b_c', '<li>&amp;lt; \\&lt; &amp;amp; $5 and $6 a_b_c</li>'],
    ['\\*not italic\\* and *italic*', '<li>*not italic* and <em>italic</em></li>'],
    ['**[[term]]** and [[other]]', '<li><strong>term</strong> and <strong>other</strong></li>'],
    ['[a link](https://example.org/a_(b)) and ![img](pic.png)', '<li><a href="https://example.org/a_(b)">a link</a> and !<a href="pic.png">img</a></li>'],
    ['<https://example.org> https://example.org', '<li>&lt;https://example.org&gt; https://example.org</li>'],
    ['--- not a rule', '<li>--- not a rule</li>'],
    ['1. not a list', '<li>1. not a list</li>'],
    ['# not a heading', '<li># not a heading</li>'],
    ['~~not struck~~ ==not marked== :smile:', '<li>~~not struck~~ ==not marked== :smile:</li>'],
    ['ends in a backslash \\', '<li>ends in a backslash \\</li>'],
  ];
  for (const [text, html] of cases) {
    it(`shows ${JSON.stringify(text)} as it should`, async () => {
      expect(await slideHtml(`- ${marpInline(text)}`)).toBe(`<ul>\n${html}\n</ul>`);
    });
  }
});

describe('a table cell', () => {
  it('keeps a "|" in text or in code inside its cell', async () => {
    const html = await slideHtml(`| ${marpCell('a | b')} | ${marpCell('`c|d`')} |\n| --- | --- |`);
    expect(html).toContain('<th>a | b</th>');
    expect(html).toContain('<th><code>c|d</code></th>');
  });
});
