/**
 * The `collection.anki2` of a deck package: an SQLite database in Anki's schema 11, made
 * with sql.js (SQLite compiled to WebAssembly: no native build). Its wasm is loaded from
 * the sql.js package itself, once per process.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
// sql.js (and its WebAssembly) is loaded when a deck is made, not by every command.
import type { SqlJsStatic } from 'sql.js';
import { basicModel, collectionConf, deckJson, deckOptions, defaultDeck, FIELD_SEPARATOR, SCHEMA_11 } from './anki-schema.js';

export interface AnkiNote {
  id: number;
  guid: string;
  /** Front and back, as HTML. */
  fields: [string, string];
  /** The front as plain text: what Anki sorts and finds duplicates by. */
  sortField: string;
  checksum: number;
  cardId: number;
}

export interface AnkiDeck {
  id: number;
  /** Its full name, "Course::Lecture" for a deck inside a course's deck. */
  name: string;
  description: string;
  /** The course's deck, made too so that it has an id of its own. */
  parent?: { id: number; name: string };
  modelId: number;
  notes: AnkiNote[];
}

let sqlJs: Promise<SqlJsStatic> | undefined;
const wasmDir = () => path.dirname(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
const sql = () => (sqlJs ??= import('sql.js').then(({ default: initSqlJs }) => initSqlJs({ locateFile: (file: string) => path.join(wasmDir(), file) })));

/** The database's bytes. `now` is in milliseconds: the notes' and cards' modification time. */
export async function ankiCollection(deck: AnkiDeck, now: number): Promise<Uint8Array> {
  const SQL = await sql();
  const db = new SQL.Database();
  try {
    const seconds = Math.floor(now / 1000);
    db.exec(SCHEMA_11);
    const decks = {
      1: defaultDeck(seconds),
      ...(deck.parent ? { [deck.parent.id]: deckJson(deck.parent.id, deck.parent.name, seconds) } : {}),
      [deck.id]: deckJson(deck.id, deck.name, seconds, deck.description),
    };
    const conf = { ...collectionConf(deck.id, deck.modelId), nextPos: deck.notes.length + 1 };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      seconds - (seconds % 86_400),
      now,
      now,
      JSON.stringify(conf),
      JSON.stringify({ [deck.modelId]: basicModel(deck.modelId, deck.id, seconds) }),
      JSON.stringify(decks),
      JSON.stringify(deckOptions(seconds)),
      '{}',
    ]);
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, \'\', ?, ?, ?, 0, \'\')');
    // A new card: type and queue 0, due its place in the glossary, so cards come in the lecture's order.
    const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    deck.notes.forEach((n, i) => {
      note.run([n.id, n.guid, deck.modelId, seconds, n.fields.join(FIELD_SEPARATOR), n.sortField, n.checksum]);
      card.run([n.cardId, n.id, deck.id, seconds, i + 1]);
    });
    note.free();
    card.free();
    return db.export();
  } finally {
    db.close();
  }
}
