/**
 * decide, by a table of edits a teacher makes: each edit goes through the real loader, keys,
 * renderers and deck planner (no browser: one that cannot start is given, and is never
 * used), then decide says what happens to every output.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide, type Action } from '../../src/decide/decide.js';
import { printSalt, sourceFingerprint, type KeyParts } from '../../src/decide/fingerprints.js';
import type { Ledger } from '../../src/decide/ledger.js';
import { pictureStore } from '../../src/decide/picture-store.js';
import { draftDeck } from '../../src/make/deck/fit-deck.js';
import { embeddedFontCss } from '../../src/make/fonts.js';
import { BrowserManager } from '../../src/make/print/browser-manager.js';
import { TemplateSet } from '../../src/make/template-set.js';
import type { MakeContext } from '../../src/outputs/output-kind.js';
import { OUTPUTS } from '../../src/outputs/registry.js';
import { readTemplates, type BuildOptions } from '../../src/pipeline/context.js';
import { loadLecture } from '../../src/pipeline/load-step.js';
import { lectureSources, outputKeys } from '../../src/pipeline/output-keys.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-decide-'));
const file = path.join(work, 'water-cycle.yaml');
const noBrowser = new BrowserManager({ CHROME_PATH: path.join(work, 'no-browser-here') });

interface State {
  keys: Record<string, KeyParts>;
  /** Each output's source fingerprint, or why it was skipped. */
  sources: Record<string, { source: string } | { skipped: string }>;
}

interface Setting {
  templates?: string;
  handoutOverrides?: BuildOptions['handoutOverrides'];
  version?: string;
}

/** The keys and sources of every output for this lecture text, as a build computes them. */
async function state(yaml: string, setting: Setting = {}): Promise<State> {
  writeFileSync(file, yaml);
  const options: BuildOptions = { outDir: path.join(work, 'out'), ...(setting.handoutOverrides && { handoutOverrides: setting.handoutOverrides }) };
  const templates = new TemplateSet(setting.templates ? [setting.templates] : []);
  const read = readTemplates(templates);
  const loaded = loadLecture({ file, root: work, outPath: 'water-cycle' }, options, templates);
  const sources = { ...lectureSources(loaded, { labelsFor: read.labelsFor, options }), ...(setting.version && { version: setting.version }) };
  const images = [...loaded.images.values()];
  const context: MakeContext = {
    ...read,
    lecture: loaded.lecture,
    outPath: 'water-cycle',
    images: loaded.images,
    labels: read.labelsFor(loaded.lecture.language).labels,
    themeCss: loaded.themeCss,
    fontCss: embeddedFontCss(JSON.stringify(loaded.lecture)),
    browser: noBrowser,
    salt: printSalt(sources.version, images),
    pictures: pictureStore(path.join(work, 'out'), false),
    readImage: (f) => readFile(f),
  };
  const deck = await draftDeck({ ...context, templates: read.deckTemplates });
  const rendered: State['sources'] = {};
  for (const kind of OUTPUTS) {
    const r = await kind.render(context, kind.needs === 'deck' ? deck : undefined);
    rendered[kind.name] = 'skip' in r ? { skipped: r.skip } : { source: sourceFingerprint(context.salt, r.source) };
  }
  return { keys: outputKeys(OUTPUTS, sources, read), sources: rendered };
}

/** The ledger a build of this state leaves. */
const ledgerOf = (s: State): Ledger => ({
  lectern: '0',
  outputs: Object.fromEntries(Object.entries(s.keys).map(([name, key]) => [name, { key, ...s.sources[name] }])),
});

/** What a build does to each output: decide on the keys, then on the sources of those it renders. */
function outcome(before: State, now: State, options: { force?: boolean; missing?: string[] } = {}): Record<Exclude<Action, 'remove'>, string[]> {
  const present = (name: string) => !options.missing?.includes(name);
  const previous = ledgerOf(before);
  const first = decide(previous, { keys: now.keys, present }, options);
  const rendered = Object.fromEntries(Object.entries(now.sources).flatMap(([name, s]) => ('source' in s ? [[name, s.source]] : [])));
  const second = decide(previous, { keys: now.keys, sources: rendered, present }, options);
  const result: Record<Exclude<Action, 'remove'>, string[]> = { 'up-to-date': [], keep: [], make: [] };
  for (const kind of OUTPUTS) {
    const action = first.outputs[kind.name]!.action === 'make' ? second.outputs[kind.name]!.action : first.outputs[kind.name]!.action;
    if (action !== 'remove') result[action].push(kind.name);
  }
  return result;
}

