/**
 * Exports: files a learning platform or a flashcard app imports (Moodle's GIFT, Anki's
 * package…), made from the lecture alone, without a browser. An export describes the part
 * of the lecture it is made from (its `source`: unchanged, the file is kept as it is) and
 * how to write its bytes; it is skipped, with a reason, when the lecture has nothing for it.
 */
import type { Lecture } from '../load/lecture.js';
import type { LabelKey, Labels } from '../make/labels.js';
import type { OutputKind } from './output-kind.js';

export interface ExportInputs {
  lecture: Lecture;
  labels: Labels;
}

/** What an export writes: its bytes (text is written as UTF-8), and anything the teacher should know. */
export interface Exported {
  data: string | Uint8Array;
  /** E.g. a question left out because the platform cannot take it, and why. */
  notices?: string[];
}

export interface ExportSpec {
  name: string;
  /** Its file in the lecture's output folder, e.g. "quiz-gift.txt". */
  file: string;
  indexLabel: LabelKey;
  /** What of the lecture the file shows (questions, glossary…), or why there is nothing to export. */
  source(inputs: ExportInputs): unknown | { skip: string };
  /** The file. */
  write(inputs: ExportInputs): Promise<Exported> | Exported;
}

const isSkip = (value: unknown): value is { skip: string } => typeof value === 'object' && value !== null && 'skip' in value && typeof (value as { skip: unknown }).skip === 'string';

export const lectureExport = (spec: ExportSpec): OutputKind => ({
  name: spec.name,
  file: spec.file,
  group: 'exports',
  needs: 'lecture',
  indexLabel: spec.indexLabel,
  // No template, theme or handout option shapes an export: its key is the lecture's and the labels'.
  reads: () => ({ templates: [] }),
  async render(context) {
    const inputs: ExportInputs = { lecture: context.lecture, labels: context.labels };
    const source = spec.source(inputs);
    if (isSkip(source)) return { skip: source.skip };
    // Written now, so that what the platform cannot take is said even when the file is kept.
    const exported = await spec.write(inputs);
    const data = typeof exported.data === 'string' ? new TextEncoder().encode(exported.data) : exported.data;
    return {
      source: JSON.stringify({ source, labels: context.labels }),
      notices: exported.notices ?? [],
      make: async () => ({ files: [{ name: spec.file, data }] }),
    };
  },
});
