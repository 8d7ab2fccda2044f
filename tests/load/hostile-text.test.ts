/**
 * Text from colleagues and the internet is hostile until read: line breaks of every kind,
 * bytes that are not UTF-8, control characters. Each is read as text or refused at its place.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { checkLectureFile, parseLecture } from '../../src/load/load-lecture.js';
import { renderMarp } from '../../src/make/deck/marp-render.js';
import { planDeck } from '../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../src/make/deck/render-deck.js';
import { TemplateSet } from '../../src/make/template-set.js';
import { formatProblems } from '../../src/problems/format.js';

const set = new TemplateSet();
const head = 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n';
const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-hostile-text-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const f = path.join(work, name);
  writeFileSync(f, bytes);
  return f;
};

describe('line breaks of every kind', () => {
  it.each([
    ['carriage returns', '\\r\\r---\\r\\r# INJECTED SLIDE\\r\\r'],
    ['line and paragraph separators', '\\L\\L---\\P# INJECTED SLIDE\\P'],
  ])('(%s) never start a slide of their own', async (_, breaks) => {
    const lecture = parseLecture(`${head}        bullets: ["before${breaks}after"]\n`, 'cr.yaml');
    const plan = planDeck(lecture);
    const markdown = renderDeckMarkdown(lecture, plan, loadDeckTemplates(set));
    const marp = await renderMarp(markdown, set.read('themes/lectern.css').text);
    expect(marp.html.match(/<section /g)).toHaveLength(plan.length);
    expect(marp.html).not.toMatch(/<h1[^>]*>INJECTED/);
  });

  it('in a file saved with carriage returns alone, still counts lines for its messages', () => {
    const f = file('cr-only.yaml', `${head}        bulets: [x]\n`.replace(/\n/g, '\r'));
    expect(checkLectureFile(f).problems[0]).toMatchObject({ line: 7, column: 9, message: expect.stringContaining('unknown key "bulets"') });
  });
});

describe('bytes that are not UTF-8', () => {
  it.each([
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong form', [0xe0, 0x80, 0xaf]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('(%s) are refused at their line and column', (_, bad) => {
    const before = Buffer.from(`${head}        bullets: ["ab `);
    const f = file(`bad-${bad.join('-')}.yaml`, Buffer.concat([before, Buffer.from(bad), Buffer.from(' cd"]\n')]));
    expect(checkLectureFile(f).problems).toEqual([expect.objectContaining({ line: 7, column: 23, message: expect.stringContaining('not UTF-8') })]);
  });
});

describe('control characters', () => {
  it('refuses a NUL or an escape in text, at its place, and never sends one to the terminal', () => {
    for (const [escape, code] of [['\\0', 'U+0000'], ['\\e[31m', 'U+001B']] as const) {
      try {
        parseLecture(`${head}        bullets: ["red ${escape}text"]\n`, 'control.yaml');
        expect.unreachable();
      } catch (error) {
        const problems = (error as ContentError).problems;
        expect(problems).toContainEqual(expect.objectContaining({ line: 7, message: expect.stringContaining(`control character (${code})`) }));
      }
    }
    const raw = file('raw-escape.yaml', `${head.replace('title: A', 'title: "A \x1b[2J cleared"')}        bullets: [x]\n`);
    const shown = formatProblems(checkLectureFile(raw).problems);
    expect(shown).toContain('\\u{1b}[2J');
    expect(shown).not.toContain('\x1b');
  });

  it('refuses an empty title', () => {
    expect(() => parseLecture(`title: "   "\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n`, 'blank.yaml')).toThrow('blank.yaml:1:8  the title is empty');
  });
});
