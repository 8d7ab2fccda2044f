/** `lectern build`: every lecture asked for, one browser for all of them, a summary at the end. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildLecture } from '../build/build-lecture.js';
import { findLectures } from '../build/find-lectures.js';
import { LecternError } from '../errors.js';
import { BrowserManager } from '../print/browser-manager.js';
import type { OutputName } from '../build/outputs.js';
import type { HandoutOptions } from '../load/lecture.js';
import { loadDeckTemplates } from '../render/deck/render-deck.js';
import { loadHandoutTemplates } from '../render/handouts/handout-templates.js';
import { TemplateSet } from '../render/template-set.js';
import type { Io } from './main.js';

export interface BuildOptions {
  outDir: string;
  templates?: string;
  only?: ReadonlySet<OutputName>;
  handoutOverrides?: Partial<HandoutOptions>;
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
    handoutTemplates: loadHandoutTemplates(templates),
    outDir: options.outDir,
    ...(options.only && { only: options.only }),
    ...(options.handoutOverrides && { handoutOverrides: options.handoutOverrides }),
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
        for (const notice of result.skipped) io.out(`  · ${notice}\n`);
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
