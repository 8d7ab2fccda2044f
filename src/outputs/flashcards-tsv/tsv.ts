/**
 * flashcards.tsv: one line per glossary term, "term<TAB>definition", UTF-8 plain text —
 * what Anki (File → Import) and Quizlet (Create → Import, "Between term and definition:
 * Tab") both read. The text is as a reader sees it (plainInline): no Markdown marks, key
 * terms as words, links as their text, maths as its TeX. Each line is one card, so tabs and
 * line breaks inside the text become spaces.
 */
import type { Lecture } from '../../load/lecture.js';
import { plainInline } from '../../make/lecture-markdown.js';

/**
 * One field: on one line, without tabs. Anki's importer (rslib import_export/text/csv)
 * reads a field starting with a straight double quote as a quoted field, which Quizlet does
 * not: a typographic opening quote keeps both importers reading the same text.
 */
export function tsvField(text: string): string {
  return plainInline(text)
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/^"/, '\u201c');
}

/**
 * Anki skips a line starting with "#" (a comment) and a first line starting with "tags:"
 * (an old header); a space before such a term keeps its card.
 */
const termField = (term: string) => tsvField(term).replace(/^(#|tags:)/, ' $1');

export function flashcardsTsv(lecture: Lecture): string {
  return lecture.glossary.map((g) => `${termField(g.term)}\t${tsvField(g.definition)}\n`).join('');
}
