/**
 * One lecture, start to finish, in named steps:
 *   load      the lecture, with its course values, checked;
 *   decide    which outputs are out of date, by their keys (decide/decide.ts);
 *   make      render them, and make the files of those that do not come out as before;
 *   assemble  everything to write: the outputs, images, CHANGES.md, the manifest, the ledger;
 *   write     all of it at once, atomically: a failed build leaves the last outputs as they were.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { decide, type Decisions } from '../decide/decide.js';
import { CACHE_DIR, readLedger } from '../decide/ledger.js';
import { pictureStore } from '../decide/picture-store.js';
import { readManifest, MANIFEST_FILE } from '../course/manifest.js';
import type { LectureEntry } from '../course/find-lectures.js';
import type { OutputKind } from '../outputs/output-kind.js';
import { selectOutputs } from '../outputs/select.js';
import { formatProblem } from '../problems/format.js';
import { traced } from '../trace.js';
import { recoverOutputFolder } from '../write/journal.js';
import { writeOutputs } from '../write/output-writer.js';
import { assemble } from './assemble.js';
import { checkImagesHeld, holdImages } from './images-held.js';
import type { BuildContext } from './context.js';
import { loadLecture } from './load-step.js';
import { lectureMakeContext } from './make-context.js';
import { makeOutputs } from './make-outputs.js';
import { lectureSources, outputKeys } from './output-keys.js';

export interface LectureResult {
  outDir: string;
  /** Files written this time, output files only (empty when everything was up to date). */
  outputs: string[];
  /** Outputs skipped, with why. */
  skipped: string[];
  /** Files removed with outputs no longer asked for. */
  removed: string[];
  /** What the outputs made tell the teacher (sentences the worksheet left out, …). */
  notices: string[];
  warnings: string[];
  /** What changed in the deck since the last build, a line per slide. */
  changes: string[];
  slides: number;
  ms: number;
}

/** Whether every file of an output is in the lecture's output folder (the deck's images beside it included). */
function presence(outDir: string, kinds: readonly OutputKind[], images: ReadonlyMap<string, string>) {
  return (name: string) => {
    const kind = kinds.find((k) => k.name === name)!;
    return [kind.file, ...(kind.copiesImages ? images.keys() : [])].every((f) => existsSync(path.join(outDir, f)));
  };
}

const writtenOutputs = (files: string[]) =>
  files.filter((f) => !f.endsWith(MANIFEST_FILE) && !f.split(path.sep).includes(CACHE_DIR));

/** `onMade` is told of each output as it is made (before it is written), for the live progress view. */
export async function buildLecture(entry: LectureEntry, ctx: BuildContext, onMade?: (output: string) => void): Promise<LectureResult> {
  const started = performance.now();
  const outDir = path.join(ctx.options.outDir, entry.outPath);
  // Files a stopped build had begun to put in place are finished first: the ledger read
  // below then describes the files that are there.
  recoverOutputFolder(outDir);

  const loaded = loadLecture(entry, ctx.options, ctx.templates);
  const imageFiles = [...loaded.images.values()];
  const held = holdImages(loaded.lecture, imageFiles);
  const base = { outDir, skipped: [], removed: [], notices: [], changes: [], warnings: loaded.warnings.map((w) => formatProblem(w, { brief: true })) };

  const kinds = selectOutputs(ctx.options.only, loaded.courseOutputs);
  const keys = outputKeys(kinds, lectureSources(loaded, ctx), ctx);
  const previous = { ledger: readLedger(outDir), manifest: readManifest(outDir) };
  const present = presence(outDir, kinds, loaded.images);
  // Without --only, the outputs asked for are all the lecture should have: others made before go.
  const decisions: Decisions = decide(previous.ledger, { keys, present }, { force: ctx.options.force, complete: !ctx.options.only });
  // A manifest lost from output/ (the index's data) is made again: every output is rendered,
  // to be kept as it is (no browser needed), so that the manifest can say what the folder holds.
  const manifestLost = previous.ledger !== undefined && previous.manifest === undefined;
  const stale = kinds.filter((k) => manifestLost || decisions.outputs[k.name]!.action === 'make');
  const removed = Object.keys(decisions.outputs).filter((name) => decisions.outputs[name]!.action === 'remove');
  if (stale.length === 0 && removed.length === 0) return { ...base, outputs: [], slides: previous.manifest?.slides.length ?? 0, ms: performance.now() - started };

  const { lecture } = loaded;
  const made = await traced(`make ${entry.outPath}`, () =>
    makeOutputs(
      lectureMakeContext(entry, loaded, ctx, pictureStore(outDir, decisions.pictures)),
      stale,
      {
        isKept: (name, source) => decide(previous.ledger, { keys: { [name]: keys[name]! }, sources: { [name]: source }, present }, { force: ctx.options.force }).outputs[name]!.action !== 'make',
        ...(decisions.fit && { fit: decisions.fit }),
        ...(onMade && { onMade }),
      },
    ),
  );

  // An image deleted or re-saved while the outputs were made: nothing is written from it.
  checkImagesHeld(lecture, imageFiles, held);
  const assembled = await assemble({ file: entry.file, outDir, loaded, stale, removed, complete: !ctx.options.only, keys, made, previous });
  const written = await writeOutputs(outDir, assembled.files, assembled.remove);
  return {
    ...base,
    outputs: writtenOutputs(written),
    skipped: assembled.skipped,
    removed: assembled.removed,
    notices: made.notices,
    changes: assembled.changes,
    slides: assembled.slides,
    ms: performance.now() - started,
  };
}
