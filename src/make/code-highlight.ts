/**
 * Code coloured for the handouts (speaker notes, revision sheet) with highlight.js 11, the
 * library and the class names (hljs-keyword, hljs-string, …) Marp Core uses on the slides,
 * so one set of colours in the CSS serves both. A language highlight.js does not know, or
 * none, gives plain code. Everything is escaped: code shows as typed.
 */
import type { CodeBlock } from '../load/lecture.js';
import { highlighter, isKnownLanguage } from '../code-languages.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The inside of a <code> element: coloured spans for a known language, escaped text otherwise. */
export function highlightCode(source: string, language: string): string {
  if (language === '' || !isKnownLanguage(language)) return escapeHtml(source);
  return highlighter().highlight(source, { language, ignoreIllegals: true }).value;
}

/** For markdown-it's `highlight` option: speaker notes' fences. */
export function highlightFence(source: string, info: string): string {
  return highlightCode(source, info.trim().split(/\s+/)[0] ?? '');
}

/** A bullet's code block as a handout shows it. */
export function htmlCode(code: CodeBlock): string {
  const lang = code.language ? ` language-${escapeHtml(code.language)}` : '';
  return `<pre class="code"><code class="hljs${lang}">${highlightCode(code.source, code.language)}</code></pre>`;
}
