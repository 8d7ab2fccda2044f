/**
 * flashcards.apkg read back as Anki reads it: the zip opened with JSZip, its collection.anki2
 * opened with sql.js. One note per glossary term in the lecture's deck, and a rebuild after
 * an edit keeps every note's id and guid, so that importing it updates a student's cards.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { exportBuild } from '../../helpers/built-exports.js';
import { bin } from '../../helpers/spawned-build.js';

const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');

interface Note {
  id: number;
  guid: string;
  mid: number;
  fields: string[];
}

async function openPackage(file: string) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const SQL = await initSqlJs({ locateFile: () => wasm });
  const db = new SQL.Database(await zip.file('collection.anki2')!.async('uint8array'));
  return { zip, db };
}

const rows = (db: Database, sql: string) => {
  const [result] = db.exec(sql);
  return (result?.values ?? []) as unknown[][];
};

const notesOf = (db: Database): Note[] =>
  rows(db, 'SELECT id, guid, mid, flds FROM notes ORDER BY id').map(([id, guid, mid, flds]) => ({ id: id as number, guid: guid as string, mid: mid as number, fields: (flds as string).split('\u001f') }));

const colJson = (db: Database, column: 'models' | 'decks') => JSON.parse(rows(db, `SELECT ${column} FROM col`)[0]![0] as string) as Record<string, Record<string, unknown>>;

describe('flashcards.apkg', () => {
  const mtcr = exportBuild(path.resolve('content/mtcr.yaml'), 'flashcards-anki');
  const fixture = exportBuild(path.resolve('tests/fixtures/exports/anki.yaml'), 'flashcards-anki');
  beforeAll(async () => {
    await mtcr.build();
    await fixture.build();
  }, 240_000);

  it('holds a collection in schema 11 and an empty media list', async () => {
    const { zip, db } = await openPackage(path.join(mtcr.dir, 'flashcards.apkg'));
    expect(Object.keys(zip.files).sort()).toEqual(['collection.anki2', 'media']);
    expect(await zip.file('media')!.async('string')).toBe('{}');
    expect(rows(db, 'SELECT ver FROM col')).toEqual([[11]]);
    const tables = rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").flat();
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
  });

  it('has one note per glossary term, a card each, in the lecture deck inside the course deck', async () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const { db } = await openPackage(path.join(mtcr.dir, 'flashcards.apkg'));
    const notes = notesOf(db);
    expect(notes.map((n) => n.fields[0]).sort()).toEqual(lecture.glossary.map((g) => g.term).sort());
    const mtcrNote = notes.find((n) => n.fields[0] === 'MTCR')!;
    expect(mtcrNote.fields[1]).toBe(lecture.glossary.find((g) => g.term === 'MTCR')!.definition);

    const models = colJson(db, 'models');
    const model = models[String(mtcrNote.mid)] as { flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[] };
    expect(model.flds.map((f) => f.name)).toEqual(['Front', 'Back']);
    expect(model.tmpls).toHaveLength(1);
    expect(model.tmpls[0]!.qfmt).toContain('{{Front}}');
    expect(model.tmpls[0]!.afmt).toContain('{{Back}}');

    const decks = colJson(db, 'decks');
    const deckNames = Object.values(decks).map((d) => d.name);
    expect(deckNames).toContain('Multilateral Export Control Regimes::The Missile Technology Control Regime');
    const lectureDeck = Object.values(decks).find((d) => d.name === `${lecture.course}::${lecture.title}`)!;
    const cards = rows(db, 'SELECT nid, did, ord, type, queue FROM cards');
    expect(cards).toHaveLength(notes.length);
    expect(new Set(cards.map((c) => c[0]))).toEqual(new Set(notes.map((n) => n.id)));
    for (const [, did, ord, type, queue] of cards) expect([did, ord, type, queue]).toEqual([lectureDeck.id, 0, 0, 0]);
    // Ids are whole numbers, as Anki's are (not floating-point values SQLite would keep as REAL).
    expect(rows(db, "SELECT count(*) FROM notes WHERE typeof(id) != 'integer' OR typeof(mid) != 'integer'")).toEqual([[0]]);
  });

  it('writes fields as HTML: key terms and bold as <b>, maths for MathJax, XML characters escaped', async () => {
    const { db } = await openPackage(path.join(fixture.dir, 'flashcards.apkg'));
    const byFront = new Map(notesOf(db).map((n) => [n.fields[0], n.fields[1]]));
    expect(byFront.get('<b>Kinetic energy</b>')).toBe('The energy of motion, \\(E_k = \\frac{1}{2}mv^2\\) — <b>doubles</b> when the <i>mass</i> doubles.');
    expect(byFront.get('Momentum')).toContain('\\[p = mv\\]');
    expect(byFront.get('Momentum')).toContain('<a href="https://example.org/notes">the notes</a>');
    expect(byFront.get('#Power &amp; &lt;watts&gt;')).toContain('the rate &quot;at which&quot; {energy} is used ~ = #1 : done.');
    expect(byFront.get('Inequality')).toBe('\\(a &lt; b\\) and \\(b &gt; c\\), so \\(a \\ne c\\) only when <code>a &amp; b</code> hold.');
    // "::" in a title would make Anki nest one more deck.
    const deckNames = Object.values(colJson(db, 'decks')).map((d) => d.name);
    expect(deckNames).toContain('Physics::Energy : motion');
  });

  it('keeps every note id and guid after an edit, and changes only the edited note', async () => {
    const build = exportBuild(path.resolve('tests/fixtures/exports/anki.yaml'), 'flashcards-anki');
    await build.build();
    const before = notesOf((await openPackage(path.join(build.dir, 'flashcards.apkg'))).db);
    writeFileSync(build.lecture, readFileSync(build.lecture, 'utf8').replace('Mass times velocity', 'Mass multiplied by velocity'));
    await build.build();
    const after = notesOf((await openPackage(path.join(build.dir, 'flashcards.apkg'))).db);
    expect(after.map((n) => [n.id, n.guid, n.mid])).toEqual(before.map((n) => [n.id, n.guid, n.mid]));
    const changed = after.filter((n, i) => JSON.stringify(n.fields) !== JSON.stringify(before[i]!.fields));
    expect(changed.map((n) => n.fields[0])).toEqual(['Momentum']);
    expect(changed[0]!.fields[1]).toContain('Mass multiplied by velocity');
    // Anki updates a note it already has only when the imported one is newer: the notes carry the build's time.
    const { db } = await openPackage(path.join(build.dir, 'flashcards.apkg'));
    const mods = rows(db, 'SELECT mod FROM notes').flat() as number[];
    for (const mod of mods) expect(Math.abs(mod - Date.now() / 1000)).toBeLessThan(120);
  }, 240_000);

  it('gives two lectures of one course with the same file name (week1/intro, week2/intro) decks and notes of their own', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-anki-weeks-'));
    const content = path.join(root, 'content');
    mkdirSync(content);
    writeFileSync(path.join(content, 'course.yaml'), 'course: Physics\n');
    for (const week of ['week1', 'week2']) {
      mkdirSync(path.join(content, week));
      // The same glossary: a student following both weeks must still get both decks' cards.
      cpSync('tests/fixtures/exports/anki.yaml', path.join(content, week, 'intro.yaml'));
    }
    const out = path.join(root, 'out');
    await promisify(execFile)(process.execPath, [bin, 'build', content, '--out', out, '--only', 'flashcards-anki'], { timeout: 120_000 });
    const open = async (week: string) => {
      const { db } = await openPackage(path.join(out, week, 'intro', 'flashcards.apkg'));
      const lectureDeck = Object.values(colJson(db, 'decks')).find((d) => d.name === 'Physics::Energy : motion')!;
      const courseDeck = Object.values(colJson(db, 'decks')).find((d) => d.name === 'Physics')!;
      return { deck: lectureDeck.id, course: courseDeck.id, notes: notesOf(db), cards: rows(db, 'SELECT id FROM cards').flat() };
    };
    const [one, two] = [await open('week1'), await open('week2')];
    expect(one.notes.length).toBeGreaterThan(0);
    expect(one.deck).not.toBe(two.deck);
    expect(one.notes.filter((n) => two.notes.some((m) => m.id === n.id || m.guid === n.guid))).toEqual([]);
    expect(one.cards.filter((c) => two.cards.includes(c))).toEqual([]);
    // Both decks sit inside the one course deck.
    expect(one.course).toBe(two.course);
  }, 240_000);
});
