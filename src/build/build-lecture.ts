/**
 * One lecture, start to finish: load (with its course defaults) → decide which outputs are
 * out of date → render and print them → write them, with the record of what was made.
 */
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LoadError } from '../errors.js';
import { checkWithCourse } from '../load/check-with-course.js';
import type { HandoutOptions, Lecture } from '../load/lecture.js';
import { lectureImages } from '../load/lecture-images.js';
import { ContentError } from '../load/load-lecture.js';
import { formatProblem } from '../load/problem.js';
import type { BrowserManager } from '../print/browser-manager.js';
import type { DeckTemplates } from '../render/deck/render-deck.js';
import { embeddedFontCss } from '../render/fonts.js';
import type { HandoutName, HandoutTemplates } from '../render/handouts/handout-templates.js';
import type { TemplateSet } from '../render/template-set.js';
import { readPptxPictures } from '../print/deck-pptx.js';
import { writeOutputs, type OutputFile } from '../write/output-writer.js';
import type { DeckResult } from './build-deck.js';
import { printOutputs } from './print-outputs.js';
import { hash, isCurrent, isPresent, readRecord, RECORD_FILE, slideChanges, type BuildRecord } from './build-record.js';
import type { LectureEntry } from './find-lectures.js';
import { hashFiles, outputKeys } from './output-keys.js';
import { OUTPUTS, type OutputName } from './outputs.js';
import { LECTERN_VERSION } from '../version.js';

export interface BuildContext {
  browser: BrowserManager;
  templates: TemplateSet;
  deckTemplates: DeckTemplates;
  handoutTemplates: HandoutTemplates;
  /** The output root; each lecture gets a folder that mirrors where it sits under the content root. */
  outDir: string;
  /** Build only these outputs (else the course's list, else all). */
  only?: ReadonlySet<OutputName>;
  /** Handout options given on the command line; they win over the lecture's own. */
  handoutOverrides?: Partial<HandoutOptions>;
  /** Warnings fail the lecture, as errors do. */
  strict?: boolean;
  /** Rebuild even what is up to date. */
  force?: boolean;
}

export interface LectureResult {
  id: string;
  outDir: string;
  /** Files written this time (empty when everything was up to date). */
  outputs: string[];
  /** Outputs up to date, so not made again. */
  unchanged: OutputName[];
  skipped: string[];
  warnings: string[];
  /** What changed in the deck since the last build, a line per slide. */
  changes: string[];
  slides: number;
  ms: number;
}

function readTheme(templates: TemplateSet, lecture: { theme: string; file: string }): string {
  const name = `themes/${lecture.theme}.css`;
  try {
    return templates.read(name).text;
  } catch (cause) {
    const known = [...templates.list('themes').keys()].map((f) => f.replace(/\.css$/, ''));
    throw new LoadError(`${lecture.file}: theme "${lecture.theme}" not found; available themes: ${known.join(', ')}`, { file: lecture.file, cause });
  }
}

const isHandout = (name: OutputName): name is HandoutName => name !== 'deck';

/** The deck's record fields: this build's, else the last build's. */
function deckRecord(deck: Pick<DeckResult, 'pictures' | 'look' | 'budgets'>, previous: BuildRecord | undefined): Pick<BuildRecord, 'pictures' | 'look' | 'budgets'> {
  const pictures = deck.pictures ?? previous?.pictures;
  const look = deck.look ?? previous?.look;
  const budgets = deck.budgets ?? previous?.budgets;
  return { ...(pictures && { pictures }), ...(look && { look }), ...(budgets && { budgets }) };
}

