/**
 * A lecture written in French comes out in French: every word Lectern adds (headings,
 * "Nom / Date / Note", "Vrai / Faux", the answer key's words, page headers) in French, the
 * date written the French way, French spaces before : ; ? !, and lang fr on every document.
 * And a build of a French and an English lecture gives each its own labels.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinTemplatesDir } from '../../src/paths.js';
import { runLectern } from '../helpers/run-main.js';

const fixture = path.join(__dirname, '../fixtures/french');
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-french-'));
const dir = path.join(out, 'cycle-de-l-eau');

const labelsFile = (language: string) => parse(readFileSync(path.join(builtinTemplatesDir, 'labels', `${language}.yaml`), 'utf8')) as Record<string, string>;
const english = labelsFile('en');
const french = labelsFile('fr');

/** A label as a pattern: its words as written, any text for its {placeholders}, whole words only. */
function labelPattern(label: string): RegExp {
  const parts = label.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const body = parts.join('.+?').replace(/ /g, '\\s+');
  return new RegExp(`${/^\w/.test(label) ? '\\b' : ''}${body}${/\w$/.test(label) ? '\\b' : ''}`, 'u');
}

/**
 * The English labels that must not appear: those French writes differently, and whose words
 * are not part of a French label too ("Notes" is in "Notes du présentateur").
 */
const englishOnly = Object.entries(english)
  .filter(([key, value]) => french[key] !== value)
  .filter(([, value]) => !Object.values(french).some((f) => labelPattern(value).test(f)));

/** What a reader sees: spaces of every width as one space (pdftotext prints them so). */
const seen = (text: string) => text.replace(/\s+/gu, ' ');
const pdfText = (file: string) => seen(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
const visibleHtml = (html: string) => seen(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&#x27;|&#39;/g, "'"));
/** A French label as printed: French spaces, then every space as a space. */
const printed = (key: string, values: Record<string, string> = {}) =>
  seen(french[key]!.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ''));

let texts: Record<string, string>;

beforeAll(async () => {
  const run = await runLectern(['build', fixture, '--out', out]);
  expect(run.code, run.err).toBe(0);
  const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  texts = {
    'deck.md': seen(readFileSync(path.join(dir, 'deck.md'), 'utf8')),
    'deck.html': visibleHtml(readFileSync(path.join(dir, 'deck.html'), 'utf8')),
    'index.html': visibleHtml(readFileSync(path.join(out, 'index.html'), 'utf8')),
    ...Object.fromEntries(pdfs.map((f) => [f, pdfText(path.join(dir, f))])),
  };
}, 120_000);

describe('a French lecture', () => {
  it('makes every output, each a French document', () => {
    expect(Object.keys(texts)).toHaveLength(12);
    expect(readFileSync(path.join(dir, 'deck.html'), 'utf8')).toMatch(/<html[^>]*\blang="fr"/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/<html lang="fr"/);
    for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
      expect(readFileSync(path.join(dir, pdf)).toString('latin1'), pdf).toContain('/Lang (fr)');
    }
  });

  /** The speaker notes of a PowerPoint file, part by part. */
  const pptxNotes = async (file: string) => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    return Promise.all(Object.values(zip.files).filter((f) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(f.name)).map((f) => f.async('string')));
  };

  it("marks deck.pptx's speaker notes as French, for PowerPoint's spelling checker", async () => {
    const notes = await pptxNotes(path.join(dir, 'deck.pptx'));
    expect(notes.length).toBeGreaterThan(5);
    for (const xml of notes) {
      expect(xml).toContain('lang="fr"');
      expect(xml).not.toContain('en-US');
    }
    expect(notes.join('')).toContain('Demandez aux élèves');
  });

  it("marks the picture deck's speaker notes as French too", async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'lectern-french-pictures-'));
    const run = await runLectern(['build', fixture, '--out', own, '--only', 'deck-pictures']);
    expect(run.code, run.err).toBe(0);
    const notes = await pptxNotes(path.join(own, 'cycle-de-l-eau', 'deck-pictures.pptx'));
    expect(notes.length).toBeGreaterThan(5);
    for (const xml of notes) expect(xml).not.toContain('en-US');
    expect(notes.filter((xml) => xml.includes('lang="fr"'))).toHaveLength(notes.length);
  });

  it('shows no English label in any output', () => {
    // The list is made from the labels files, so a label added in English is checked too.
    expect(englishOnly.length).toBeGreaterThan(40);
    for (const [file, text] of Object.entries(texts)) {
      const found = englishOnly.filter(([, value]) => labelPattern(value).test(text)).map(([key, value]) => `${key}: ${value}`);
      expect(found, file).toEqual([]);
    }
  });

  it('shows the French labels where each belongs', () => {
    const expected: Record<string, string[]> = {
      'deck.html': [printed('objectives'), printed('takeaways'), printed('questions'), printed('nextLecture'), printed('part', { number: '1' }), printed('lesson', { lesson: '3' })],
      'deck.pdf': [printed('objectives'), printed('takeaways'), printed('questions'), printed('part', { number: '2' })],
      'quiz.pdf': [printed('quiz'), 'Nom', 'Date', 'Note', 'Vrai', 'Faux'],
      'quiz-answers.pdf': [printed('quizAnswers'), printed('answer'), 'Vrai'],
      'worksheet.pdf': [printed('worksheet'), printed('fillInTheBlanks'), printed('shortAnswers')],
      'worksheet-answers.pdf': [printed('worksheetAnswers'), printed('answer')],
      'revision-sheet.pdf': [printed('revisionSheet'), printed('keyFacts'), printed('timeline'), printed('glossary'), printed('revisionTakeaways')],
      'speaker-notes.pdf': [printed('speakerNotes'), printed('slideOf', { number: '4', total: '13' })],
      'notes-handout.pdf': [printed('notesHandout')],
      'flashcards.pdf': [printed('flashcards')],
      'index.html': [printed('indexTitle'), printed('indexDeck'), printed('indexQuizAnswers')],
    };
    // Some headings are set in capitals by the theme (PARTIE 1): the words are compared, not their case.
    for (const [file, labels] of Object.entries(expected)) for (const label of labels) expect(texts[file]!.toLowerCase(), `${file}: ${label}`).toContain(label.toLowerCase());
  });

  it('prints the revised date the French way, on the title slide and every page header', () => {
    for (const file of ['deck.md', 'deck.html', 'deck.pdf', 'quiz.pdf', 'revision-sheet.pdf', 'speaker-notes.pdf']) {
      expect(texts[file], file).toContain('Mise à jour : 1 septembre 2024');
      expect(texts[file], file).not.toContain('2024-09-01');
    }
  });

  it('puts French spaces before ; : ? ! wherever the teacher left them out, not in code or times', () => {
    const md = readFileSync(path.join(dir, 'deck.md'), 'utf8');
    expect(md).toContain('jamais\u202F?');
    expect(md).toContain('\u00A0: la vapeur refroidit');
    expect(md).toContain('`nappes phréatiques`');
    expect(md).toContain('10:30');
    expect(md).toContain('https://www.usgs.gov/water');
    const html = readFileSync(path.join(dir, 'deck.html'), 'utf8');
    expect(html).toContain('jamais\u202F?');
    expect(html).toContain('questions\u202F?');
    // Printed: a space now separates the mark from its word.
    expect(texts['deck.pdf']).toContain('jamais ?');
    expect(texts['quiz.pdf']).toContain('vapeur ?');
    expect(texts['revision-sheet.pdf']).toContain('Précipitations : pluie ; neige');
  });
});

