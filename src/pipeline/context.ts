/** What a build shares across its lectures: one browser, the templates read once, the labels once per language, the options. */
import { existsSync, statSync } from 'node:fs';
import { LecternError } from '../errors.js';
import type { HandoutOptions } from '../load/lecture.js';
import { loadDeckTemplates } from '../make/deck/render-deck.js';
import { loadHandoutTemplates } from '../make/handouts/handout-templates.js';
import { labelsByLanguage, type LoadedLabels } from '../make/labels.js';
import { BrowserManager } from '../make/print/browser-manager.js';
import { TemplateSet } from '../make/template-set.js';
import type { BuildTemplates } from '../outputs/output-kind.js';

export interface BuildOptions {
  outDir: string;
  templates?: string;
  /** Build only these outputs (names or groups, e.g. "deck", "quiz"); else the course's list, else all. */
  only?: readonly string[];
  handoutOverrides?: Partial<HandoutOptions>;
  strict?: boolean;
  force?: boolean;
  /** Build only part i of n of the lectures, e.g. { index: 1, count: 3 }. */
  shard?: { index: number; count: number };
  /** Show where Lectern failed (the stack) when it fails unexpectedly. */
  debug?: boolean;
}

export interface BuildContext extends BuildTemplates {
  options: BuildOptions;
  browser: BrowserManager;
  templates: TemplateSet;
  /** The labels of a lecture's language, read the first time a lecture in it is built. */
  labelsFor: (language: string) => LoadedLabels;
}

/** The teacher's templates folder: the one named, else a templates/ folder beside the content. */
export function userTemplates(named: string | undefined): TemplateSet {
  if (named && !existsSync(named)) throw new LecternError(`${named}: templates folder not found`, { file: named });
  if (named && !statSync(named).isDirectory()) throw new LecternError(`${named} is a file, not a folder: -t takes the folder that holds your templates (its themes/, deck/, handouts/), e.g. -t templates`, { file: named });
  const own = named ?? (existsSync('templates') ? 'templates' : undefined);
  return new TemplateSet(own ? [own] : []);
}

export function createBuildContext(options: BuildOptions, env: NodeJS.ProcessEnv = process.env): BuildContext {
  const templates = userTemplates(options.templates);
  return { options, browser: new BrowserManager(env), templates, ...readTemplates(templates) };
}

/** Reads and compiles the templates and labels; again when they change (watch mode). */
export function readTemplates(templates: TemplateSet): BuildTemplates & { labelsFor: (language: string) => LoadedLabels } {
  return { deckTemplates: loadDeckTemplates(templates), handoutTemplates: loadHandoutTemplates(templates), labelsFor: labelsByLanguage(templates) };
}
