/**
 * Anki's collection schema 11: the tables of a `collection.anki2`, and the JSON its single
 * `col` row holds (collection settings, note types, decks, deck options). Every Anki since
 * 2.1 imports a package holding this legacy collection. Taken from Anki's own schema as
 * genanki writes it (genanki/apkg_schema.py, apkg_col.py, model.py, deck.py).
 */
export const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** The field separator inside `notes.flds`. */
export const FIELD_SEPARATOR = '\u001f';

/** Anki's default deck: every collection has it, id 1. */
const DEFAULT_DECK_ID = 1;
/** The deck options every deck here uses: Anki's defaults, id 1. */
const OPTIONS_ID = 1;

/** A note type: the "Basic" one (Front, Back; one card), under a name of its own so it never changes a student's "Basic". */
export function basicModel(id: number, deckId: number, mod: number) {
  const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
  return {
    id: String(id),
    name: 'Lectern Basic',
    type: 0,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', bqfmt: '', bafmt: '', did: null }],
    flds: [field('Front', 0), field('Back', 1)],
    css: '.card {\n  font-family: arial;\n  font-size: 20px;\n  text-align: center;\n  color: black;\n  background-color: white;\n}\n',
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    // The card is made when the front is not empty.
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

export function deckJson(id: number, name: string, mod: number, description = '') {
  return {
    id,
    name,
    mod,
    usn: -1,
    desc: description,
    dyn: 0,
    conf: OPTIONS_ID,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 10,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

export const defaultDeck = (mod: number) => deckJson(DEFAULT_DECK_ID, 'Default', mod);

/** Anki's default deck options, which the student's own options replace once the deck is theirs. */
export const deckOptions = (mod: number) => ({
  [OPTIONS_ID]: {
    id: OPTIONS_ID,
    name: 'Default',
    mod,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
  },
});

/** Collection settings: the lecture's deck and note type are the current ones. */
export const collectionConf = (deckId: number, modelId: number) => ({
  activeDecks: [deckId],
  curDeck: deckId,
  curModel: String(modelId),
  newSpread: 0,
  collapseTime: 1200,
  timeLim: 0,
  estTimes: true,
  dueCounts: true,
  addToCur: true,
  sortType: 'noteFld',
  sortBackwards: false,
  nextPos: 1,
  newBury: true,
});
