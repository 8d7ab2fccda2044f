/**
 * assemble: everything a lecture's build writes, decided in memory before anything is
 * written: the outputs made, the images beside the deck, CHANGES.md, the manifest (for the
 * index) and the ledger (for the next build); and the files to delete.
 */
import { plainMaths } from '../make/maths/find-maths.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { KeyParts } from '../decide/fingerprints.js';
import { CACHE_DIR, LEDGER_FILE, ledgerJson, type Ledger, type LedgerEntry } from '../decide/ledger.js';
import { CHANGES_FILE, changesFile, slideChanges } from '../course/changes.js';
import { MANIFEST_FILE, manifestJson, type Manifest } from '../course/manifest.js';
import { slashes } from '../paths.js';
import type { OutputKind } from '../outputs/output-kind.js';
import { OUTPUTS } from '../outputs/registry.js';
import { LECTERN_VERSION } from '../version.js';
import type { OutputFile } from '../write/output-writer.js';
import { readHeldImage } from './images-held.js';
import type { LoadedLecture } from './load-step.js';
import type { MadeOutputs } from './make-outputs.js';

export interface Assembled {
  files: OutputFile[];
  remove: string[];
  /** What changed in the deck since its files were last made, a line per slide. */
  changes: string[];
  /** Outputs skipped, with why ("quiz.pdf skipped: the lecture has no questions"). */
  skipped: string[];
  /** Files removed with the outputs no longer asked for. */
  removed: string[];
  slides: number;
}

export interface AssembleInputs {
  file: string;
  outDir: string;
  loaded: LoadedLecture;
  stale: readonly OutputKind[];
  /** Outputs made before but no longer asked for (see decide). */
  removed: readonly string[];
  /** The outputs asked for are all the lecture should have (no --only): any other file the folder's manifest lists goes. */
  complete: boolean;
  keys: Readonly<Record<string, KeyParts>>;
  made: MadeOutputs;
  previous: { ledger?: Ledger; manifest?: Manifest };
}

/** The files an output is known to write, by name, when its ledger entry does not list them. */
function filesOf(name: string): string[] {
  const kind = OUTPUTS.find((k) => k.name === name);
  return kind ? [kind.file, ...(kind.alsoWrites ?? [])] : [];
}

export async function assemble(input: AssembleInputs): Promise<Assembled> {
  const { loaded, made, stale, previous } = input;
  const { lecture } = loaded;
  const files = [...made.files];
  const outcome = (kind: OutputKind) => made.outcomes.get(kind.name);

  // Images travel with the deck, so deck.md and deck.html find them beside themselves.
  if (stale.some((k) => k.copiesImages && outcome(k) && 'made' in outcome(k)!)) {
    files.push(...(await Promise.all([...loaded.images].map(async ([name, f]) => ({ name, data: await readHeldImage(lecture, f) })))));
  }

  // What changed in the deck, for the teacher deciding what to reprint.
  const deckMade = made.deck !== undefined && stale.some((k) => k.group === 'deck');
  const slides = deckMade ? made.deck!.summary : (previous.manifest?.slides ?? made.deck?.summary ?? []);
  const changes = deckMade && previous.manifest?.slides.length ? slideChanges(previous.manifest.slides, slides) : [];
  if (changes.length > 0) {
    const changesPath = path.join(input.outDir, CHANGES_FILE);
    files.push({ name: CHANGES_FILE, data: changesFile(existsSync(changesPath) ? readFileSync(changesPath, 'utf8') : undefined, plainMaths(lecture.title), changes, new Date()) });
  }

  const skippedKinds = stale.filter((k) => outcome(k) && 'skipped' in outcome(k)!);
  const entries: Record<string, LedgerEntry> = { ...previous.ledger?.outputs };
  for (const name of input.removed) delete entries[name];
  for (const k of stale) {
    const o = outcome(k);
    const was = previous.ledger?.outputs[k.name];
    const images = k.copiesImages ? [...loaded.images.keys()] : [];
    entries[k.name] = {
      key: input.keys[k.name]!,
      ...(!o ? {} : 'skipped' in o ? { skipped: o.skipped } : { source: o.source, ...('made' in o ? { files: [...o.owns, ...images] } : was?.files && { files: was.files }) }),
    };
  }
  // The files of outputs no longer asked for, unless an output still asked for has them too
  // (the images beside the deck belong to deck.md and deck.html alike).
  const owned = new Set(Object.entries(entries).flatMap(([name, e]) => e.files ?? filesOf(name)));
  // A folder an older Lectern made lists its files only in its manifest.
  const listed = input.complete ? (previous.manifest?.files ?? []) : [];
  const orphaned = [...new Set([...input.removed.flatMap((name) => previous.ledger?.outputs[name]?.files ?? filesOf(name)), ...listed])].filter((f) => !owned.has(f));
  const gone = new Set([...skippedKinds.map((k) => k.file), ...orphaned]);
  const rank = (name: string) => OUTPUTS.findIndex((k) => k.name === name) >>> 0;
  const ledger: Ledger = {
    lectern: LECTERN_VERSION,
    // In the registry's order, so that the ledger and the manifest list outputs the same way every time.
    outputs: Object.fromEntries(Object.entries(entries).sort(([a], [b]) => rank(a) - rank(b))),
    ...((made.deck?.memo ?? previous.ledger?.fit) && { fit: made.deck?.memo ?? previous.ledger?.fit }),
  };
  const manifest: Manifest = {
    lectern: LECTERN_VERSION,
    source: slashes(path.relative(process.cwd(), path.resolve(input.file))),
    title: plainMaths(lecture.title),
    ...(lecture.course && { course: lecture.course }),
    ...(lecture.lesson && { lesson: lecture.lesson }),
    ...(lecture.revised && { revised: lecture.revised }),
    ...(lecture.language !== 'en' && { language: lecture.language }),
    slides,
    // What the outputs consist of, as the ledger records them, but for the cache and the deck's images.
    files: [...new Set(Object.entries(ledger.outputs).flatMap(([name, e]) => (e.skipped !== undefined ? [] : (e.files ?? filesOf(name)))))].filter(
      (f) => !f.startsWith('images/') && !f.startsWith(`${CACHE_DIR}/`),
    ),
    built: new Date().toISOString(),
  };
  files.push({ name: MANIFEST_FILE, data: manifestJson(manifest) }, { name: LEDGER_FILE, data: ledgerJson(ledger) });
  return {
    files,
    // An output skipped this time (the questions were removed, say) must not leave last time's file behind.
    remove: [...gone, ...made.remove],
    changes,
    skipped: skippedKinds.map((k) => `${k.file} skipped: ${(outcome(k) as { skipped: string }).skipped}`),
    removed: orphaned.filter((f) => !f.startsWith(`${CACHE_DIR}/`)),
    slides: slides.length,
  };
}
