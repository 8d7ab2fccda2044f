/**
 * Plain text and Markdown read into a draft that validates, keeps the teacher's text as
 * typed and its structure as meant: the cases a review found broken, one by one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftPoint } from '../../src/import/draft.js';
import { readNotesText } from '../../src/import/read-notes-text.js';
import { readText } from '../../src/import/read-text.js';
import { writeDraft } from '../../src/import/write-draft.js';
import { loadLecture } from '../../src/load/load-lecture.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-read-text-'));

/** The draft, written and loaded as a lecture: it must validate. */
function imported(source: string, format: 'text' | 'markdown' = 'text'): Draft {
  const draft = readText(source, 'notes', format);
  const file = path.join(work, `lecture-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, writeDraft(draft, { schema: 'lecture.schema.json', from: 'notes' }));
  expect(() => loadLecture(file)).not.toThrow();
  return draft;
}
const slides = (d: Draft) => d.sections.flatMap((s) => s.slides);
const points = (d: Draft) => slides(d).flatMap((s) => s.points);
const texts = (ps: DraftPoint[]): string[] => ps.flatMap((p) => [p.text, ...texts(p.children)]);

describe('notes read into a lecture draft', () => {
  it('nests a list under the paragraph that introduces it, never sibling bullets under a bullet ending in ":"', () => {
    const bullets = points(imported('Topic\n\n- Examples:\n  - a\n- Then:\n  - b\n- last one\n'));
    expect(bullets.map((p) => p.text)).toEqual(['Examples:', 'Then:', 'last one']);
    expect(bullets[0]!.children.map((p) => p.text)).toEqual(['a']);
    const introduced = points(imported('Topic\n\nMembership of the regime matters to the country for several different reasons:\n\n1. one\n2. two\n'));
    expect(introduced[0]!.children.map((p) => p.text)).toEqual(['one', 'two']);
  });

  it('makes a lecture that validates from an empty file, headings in a row, and a Markdown title straight before a section', () => {
    expect(slides(imported(''))).toHaveLength(1);
    imported('Summary\n\nKey facts\n\ntext.\n');
    imported('# Loops\n\n## For loops\n\n## While loops\n\nThey repeat.\n', 'markdown');
  });

  it('keeps a line that starts with the word "o", and a sentence about copyright, as text', () => {
    const draft = imported('Aula\n\no professor explicou a lição.\no MTCR is a regime\n\nCopyright law protects authors.\n');
    expect(texts(points(draft))).toContain('o professor explicou a lição.');
    expect(texts(points(draft))).toContain('MTCR is a regime');
    expect(texts(points(draft))).toContain('Copyright law protects authors.');
    expect(draft.footer).toBeUndefined();
    expect(imported('Aula\n\nA point.\n\nCopyright © 2020 School\n').footer).toBe('Copyright © 2020 School');
  });

  it('drops a running header, but not a title or a bullet the teacher repeats', () => {
    const source = ['Unit 3 notes', 'Example:', '- True', 'First fact.', 'Unit 3 notes', 'Example:', '- True', 'Second fact.', 'Unit 3 notes', 'Example:', '- True', 'Third fact.'].join('\n\n');
    const draft = imported(source);
    expect(draft.dropped.map((d) => d.text)).toEqual(['Unit 3 notes']);
    expect(slides(draft).filter((s) => s.title === 'Example')).toHaveLength(3);
    expect(texts(points(draft)).filter((t) => t === 'True')).toHaveLength(3);
  });

  it('reads Markdown code blocks, tables, underlined headings, pictures and quotes, keeping their text', () => {
    const md = ['Cells', '=====', '', '## Parts', '', '```python', '# a comment, not a heading', 'def f():', '    return 1', '```', '', '| Part | Job |', '| --- | --- |', '| Wall | holds |', '', '![A plant cell](cell.png)', '', '> A quote.', '', '---', '', 'The end.'].join('\n');
    const draft = imported(md, 'markdown');
    expect(draft.title).toBe('Cells');
    expect(draft.sections.map((s) => s.title)).toEqual(['Parts']);
    const all = texts(points(draft));
    expect(all).toContain('```python\n# a comment, not a heading\ndef f():\n    return 1\n```');
    expect(slides(draft).find((s) => s.layout === 'table')?.table).toEqual({ header: ['Part', 'Job'], rows: [['Wall', 'holds']] });
    expect(all).toContain('!\\[A plant cell](cell.png)');
    expect(all).toContain('A quote.');
    expect(all).not.toContain('---');
  });

  it('reads Notepad\'s UTF-16 ("Unicode") files, and refuses a file that is not UTF-8 with what to do', async () => {
    const utf16 = path.join(work, 'unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café notes\n\nCrème brûlée.\n', 'utf16le')]));
    expect(await readNotesText(utf16)).toBe('Café notes\n\nCrème brûlée.\n');
    const latin1 = path.join(work, 'ansi.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 notes\n', 'latin1'));
    await expect(readNotesText(latin1)).rejects.toThrow(/not saved as UTF-8.*Encoding: UTF-8/);
  });
});
