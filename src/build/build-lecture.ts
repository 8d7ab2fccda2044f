/** One lecture, start to finish: load → render and print the deck and handouts → write its outputs. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LoadError } from '../errors.js';
import type { HandoutOptions, Lecture } from '../load/lecture.js';
import { checkLectureFile, ContentError } from '../load/load-lecture.js';
import { formatProblem } from '../load/problem.js';
import { lectureImages } from '../load/lecture-images.js';
import type { BrowserManager } from '../print/browser-manager.js';
import type { DeckTemplates } from '../render/deck/render-deck.js';
import { embeddedFontCss } from '../render/fonts.js';
import type { HandoutTemplates } from '../render/handouts/handout-templates.js';
import type { TemplateSet } from '../render/template-set.js';
import { writeOutputs, type OutputFile } from '../write/output-writer.js';
import { buildDeck, type DeckResult } from './build-deck.js';
import { buildHandouts, type HandoutsResult } from './build-handouts.js';
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
  return Promise.all([...lectureImages(lecture)].map(async ([name, file]) => ({ name, data: await readFile(file) })));
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

  const handoutInputs = { lecture, names: handouts, themeCss, fontCss, templates: ctx.handoutTemplates, browser: ctx.browser };
  // Slides are fitted (in the browser) only when something shows them.
  const needSlides = wantDeck || handouts.some((h) => h === 'notes-handout' || h === 'speaker-notes');
  let deck: DeckResult = { files: [], slides: [], markdown: '' };
  let printed: HandoutsResult;
  if (needSlides) {
    // The handouts start printing as soon as the slides are final, alongside the deck's own files.
    let handoutsDone: Promise<HandoutsResult> | undefined;
    deck = await buildDeck({
      lecture,
      templates: ctx.deckTemplates,
      themeCss,
      fontCss,
      browser: ctx.browser,
      files: wantDeck,
      onFitted: (fitted) => {
        handoutsDone = buildHandouts({ ...handoutInputs, deck: fitted });
        // Failures are reported when awaited below; this keeps Node from calling them unhandled meanwhile.
        handoutsDone.catch(() => undefined);
      },
    });
    printed = await handoutsDone!;
  } else {
    printed = await buildHandouts({ ...handoutInputs, deck });
  }
  // Images travel with the deck, so deck.md and deck.html find them beside themselves.
  const images = wantDeck ? await imageFiles(lecture) : [];

  const outDir = path.join(ctx.outDir, lecture.id);
  // A handout skipped this time (the questions were removed, say) must not leave last time's copy behind.
  const stale = printed.skipped.map((s) => s.name);
  const outputs = await writeOutputs(outDir, [...deck.files, ...printed.files, ...images], stale);
  return {
    id: lecture.id,
    outDir,
    outputs,
    skipped: printed.skipped.map((s) => `${s.name} skipped: ${s.reason}`),
    warnings: warnings.map((w) => formatProblem(w, undefined)),
    slides: deck.slides.length,
    ms: performance.now() - started,
  };
}