const ALL = OUTPUTS.map((o) => o.name);
// The picture deck is opt-in; asked for, it is decided as the deck's other files are.
const DECK = ['deck-md', 'deck-html', 'deck-pdf', 'deck-pptx', 'deck-pictures'];
const others = (...names: string[]) => ALL.filter((n) => !names.includes(n));
// Files for learning platforms: made from the lecture alone, never from a handout option.
const EXPORTS = OUTPUTS.filter((o) => o.group === 'exports').map((o) => o.name);
let original: string;
let before: State;
const edited = (from: string, to: string) => {
  expect(original).toContain(from);
  return original.replace(from, to);
};

beforeAll(async () => {
  cpSync(path.join(__dirname, '../fixtures/all-layouts'), work, { recursive: true });
  original = readFileSync(file, 'utf8');
  before = await state(original);
});

describe('decide, for every output, after an edit', () => {
  it('1. nothing changed: everything is up to date', async () => {
    expect(outcome(before, await state(original))).toEqual({ 'up-to-date': ALL, keep: [], make: [] });
  });

  it('2. a comment edited: every key changed, every file kept', async () => {
    const now = await state(edited('# A lecture written by another teacher', '# A lecture by a colleague'));
    expect(outcome(before, now)).toEqual({ 'up-to-date': [], keep: ALL, make: [] });
  });

  it("3. a speaker note edited: deck.pdf and the slide handout kept; the deck's notes and the speaker notes made", async () => {
    const now = await state(edited('Ask who has seen fog form over a lake.', 'Ask who has seen fog over a lake at dawn.'));
    const make = ['deck-md', 'deck-html', 'deck-pptx', 'deck-pictures', 'speaker-notes'];
    expect(outcome(before, now)).toEqual({ 'up-to-date': [], keep: others(...make), make });
  });

  it('4. a quiz question edited: the quiz, its key and the quiz files for Moodle, Canvas and Kahoot', async () => {
    const now = await state(edited('Which stage forms clouds?', 'Which stage makes clouds?'));
    const make = ['quiz', 'quiz-answers', 'quiz-gift', 'quiz-moodle', 'quiz-qti', 'quiz-kahoot'];
    expect(outcome(before, now)).toEqual({ 'up-to-date': [], keep: others(...make), make });
  });

  it('5. a key fact edited: the deck, both slide handouts and the revision sheet', async () => {
    const now = await state(edited('value: 97%', 'value: 96.5%'));
    const make = [...DECK, 'notes-handout', 'speaker-notes', 'revision-sheet'];
    expect(outcome(before, now)).toEqual({ 'up-to-date': [], keep: others(...make), make });
  });

  it('6. a glossary definition edited: the flashcards (printed, Anki, TSV) and the revision sheet, not the deck', async () => {
    const now = await state(edited('Liquid water turning into vapour.', 'Liquid water turning into water vapour.'));
    const make = ['revision-sheet', 'flashcards', 'flashcards-anki', 'flashcards-tsv'];
    expect(outcome(before, now)).toEqual({ 'up-to-date': [], keep: others(...make), make });
  });

  it('7. a new [[key term]] in a bullet: the deck (in bold), the slide handouts, the revision sheet and both worksheets', async () => {
    const now = await state(edited('- Collection in oceans, lakes and `groundwater`', '- "[[Collection]] in oceans, lakes and `groundwater`"'));
    const make = [...DECK, 'notes-handout', 'speaker-notes', 'revision-sheet', 'worksheet', 'worksheet-answers'];
    expect(outcome(before, now)).toEqual({ 'up-to-date': [], keep: others(...make), make });
  });

  it("8. the quiz template edited in the students' part: the quiz made, its key kept, nothing else looked at", async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'lectern-decide-templates-'));
    cpSync('templates/handouts', path.join(own, 'handouts'), { recursive: true });
    const quiz = path.join(own, 'handouts/quiz.html.hbs');
    writeFileSync(quiz, readFileSync(quiz, 'utf8').replace('<ol class="questions">', '<p>Good luck!</p><ol class="questions">'));
    const now = await state(original, { templates: own });
    expect(outcome(before, now)).toEqual({ 'up-to-date': others('quiz', 'quiz-answers'), keep: ['quiz-answers'], make: ['quiz'] });
  });

  it('9. a colour in the theme edited: the deck and the handouts that show slides; deck.md comes out the same', async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'lectern-decide-theme-'));
    cpSync('templates/themes', path.join(own, 'themes'), { recursive: true });
    const theme = path.join(own, 'themes/lectern.css');
    writeFileSync(theme, `${readFileSync(theme, 'utf8')}\nsection.quote blockquote { color: #7a1f00; }\n`);
    const now = await state(original, { templates: own });
    const make = ['deck-html', 'deck-pdf', 'deck-pptx', 'deck-pictures', 'notes-handout', 'speaker-notes'];
    expect(outcome(before, now)).toEqual({ 'up-to-date': others(...make, 'deck-md'), keep: ['deck-md'], make });
  });

  it('10. --paper letter: every handout, never the deck nor an export', async () => {
    const now = await state(original, { handoutOverrides: { paper: 'letter' } });
    expect(outcome(before, now)).toEqual({ 'up-to-date': ALL.filter((n) => DECK.includes(n) || EXPORTS.includes(n)), keep: [], make: others(...DECK, ...EXPORTS) });
  });

  it('11. a file deleted from output/: that output alone', async () => {
    expect(outcome(before, await state(original), { missing: ['quiz'] })).toEqual({ 'up-to-date': others('quiz'), keep: [], make: ['quiz'] });
  });

  it('12. --force: everything, whatever changed', async () => {
    const decisions = decide(ledgerOf(before), { keys: before.keys, present: () => true }, { force: true });
    expect(Object.values(decisions.outputs).every((d) => d.action === 'make' && d.because === '--force')).toBe(true);
    // Nothing learnt by an earlier build is used either.
    expect(decisions.fit).toBeUndefined();
    expect(decisions.pictures).toBe(false);
  });

  it('13. a new version of Lectern: everything', async () => {
    expect(outcome(before, await state(original, { version: '99.0.0' }))).toEqual({ 'up-to-date': [], keep: [], make: ALL });
  });

  it('14. a lecture without questions, unchanged: its quiz stays skipped, up to date', async () => {
    const noQuestions = original.slice(0, original.indexOf('questions:')) + original.slice(original.indexOf('takeaways:'));
    const without = await state(noQuestions);
    expect(without.sources.quiz).toEqual({ skipped: 'the lecture has no questions' });
    expect(outcome(without, await state(noQuestions), { missing: ['quiz', 'quiz-answers'] })).toEqual({ 'up-to-date': ALL, keep: [], make: [] });
  });
});

describe('decide, when the outputs asked for change', () => {
  it('15. a course drops an output from its list: that output is removed; a build with --only removes nothing', () => {
    const previous = ledgerOf(before);
    const keys = Object.fromEntries(Object.entries(before.keys).filter(([name]) => name !== 'quiz-answers'));
    const complete = decide(previous, { keys, present: () => true }, { complete: true });
    expect(complete.outputs['quiz-answers']).toEqual({ action: 'remove', because: 'no longer asked for' });
    expect(Object.values(complete.outputs).filter((d) => d.action !== 'up-to-date')).toHaveLength(1);
    const only = decide(previous, { keys: { quiz: before.keys.quiz! }, present: () => true }, { complete: false });
    expect(Object.keys(only.outputs)).toEqual(['quiz']);
  });
});

describe('decide says why', () => {
  it('names the parts of the key that changed', async () => {
    const now = await state(original, { handoutOverrides: { paper: 'letter' } });
    const decisions = decide(ledgerOf(before), { keys: now.keys, present: () => true });
    expect(decisions.outputs.quiz).toEqual({ action: 'make', because: 'options changed' });
    expect(decisions.outputs['deck-pdf']).toEqual({ action: 'up-to-date', because: 'nothing it is made from changed' });
  });
});
