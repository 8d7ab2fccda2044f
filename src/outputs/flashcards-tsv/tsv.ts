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
 * One field: on one line, without tabs. Anki's importer reads a line starting with "#" as
 * a comment and a field starting with a straight double quote as a quoted field, neither of
 * which Quizlet does; a space before the "#" and a typographic opening quote keep both
 * importers reading the same card.
 */
export function tsvField(text: string): string {
  return plainInline(text)
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/^"/, '\u201c');
}

export function flashcardsTsv(lecture: Lecture): string {
  return lecture.glossary.map((g) => `${tsvField(g.term).replace(/^#/, ' #')}\t${tsvField(g.definition)}\n`).join('');
}