describe('a build of a French and an English lecture', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-two-languages-'));
  const content = path.join(work, 'content');
  const templates = path.join(work, 'templates');
  const built = path.join(work, 'out');
  const deckOf = (name: string) => readFileSync(path.join(built, name, 'deck.md'), 'utf8');
  const made = (name: string) => statSync(path.join(built, name, 'quiz.pdf')).mtimeMs;

  beforeAll(async () => {
    mkdirSync(content);
    cpSync(path.join(fixture, 'cycle-de-l-eau.yaml'), path.join(content, 'cycle-de-l-eau.yaml'));
    cpSync(path.join(fixture, 'cycle-de-l-eau.png'), path.join(content, 'cycle-de-l-eau.png'));
    cpSync(path.join(__dirname, '../fixtures/all-layouts'), content, { recursive: true });
    mkdirSync(path.join(templates, 'labels'), { recursive: true });
    const run = await runLectern(['build', content, '--out', built, '--templates', templates, '--only', 'deck-md,quiz']);
    expect(run.code, run.err).toBe(0);
  }, 120_000);

  it('gives each lecture the labels of its own language', () => {
    expect(deckOf('cycle-de-l-eau')).toContain(printed('takeaways'));
    expect(deckOf('cycle-de-l-eau')).not.toContain(english.takeaways);
    expect(deckOf('water-cycle')).toContain(english.takeaways);
    expect(deckOf('water-cycle')).toContain('Revised September 1, 2024');
    expect(deckOf('water-cycle')).not.toContain(french.takeaways!.replace(' ', '\u202F'));
  });

  it("lists both on an English index, the French lecture's card in French, marked lang=fr", () => {
    const html = readFileSync(path.join(built, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="en">/);
    // Each card alone: from <article to </article> (what follows is the next course's heading).
    const cards = html.split('<article').slice(1).map((c) => c.split('</article>')[0]!);
    const frenchCard = cards.find((c) => c.includes("Le cycle de l'eau") || c.includes('Le cycle de l&#x27;eau'))!;
    const englishCard = cards.find((c) => c.includes('The Water Cycle'))!;
    expect(frenchCard).toMatch(/^ class="lecture" lang="fr" dir="ltr">/);
    expect(frenchCard).toContain('13 diapositives');
    expect(frenchCard).toContain('Mise à jour\u00A0: 1 septembre 2024');
    expect(englishCard).not.toContain('lang=');
    expect(englishCard).toContain('slides');
  });

  it("remakes the French lecture only when the teacher's fr.yaml changes", async () => {
    const before = { fr: made('cycle-de-l-eau'), en: made('water-cycle') };
    writeFileSync(path.join(templates, 'labels', 'fr.yaml'), 'quiz: Interrogation écrite\n');
    const run = await runLectern(['build', content, '--out', built, '--templates', templates, '--only', 'deck-md,quiz']);
    expect(run.code, run.err).toBe(0);
    expect(made('cycle-de-l-eau')).toBeGreaterThan(before.fr);
    expect(made('water-cycle')).toBe(before.en);
    expect(pdfText(path.join(built, 'cycle-de-l-eau', 'quiz.pdf'))).toContain('Interrogation écrite');
  }, 120_000);
});
