/** One lecture, start to finish: load → render and print the deck → write its outputs. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LoadError } from '../errors.js';
import { loadLecture } from '../load/load-lecture.js';
import type { BrowserManager } from '../print/browser-manager.js';
import type { DeckTemplates } from '../render/deck/render-deck.js';
import type { TemplateSet } from '../render/template-set.js';
import { writeOutputs, type OutputFile } from '../write/output-writer.js';
import { buildDeck } from './build-deck.js';

export interface BuildContext {
  browser: BrowserManager;
  templates: TemplateSet;
  deckTemplates: DeckTemplates;
  fontCss: string;
  /** The output root; each lecture gets a folder named after its file. */
  outDir: string;
}

export interface LectureResult {
  id: string;
  outDir: string;
  outputs: string[];
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

export async function buildLecture(file: string, ctx: BuildContext): Promise<LectureResult> {
  const started = performance.now();
  const lecture = loadLecture(file);
  const themeCss = readTheme(ctx.templates, lecture);
  const deck = await buildDeck({ lecture, templates: ctx.deckTemplates, themeCss, fontCss: ctx.fontCss, browser: ctx.browser });

  // Images travel with the outputs, so deck.md and deck.html find them beside themselves.
  const images: OutputFile[] = [];
  for (const section of lecture.sections)
    for (const slide of section.slides)
      if (slide.image && !images.some((i) => i.name === slide.image!.href))
        images.push({ name: slide.image.href, data: await readFile(slide.image.file) });

  const outDir = path.join(ctx.outDir, lecture.id);
  const outputs = await writeOutputs(outDir, [...deck.files, ...images]);
  return { id: lecture.id, outDir, outputs, slides: deck.slides.length, ms: performance.now() - started };
}
