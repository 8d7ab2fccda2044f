/** `lectern build`: every lecture asked for, one browser for all of them, a summary at the end. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildLecture } from '../build/build-lecture.js';
import { findLectures } from '../build/find-lectures.js';
import { LecternError } from '../errors.js';
import { BrowserManager } from '../print/browser-manager.js';
import { loadDeckTemplates } from '../render/deck/render-deck.js';
import { embeddedFontCss } from '../render/fonts.js';
import { TemplateSet } from '../render/template-set.js';
import type { Io } from './main.js';

export interface BuildOptions {
  outDir: string;
  templates?: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export async function runBuild(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const files = findLectures(paths);
  // A templates/ folder beside the content is the teacher's own, searched before Lectern's.
  const userTemplates = options.templates ?? (existsSync('templates') ? 'templates' : undefined);
  if (options.templates && !existsSync(options.templates)) {
    throw new LecternError(`${options.templates}: templates folder not found`, { file: options.templates });
  }
  const templates = new TemplateSet(userTemplates ? [userTemplates] : []);
  const context = {
    browser: new BrowserManager(io.env),
    templates,
    deckTemplates: loadDeckTemplates(templates),
    fontCss: embeddedFontCss(),
    outDir: options.outDir,
  };

  let built = 0;
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const result = await buildLecture(file, context);
        built += 1;
        const names = result.outputs.map((o) => path.relative(result.outDir, o)).filter((n) => !n.startsWith('images'));
        io.out(`✓ ${path.join(options.outDir, result.id)}/  ${names.join(', ')}  (${result.slides} slides, ${seconds(result.ms)})\n`);
      } catch (error) {
        if (!(error instanceof LecternError)) throw error;
        failed += 1;
        io.err(`✗ ${file}\n${error.message}\n`);
      }
    }
  } finally {
    await context.browser.close();
  }
  io.out(`${built} built, ${failed} failed in ${seconds(performance.now() - started)}\n`);
  return failed > 0 ? 1 : 0;
}
