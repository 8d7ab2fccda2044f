/** What a build shares across its lectures: one browser, the templates read once, the options. */
import { existsSync } from 'node:fs';
import { LecternError } from '../errors.js';
import type { HandoutOptions } from '../load/lecture.js';
import { BrowserManager } from '../print/browser-manager.js';
import { loadDeckTemplates } from '../render/deck/render-deck.js';
import { loadHandoutTemplates } from '../render/handouts/handout-templates.js';
import { TemplateSet } from '../render/template-set.js';
import type { BuildContext } from './build-lecture.js';
import type { OutputName } from './outputs.js';

export interface BuildOptions {
  outDir: string;
  templates?: string;
  only?: ReadonlySet<OutputName>;
  handoutOverrides?: Partial<HandoutOptions>;
  strict?: boolean;
  force?: boolean;
  /** Build only part i of n of the lectures, e.g. { index: 1, count: 3 }. */
  shard?: { index: number; count: number };
}

/** Everything a build shares across its lectures: one browser, the templates read once. */
export function createBuildContext(options: BuildOptions, env: NodeJS.ProcessEnv = process.env): BuildContext {
  // A templates/ folder beside the content is the teacher's own, searched before Lectern's.
  const userTemplates = options.templates ?? (existsSync('templates') ? 'templates' : undefined);
  if (options.templates && !existsSync(options.templates)) {
    throw new LecternError(`${options.templates}: templates folder not found`, { file: options.templates });
  }
  const templates = new TemplateSet(userTemplates ? [userTemplates] : []);
  return {
    browser: new BrowserManager(env),
    templates,
    deckTemplates: loadDeckTemplates(templates),
    handoutTemplates: loadHandoutTemplates(templates),
    outDir: options.outDir,
    ...(options.only && { only: options.only }),
    ...(options.handoutOverrides && { handoutOverrides: options.handoutOverrides }),
    ...(options.strict && { strict: true }),
    ...(options.force && { force: true }),
  };
}

