import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lecture } from '../../../src/load/lecture.js';
import { loadLecture, parseLecture } from '../../../src/load/load-lecture.js';
import { planDeck } from '../../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown, type DeckTemplates } from '../../../src/make/deck/render-deck.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';
import { TemplateSet } from '../../../src/make/template-set.js';

let templates: DeckTemplates;
let themeCss: string;
let lecture: Lecture;
let markdown: string;

/** The Markdown of the slide whose heading is `title`. */
function slide(title: string): string {
  const found = markdown.split(/\n---\n/).find((s) => s.includes(`## ${title}\n`) || s.includes(`# ${title}\n`));
  if (!found) throw new Error(`no slide titled ${title}`);
  return found;
}

beforeAll(() => {
  const set = new TemplateSet();
  templates = loadDeckTemplates(set);
  themeCss = set.read('themes/lectern.css').text;
  lecture = loadLecture(path.join(__dirname, '../../fixtures/all-layouts/water-cycle.yaml'));
  markdown = renderDeckMarkdown(lecture, planDeck(lecture), templates);
});

describe('deck Markdown', () => {
  it('starts with Marp front matter naming the theme, pagination and the footer', () => {
    expect(markdown.startsWith('---\nmarp: true\ntheme: lectern\nsize: 16:9\npaginate: true\n')).toBe(true);
    expect(markdown).toContain('footer: "Earth Science · Year 8"');
  });

  it('title slide: title, subtitle, course and lesson, author and revised date, no page number', () => {
    const md = slide('The Water Cycle');
    expect(md).toContain('<!-- _class: title -->');
    expect(md).toContain('<!-- _paginate: false -->');
    expect(md).toContain('Earth Science · Lesson 3');
    expect(md).toContain('How water moves between the sea, the sky and the land');
    expect(md).toContain('**Ms. Okafor · Revised 2024-09-01**');
  });

  it('bullets: nested lists, inline Markdown kept, key terms emphasised, notes as a presenter comment', () => {
    const md = slide('The four stages');
    expect(md).toContain('- **Evaporation**: the sun heats water into vapour');
    expect(md).toContain('- Precipitation:\n  - rain\n  - snow and *hail*');
    expect(md).toContain('`groundwater`');
    // A zero-width space keeps a note line from being read as a Marp directive.
    expect(md).toContain('<!--\n\u200BAsk who has seen fog form over a lake.\n-->');
  });

  it('facts: one item per call-out, the value in bold, with a class for the grid', () => {
    const md = slide('By the numbers');
    // "1,386 million km³" is a long figure: every card of the slide sets its figure smaller.
    expect(md).toContain('<!-- _class: facts facts-3 facts-long -->');
    expect(md).toContain("- **97%** of Earth's water is in the oceans");
  });

  it('timeline: when in bold, then what', () => {
    expect(slide('Discovery of the cycle')).toContain('- **1580** Bernard Palissy describes the cycle');
  });

  it('compare: a heading and list per column', () => {
    const md = slide('Evaporation versus condensation');
    expect(md).toContain('<!-- _class: compare cols-2 -->');
    expect(md).toMatch(/### Evaporation\n\n- absorbs heat\n- liquid to gas\n\n### Condensation\n\n- releases heat/);
  });

  it('quote: a block quote and its source', () => {
    const md = slide("A poet's view");
    expect(md).toContain('> Water is the driving force of all nature.');
    expect(md).toContain('— Leonardo da Vinci');
  });

  it('image: the copy beside the outputs, described by its alt text, with its caption', () => {
    const md = slide('The cycle at a glance');
    // The alt text is the image's title, made its alt in the HTML: Marp would read words in ![…] as image options.
    expect(md).toContain('![](images/water-cycle.png "A diagram of the water cycle: water evaporates from the sea, forms clouds, falls as rain and runs back to the sea in rivers")');
    expect(md).toContain('\nThe water cycle, from sea to sky and back\n');
  });

  it('table: header, separator and rows, with the caption', () => {
    const md = slide('Where the water is');
    expect(md).toContain('| Store | Share |\n| --- | --- |\n| Oceans | 97% |');
    expect(md).toContain('Approximate shares of all water on Earth');
  });

  it('objectives, takeaways and a closing slide naming the next lecture', () => {
    expect(slide('Learning objectives')).toContain('1. Name the four stages of the water cycle');
    expect(slide('Key takeaways')).toContain('- Most water is in the oceans');
    expect(slide('Questions?')).toContain('## Weather and Climate');
  });
});

describe('content is text', () => {
  const hostile = parseLecture(
    [
      'title: "<script>alert(1)</script>"',
      'footer: "<img src=x onerror=alert(2)>"',
      'sections:',
      '  - title: S',
      '    slides:',
      '      - title: "<!-- _class: title -->"',
      '        bullets: ["<b>bold?</b>", "# not a heading", "a | b"]',
      '        notes: "ends early --> <script>alert(3)</script>"',
    ].join('\n'),
    'hostile.yaml',
  );

  it('never turns content into HTML, directives or structure', async () => {
    const md = renderDeckMarkdown(hostile, planDeck(hostile), templates);
    const { html } = await renderMarp(md, themeCss);
    expect(html).not.toMatch(/<(script|img|b)[\s>]/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold?&lt;/b&gt;');
    expect(html).toContain('# not a heading');
    // The slide title that looks like a directive stays a visible heading on a normal slide.
    expect(html).toMatch(/<h2[^>]*>&lt;!-- _class: title --&gt;<\/h2>/);
    expect(md).toContain('ends early -> <script>');
  });
});