function changesEntry(lines: string[], when: Date): string {
  return `## ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
}

/** `onOutput` is told of each output as it is made (before it is written), for the live progress view. */
export async function buildLecture(entry: LectureEntry, ctx: BuildContext, onOutput?: (output: string) => void): Promise<LectureResult> {
  const started = performance.now();
  const { file } = entry;
  const { check, course } = checkWithCourse(file, entry.root);
  const warnings = check.problems.filter((p) => p.severity === 'warning');
  if (!check.lecture || (ctx.strict && warnings.length > 0)) {
    throw new ContentError(ctx.strict ? check.problems : check.problems.filter((p) => p.severity === 'error'), check.source);
  }
  const lecture: Lecture = { ...check.lecture, handouts: { ...check.lecture.handouts, ...ctx.handoutOverrides } };
  const themeCss = readTheme(ctx.templates, lecture);
  const outDir = path.join(ctx.outDir, entry.outPath);

  const requested = OUTPUTS.filter((o) => (ctx.only ? ctx.only.has(o) : course.values.outputs ? course.values.outputs.includes(o) : true));
  const keys = outputKeys({
    version: LECTERN_VERSION,
    lectureSource: check.source ?? '',
    courseSources: course.files.map((f) => course.sources.get(f) ?? ''),
    options: ctx.handoutOverrides ?? {},
    themeCss,
    images: [...lectureImages(lecture).values()],
    deckTemplates: ctx.deckTemplates,
    handoutTemplates: ctx.handoutTemplates,
  });
  const previous = readRecord(outDir);
  const imagesHash = hashFiles([...lectureImages(lecture).values()]);
  const images = [...lectureImages(lecture).keys()];
  const stale = requested.filter((o) => ctx.force || !isCurrent(previous, outDir, o, keys[o], images));
  const base = { id: lecture.id, outDir, skipped: [], warnings: warnings.map((w) => formatProblem(w, undefined)), changes: [] };
  if (stale.length === 0) {
    return { ...base, outputs: [], unchanged: requested, slides: previous?.slides.length ?? 0, ms: performance.now() - started };
  }

  const fontCss = embeddedFontCss(JSON.stringify(lecture));
  const wantDeck = stale.includes('deck');
  // An output whose source changed may still come out the same (a comment was edited, or a
  // slide the quiz does not show): what it is printed from is compared with last time's.
  const contentSalt = hash(LECTERN_VERSION, imagesHash);
  const pptx = path.join(outDir, 'deck.pptx');
  const oldPictures = previous?.pictures;
  const previousPictures =
    !ctx.force && oldPictures && existsSync(pptx)
      ? async () => ({ keys: oldPictures, pictures: await readPptxPictures(await readFile(pptx), oldPictures.length) })
      : undefined;
  const pdf = path.join(outDir, 'deck.pdf');
  const previousPdf = !ctx.force && previous?.look && existsSync(pdf) ? { look: previous.look, read: () => readFile(pdf) } : undefined;
  const kept = (name: OutputName) => !ctx.force && previous !== undefined && !previous.skipped.includes(name) && isPresent(outDir, name, images);
  const { deck, printed } = await printOutputs({
    lecture,
    wantDeck,
    handouts: stale.filter(isHandout),
    themeCss,
    fontCss,
    deckTemplates: ctx.deckTemplates,
    handoutTemplates: ctx.handoutTemplates,
    browser: ctx.browser,
    contentSalt,
    ...(!ctx.force &&
      previous?.content && {
      previous: { content: previous.content, ...(previous.budgets && { budgets: previous.budgets }), deckFilesExist: kept('deck'), handoutExists: kept },
    }),
    ...(previousPictures && { previousPictures }),
    ...(previousPdf && { previousPdf }),
    ...(onOutput && { onOutput }),
  });
  const keptNames: OutputName[] = [...printed.kept, ...(deck.kept ? (['deck'] as const) : [])];

  const files: OutputFile[] = [...deck.files, ...printed.files];
  // Images travel with the deck, so deck.md and deck.html find them beside themselves.
  if (wantDeck && !deck.kept) files.push(...(await Promise.all([...lectureImages(lecture)].map(async ([name, f]) => ({ name, data: await readFile(f) })))));
  if (deck.thumbnail) files.push({ name: 'thumbnail.png', data: deck.thumbnail });

  // What changed in the deck, for the teacher deciding what to reprint.
  const slides = wantDeck ? deck.summary : (previous?.slides ?? deck.summary);
  const changes = wantDeck && previous?.slides.length ? slideChanges(previous.slides, deck.summary) : [];
  if (changes.length > 0) {
    const changesFile = path.join(outDir, 'CHANGES.md');
    const before = existsSync(changesFile) ? readFileSync(changesFile, 'utf8') : `# Changes to “${lecture.title}”\n\nWhat changed in the deck at each build, newest last.\n`;
    files.push({ name: 'CHANGES.md', data: `${before.trimEnd()}\n\n${changesEntry(changes, new Date())}` });
  }

  const skippedNames = printed.skipped.map((s) => s.name.replace(/\.pdf$/, '') as OutputName);
  const record: BuildRecord = {
    lectern: LECTERN_VERSION,
    source: path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'),
    title: lecture.title,
    ...(lecture.course && { course: lecture.course }),
    ...(lecture.lesson && { lesson: lecture.lesson }),
    ...(lecture.revised && { revised: lecture.revised }),
    slides,
    keys: { ...previous?.keys, ...Object.fromEntries(stale.map((o) => [o, keys[o]])) },
    files: [...new Set([...(previous?.files ?? []), ...files.map((f) => f.name)])].filter(
      (f) => !skippedNames.some((s) => f === `${s}.pdf`) && f !== 'CHANGES.md' && !f.startsWith('images/'),
    ),
    skipped: [...new Set([...(previous?.skipped ?? []).filter((s) => !stale.includes(s)), ...skippedNames])],
    // What the deck was made from is recorded only when its files were written: it tells
    // the next build whether they are current.
    content: { ...previous?.content, ...(wantDeck && deck.content && { deck: deck.content }), ...printed.content },
    ...deckRecord(wantDeck ? deck : {}, previous),
    built: new Date().toISOString(),
  };
  files.push({ name: RECORD_FILE, data: `${JSON.stringify(record, null, 2)}\n` });

  // A handout skipped this time (the questions were removed, say) must not leave last time's copy behind.
  const outputs = await writeOutputs(outDir, files, printed.skipped.map((s) => s.name));
  return {
    ...base,
    outputs: outputs.filter((o) => !o.endsWith(RECORD_FILE)),
    unchanged: requested.filter((o) => !stale.includes(o) || keptNames.includes(o)),
    skipped: printed.skipped.map((s) => `${s.name} skipped: ${s.reason}`),
    changes,
    slides: slides.length,
    ms: performance.now() - started,
  };
}
