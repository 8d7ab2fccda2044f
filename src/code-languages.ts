/**
 * The languages a code block may name after its fence (```python), as highlight.js 11 knows
 * them: the same library Marp Core highlights the deck with, so a language that is known
 * here is coloured alike on the slides and in the handouts.
 *
 * highlight.js takes a third of a second to load all its languages: it is loaded only when
 * a lecture has a code block, so a lecture without one builds as fast as before.
 */
import { createRequire } from 'node:module';
import type { HLJSApi } from 'highlight.js';

let loaded: HLJSApi | undefined;

/** highlight.js with every language it ships, loaded on first use. */
export function highlighter(): HLJSApi {
  loaded ??= createRequire(import.meta.url)('highlight.js') as HLJSApi;
  return loaded;
}

/** Whether highlight.js knows this name or alias (any capitals): "python", "py", "JS". */
export function isKnownLanguage(name: string): boolean {
  return highlighter().getLanguage(name) !== undefined;
}

/** Every name and alias a fence may use, for "did you mean …?". */
export function languageNames(): string[] {
  const hljs = highlighter();
  return hljs.listLanguages().flatMap((name) => [name, ...(hljs.getLanguage(name)?.aliases ?? [])]);
}
