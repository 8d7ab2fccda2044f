/**
 * Turns lecture text into Markdown that is safe to place inside a Marp slide: content is
 * text, so it can never open an HTML tag, a Marp directive comment or a new block.
 */

/** Inline Markdown for a slide: key terms emphasised, raw HTML and directives neutralised. */
export function marpInline(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
    .replace(/</g, '&lt;')
    .replace(/\*\*\[\[(.+?)\]\]\*\*/g, '**$1**')
    .replace(/\[\[(.+?)\]\]/g, '**$1**')
    // Text that begins like a heading, quote or list would change the slide's structure.
    .replace(/^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s)/, '\\$1');
}

/** A table cell: inline text that cannot end its cell early. */
export function marpCell(text: string): string {
  return marpInline(text).replace(/\|/g, '\\|');
}

/**
 * Speaker notes go inside an HTML comment, which "-->" would close early. Key-term marks
 * are dropped: presenter view shows notes as plain text.
 */
export function marpNotes(text: string): string {
  return text.trim().replace(/\[\[(.+?)\]\]/g, '$1').replace(/--+>/g, '->');
}
