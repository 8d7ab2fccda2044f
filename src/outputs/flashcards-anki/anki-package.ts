/**
 * flashcards.apkg: the lecture's glossary as an Anki deck package — a zip of the collection
 * (`collection.anki2`) and its media list (`media`, "{}": glossary text has no pictures).
 * One "Lectern Basic" note per glossary term (Front: the term, Back: its definition), one
 * card per note, in a deck named after the lecture, inside its course's deck when it has a
 * course ("Course::Lecture").
 *
 * Ids come from the course, the lecture's output folder (platformKey) and the term, not
 * from the title or the definition: fixing a definition or retitling the lecture, then importing again,
 * updates the student's cards (and keeps their progress) instead of adding new ones.
 */
import type JSZipType from 'jszip';
import { platformKey, type ExportInputs } from '../export-kind.js';
import { plainInline } from '../../make/lecture-markdown.js';
import { ankiCollection, type AnkiNote } from './anki-collection.js';
import { directedHtml, platformHtml } from '../../make/platform-text.js';
import { fieldChecksum, guidFor, smallId, timeId } from './anki-ids.js';

/** Anki reads "::" in a deck's name as a deck inside another. */
const deckPart = (text: string) => plainInline(text).replace(/::/g, ':').trim();

/** The note of each term; a term given twice keeps a note for each, told apart by its count. */
export function ankiNotes(inputs: Pick<ExportInputs, 'lecture' | 'outPath'>): AnkiNote[] {
  const { lecture } = inputs;
  const ankiHtml = (text: string) => directedHtml(platformHtml(text), lecture.language);
  const key = platformKey(inputs);
  const seen = new Map<string, number>();
  return lecture.glossary.map((entry) => {
    const term = plainInline(entry.term);
    const count = (seen.get(term) ?? 0) + 1;
    seen.set(term, count);
    const noteKey = [...key, term, ...(count > 1 ? [String(count)] : [])];
    const id = timeId('note', ...noteKey);
    const front = ankiHtml(entry.term);
    // Anki sorts and finds duplicates by the front as it strips it (its tags off, its entities
    // read): maths keeps its delimiters there. The ids stay the term's words, as before.
    const sortField = front.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);
    return {
      id,
      guid: guidFor(...noteKey),
      fields: [front, ankiHtml(entry.definition)],
      sortField,
      checksum: fieldChecksum(sortField),
      cardId: timeId('card', ...noteKey),
    };
  });
}

export async function ankiPackage(inputs: Pick<ExportInputs, 'lecture' | 'outPath'>, now = Date.now()): Promise<Uint8Array> {
  const { lecture } = inputs;
  const key = platformKey(inputs);
  const course = lecture.course ? deckPart(lecture.course) : undefined;
  const title = deckPart(lecture.title);
  const parent = course ? { id: smallId('deck', key[0]), name: course } : undefined;
  const collection = await ankiCollection(
    {
      id: smallId('deck', ...key),
      name: parent ? `${parent.name}::${title}` : title,
      description: lecture.subtitle ? directedHtml(platformHtml(lecture.subtitle), lecture.language) : '',
      parent,
      // One note type for every Lectern deck: the same fields and card everywhere.
      modelId: smallId('model', 'Lectern Basic'),
      notes: ankiNotes(inputs),
    },
    now,
  );
  const { default: JSZip } = (await import('jszip')) as unknown as { default: typeof JSZipType };
  const zip = new JSZip();
  // The zip's dates are the build's, so the same lecture built at the same moment gives the same bytes.
  const date = new Date(now);
  zip.file('collection.anki2', collection, { date });
  zip.file('media', '{}', { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
