/** `[[key term]]` marks, as written in lecture text. */

/** Matches a key-term mark; group 1 is the term. Global: use with replace or matchAll. */
export const KEY_TERM = /\[\[(.+?)\]\]/g;

/** Text with the marks removed, the terms kept. */
export function stripTerms(text: string): string {
  return text.replace(KEY_TERM, '$1');
}

/** Text as a reader sees it: no key-term marks, no Markdown emphasis or code marks, links as their text. */
export function plainText(text: string): string {
  return stripTerms(text)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
}
