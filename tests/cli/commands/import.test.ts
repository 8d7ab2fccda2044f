/**
 * `lectern import`: notes a teacher has — the MTCR seed note (text extracted from a PDF, with
 * its noise) and a Markdown file — become a lecture that validates and builds, keeps every
 * sentence, drops the noise and says so, and marks what to check at its line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin } from '../../helpers/spawned-build.js';

// A copy of ../shared/seeds/mtcr-notes.txt (text extracted from a PDF, with its noise): a clone has no ../shared.
const SEED = path.resolve('tests/fixtures/import/mtcr-notes.txt');
const MARKDOWN = path.resolve('tests/fixtures/import/photosynthesis.md');
const lectern = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

const KEYS = new Set(['title', 'footer', 'sections', 'slides', 'layout', 'bullets', 'columns', 'heading', 'notes', 'table', 'header', 'rows', 'image', 'caption', 'alt']);

/** Every string in the lecture, escapes undone, on one line. */
function allText(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\\([\\`*_[\]$])/g, '$1');
  if (Array.isArray(value)) return value.map(allText).join(' ');
  // A key is text only where a point holds sub-points ({ "A point:": [...] }); the lecture's own keys are not.
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${KEYS.has(k) ? '' : allText(k)} ${allText(v)}`).join(' ');
  return String(value ?? '');
}
const squash = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
// A heading's or a label's colon is the YAML's structure once imported ("Achievements:" a column's heading).
const words = (s: string) => squash(s.replace(/:(\s|$)/g, '$1'));

/** The sentences of the notes: their lines without bullet marks, joined, split after . ! ? */
function sentences(text: string, noise: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.replace(/^\s*(?:[•o*-]|#+|\d+\.)\s+/, '').trim()).join(' '))
    .filter((p) => p && squash(p) !== noise)
    .flatMap((p) => squash(p).split(/(?<=[.!?])\s+/));
}

function importInto(work: string, notes: string) {
  const run = lectern(work, 'import', notes, '-o', 'content/imported.yaml');
  const yaml = readFileSync(path.join(work, 'content/imported.yaml'), 'utf8');
  return { run, yaml, lecture: parse(yaml) as Record<string, unknown> };
}

describe('lectern import', () => {
  it('turns the MTCR seed note into a lecture that keeps every sentence, drops the noise, validates and builds with every fact', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-import-'));
    const { run, yaml, lecture } = importInto(work, SEED);
    expect(run.status).toBe(0);
    const noise = 'Target PT Target PT Target PT Target PT';
    // The report says what was left out, and why.
    expect(run.stdout).toContain(`left out: "${noise}" (once): one phrase repeated over and over`);
    expect(run.stdout).toMatch(/content\/imported\.yaml:\d+ {2}check: /);
    const text = squash(allText(lecture));
    expect(text).not.toContain('Target PT');
    const missing = sentences(readFileSync(SEED, 'utf8'), noise).filter((s) => !words(text).includes(words(s)));
    expect(missing).toEqual([]);
    // Questions become sections, "Boost to Indian defence:" a slide; the © line the footer.
    const sections = lecture.sections as { title: string; slides: { title: string; layout?: string }[] }[];
    expect(sections.map((s) => s.title)).toEqual(expect.arrayContaining(['What is MTCR?', 'How does the MTCR achieve its objectives?', 'Critical Analysis']));
    expect(sections.flatMap((s) => s.slides.map((slide) => slide.title))).toContain('Boost to Indian defence');
    expect(sections.flatMap((s) => s.slides).find((s) => s.layout === 'compare')).toBeDefined();
    expect(lecture.footer).toBe('© 2020 Basix Education. All Rights Reserved');
    // Suggestions stay comments.
    expect(yaml).toMatch(/# suggestion: these years could be a timeline slide/);

    expect(lectern(work, 'validate', 'content/imported.yaml').status).toBe(0);
    const built = lectern(work, 'build', 'content/imported.yaml', '--only', 'deck-pdf');
    expect(built.status).toBe(0);
    const deck = squash(spawnSync('pdftotext', [path.join(work, 'output/imported/deck.pdf'), '-'], { encoding: 'utf8' }).stdout);
    for (const fact of ['1987', '35 countries', '500 kg', '300 km', '1992', '2002', '2004', 'June 2016', 'ICOC', 'HCOC', 'BrahMos', 'Reaper']) expect(deck, fact).toContain(fact);
  }, 120_000);

  it('reads Markdown: the # heading is the title, ## sections, ### slides, nested lists, a repeated header dropped', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-import-'));
    const { run, lecture } = importInto(work, MARKDOWN);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('left out: "Biology notes — Year 9" (3 times): the same line 3 times: a running header or footer');
    expect(lecture.title).toBe('Photosynthesis');
    const sections = lecture.sections as { title: string; slides: { title: string; bullets?: unknown[]; layout?: string }[] }[];
    expect(sections.map((s) => s.title)).toEqual(['What plants need', 'What plants make']);
    expect(sections[0]!.slides.map((s) => s.title)).toEqual(['The ingredients', 'Where it happens']);
    // A sub-list stays under its point, and **bold** stays bold.
    expect(sections[0]!.slides[0]!.bullets).toContainEqual({ 'Roots draw up water from the soil.': ['Water travels up the stem in the xylem.', 'It reaches every leaf.'] });
    expect(sections[0]!.slides[0]!.bullets).toContain('Plants take in **carbon dioxide** through their leaves.');
    const text = squash(allText(lecture));
    const missing = sentences(readFileSync(MARKDOWN, 'utf8'), 'Biology notes — Year 9').filter((s) => !words(text).includes(words(s)));
    expect(missing).toEqual([]);
    expect(lectern(work, 'validate', 'content/imported.yaml').status).toBe(0);
  });

  it('never writes over a lecture, and says which files it can read', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-import-'));
    expect(importInto(work, SEED).run.status).toBe(0);
    const again = lectern(work, 'import', SEED, '-o', 'content/imported.yaml');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/imported.yaml already exists');
    const odd = path.join(work, 'notes.rtf');
    writeFileSync(odd, '{\\rtf1 notes}');
    const refused = lectern(work, 'import', odd);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Lectern imports .txt, .text, .md, .markdown, .docx, .pptx');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
