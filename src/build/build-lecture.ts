/** One lecture, start to finish: load → render and print the deck and handouts → write its outputs. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LoadError } from '../errors.js';
import type { HandoutOptions, Lecture } from '../load/lecture.js';
import { checkLectureFile, ContentError } from '../load/load-lecture.js';
import { formatProblem } from '../load/problem.js';
import type { BrowserManager } from '../print/browser-manager.js';
import type { DeckTemplates } from '../render/deck/render-deck.js';
import { embeddedFontCss } from '../render/fonts.js';
import type { HandoutTemplates } from '../render/handouts/handout-templates.js';
import type { TemplateSet } from '../render/template-set.js';
import { writeOutputs, type OutputFile } from '../write/output-writer.js';
import { buildDeck } from './build-deck.js';
import { buildHandouts } from './build-handouts.js';
import { handoutsIn, type OutputName } from './outputs.js';

export interface BuildContext {
  browser: BrowserManager;
  templates: TemplateSet;
  deckTemplates: DeckTemplates;
  handoutTemplates: HandoutTemplates;
  /** The output root; each lecture gets a folder named after its file. */
  outDir: string;
  /** Build only these outputs (all when undefined). */
  only?: ReadonlySet<OutputName>;
  /** Handout options given on the command line; they win over the lecture's own. */
  handoutOverrides?: Partial<HandoutOptions>;
  /** Warnings fail the lecture, as errors do. */
  strict?: boolean;
}

export interface LectureResult {
  id: string;
  outDir: string;
  outputs: string[];
  skipped: string[];
  /** Warnings about the content, formatted for the terminal. */
  warnings: string[];
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

async function imageFiles(lecture: Lecture): Promise<OutputFile[]> {
  const images = new Map<string, string>();
  for (const section of lecture.sections) for (const slide of section.slides) if (slide.image) images.set(slide.image.href, slide.image.file);
  return Promise.all([...images].map(async ([name, file]) => ({ name, data: await readFile(file) })));
}

export async function buildLecture(file: string, ctx: BuildContext): Promise<LectureResult> {
  const started = performance.now();
  const check = checkLectureFile(file);
  const warnings = check.problems.filter((p) => p.severity === 'warning');
  if (!check.lecture || (ctx.strict && warnings.length > 0)) {
    throw new ContentError(ctx.strict ? check.problems : check.problems.filter((p) => p.severity === 'error'), check.source);
  }
  const lecture: Lecture = { ...check.lecture, handouts: { ...check.lecture.handouts, ...ctx.handoutOverrides } };
  const themeCss = readTheme(ctx.templates, lecture);
  const fontCss = embeddedFontCss(JSON.stringify(lecture));
  const wantDeck = !ctx.only || ctx.only.has('deck');
  const handouts = handoutsIn(ctx.only);

  // The handouts start printing as soon as the slides are final, alongside the deck's own files.
  let handoutsDone: Promise<Awaited<ReturnType<typeof buildHandouts>>> = Promise.resolve({ files: [], skipped: [] });
  const deck = await buildDeck({
    lecture,
    templates: ctx.deckTemplates,
    themeCss,
    fontCss,
    browser: ctx.browser,
    files: wantDeck,
    onFitted: (fitted) => {
      handoutsDone = buildHandouts({ lecture, names: handouts, deck: fitted, themeCss, fontCss, templates: ctx.handoutTemplates, browser: ctx.browser });
      // Failures are reported when awaited below; this keeps Node from calling them unhandled meanwhile.
      handoutsDone.catch(() => undefined);
    },
  });
  const printed = await handoutsDone;
  // Images travel with the deck, so deck.md and deck.html find them beside themselves.
  const images = wantDeck ? await imageFiles(lecture) : [];

  const outDir = path.join(ctx.outDir, lecture.id);
  const outputs = await writeOutputs(outDir, [...deck.files, ...printed.files, ...images]);
  return {
    id: lecture.id,
    outDir,
    outputs,
    skipped: printed.skipped,
    warnings: warnings.map((w) => formatProblem(w, undefined)),
    slides: deck.slides.length,
    ms: performance.now() - started,
  };
}
