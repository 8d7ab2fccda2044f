/**
 * GIFT's escaping, as Moodle's own GIFT exporter writes it (question/format/gift/format.php,
 * `repchar`): a backslash before each of ~ = # { } : and before every backslash. Doubling
 * the backslash matters for maths: Moodle reads "\n" in GIFT as a new line, so an unescaped
 * `\neq` or `\nu` would lose its TeX; "\\" reads back as one backslash.
 */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
