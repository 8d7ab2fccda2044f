/**
 * Exports: files a learning platform or a flashcard app imports (Moodle's GIFT, Anki's
 * package…), made from the lecture alone, without a browser. An export describes the part
 * of the lecture it is made from (its `source`: unchanged, the file is kept as it is), what
 * the teacher should know of it, and how to write its bytes; it is skipped, with a reason,
 * when the lecture has nothing for it.
 */
import type { Lecture } from '../load/lecture.js';
import type { LabelKey, Labels } from '../make/labels.js';
import type { OutputKind } from './output-kind.js';

export interface ExportInputs {
  lecture: Lecture;
  labels: Labels;
  /** The lecture's output folder, relative to the output root (e.g. "biology/week1/intro"). */
  outPath: string;
  /** The bytes of one of the lecture's pictures (a question's), as the build holds them. */
  readImage(file: string): Promise<Uint8Array>;
}

/**
 * What names the lecture on a platform, so that a file imported again updates what the
 * first import made: its course and its output folder, which is unique in a build and the
 * same in every build from the same content root — not its title, which a typo fix changes,
 * nor its file's name, which two lectures of a course may share (week1/intro, week2/intro).
 */
export const platformKey = (inputs: Pick<ExportInputs, 'lecture' | 'outPath'>): [course: string, outPath: string] => [inputs.lecture.course ?? '', inputs.outPath];

export interface ExportSpec {
  name: string;
  /** Its file in the lecture's output folder, e.g. "quiz-gift.txt". */
  file: string;
  indexLabel: LabelKey;
  /** What of the lecture the file shows (questions, glossary…), or why there is nothing to export. */
  source(inputs: ExportInputs): unknown | { skip: string };
  /**
   * What the teacher should know of the file (a question left out because the platform
   * cannot take it, and why): cheap, as it is said on every build that renders the export,
   * the file kept or not.
   */
  notices?(inputs: ExportInputs): string[];
  /** The file's bytes (text is written as UTF-8); only called when the file is made. */
  write(inputs: ExportInputs): Promise<string | Uint8Array> | string | Uint8Array;
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
    const inputs: ExportInputs = { lecture: context.lecture, labels: context.labels, outPath: context.outPath, readImage: (file) => context.readImage(file) };
    const source = spec.source(inputs);
    if (isSkip(source)) return { skip: source.skip };
    return {
      // The output folder is part of what the file is made from: the platforms' ids come from it.
      source: JSON.stringify({ source, outPath: context.outPath, labels: context.labels }),
      notices: spec.notices?.(inputs) ?? [],
      make: async () => {
        // Written only now: a kept file costs nothing to write (a spreadsheet or a database takes most of a second).
        const data = await spec.write(inputs);
        return { files: [{ name: spec.file, data: typeof data === 'string' ? new TextEncoder().encode(data) : data }] };
      },
    };
  },
});
