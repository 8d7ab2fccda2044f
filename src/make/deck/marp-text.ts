/**
 * Turns lecture text into Markdown that is safe to place inside a Marp slide: content is
 * text, so it can never open an HTML tag or comment (Marp reads comments as directives),
 * show an image, or start a block (a heading, a list, a code fence, a new slide).
 */
import { KEY_TERM, stripTerms } from '../../load/key-terms.js';

// Ways a line starts a Markdown block (heading, quote, list, rule or slide break, code
// fence, link definition); a backslash before the first character keeps the line text.
const BLOCK_STARTS = [/^#{1,6}(\s|$)/, /^>/, /^[-+*](\s|$)/, /^([-*_])(\s*\1){2,}\s*$/, /^(`{3,}|~{3,})/, /^\[[^\]]*\]:/, /^\d+[.)](\s|$)/];

/** Escapes "<" outside code spans (inside them it is shown as typed, and cannot start a comment). */
function escapeAngles(text: string): string {
  return text
    .split(/(`+[^`]*?`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;')))
    .join('');
}

/** Inline Markdown for a slide: key terms emphasised; HTML, directives, images and block syntax neutralised. */
export function marpInline(text: string): string {
  const inline = escapeAngles(text.replace(/\s*\r?\n\s*/g, ' ').trim())
    // Images are never shown from text: they would be fetched from wherever they point.
    .replace(/!\[/g, '!\\[')
    .replace(/\*\*\[\[(.+?)\]\]\*\*/g, '**$1**')
    .replace(KEY_TERM, '**$1**');
  if (!BLOCK_STARTS.some((pattern) => pattern.test(inline))) return inline;
  // A digit cannot be escaped; the list marker after it can.
  return /^\d/.test(inline) ? inline.replace(/^(\d+)([.)])/, '$1\\$2') : `\\${inline}`;
}

/** A table cell: inline text that cannot end its cell early. */
export function marpCell(text: string): string {
  return marpInline(text).replace(/\|/g, '\\|');
}

/**
 * Speaker notes go inside an HTML comment, which "-->" would close early, and Marp reads a
 * comment of "key: value" lines as directives (a style, a background image, a header). An
 * invisible zero-width space before each line's first word keeps every line a note.
 * Key-term marks are dropped: presenter view shows notes as plain text.
 */
export function marpNotes(text: string): string {
  return stripTerms(text.trim())
    .replace(/--+>/g, '->')
    .replace(/^(\s*)(?=\S)/gm, '$1\u200B');
}
