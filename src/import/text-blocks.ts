/**
 * Notes as blocks: each line or paragraph of plain text or Markdown read as what it is — a
 * heading, a bullet at its depth, a "Label: text" paragraph, the footer, a paragraph, and in
 * Markdown a code block, a table or a rule. How each becomes part of a lecture is
 * read-text.ts's business.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string; guessed?: string }
  | { kind: 'point'; depth: number; text: string }
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'footer'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: string[][] };

// "o" is a bullet (Word's second-level mark, in text taken from a PDF) only before a capital:
// "o professor explicou" is Portuguese, not a point.
const BULLET = /^(\s*)(?:[•▪◦·●‣∙*+-]|o(?=\s+\p{Lu}))\s+(.*)$/u;
const NUMBERED = /^(\s*)\d{1,3}[.)]\s+(.*)$/;
const LETTERED = /^(\s*)[a-z][)]\s+(.*)$/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LABELLED = /^([^:]{2,40}):\s+(\S.*)$/;
// A footer is a © line, or "Copyright" with a year or ©: not any sentence about copyright law.
const FOOTER = /^(©|\(c\)\s|copyright\s+(©|\(c\)|\d{4}))/i;

/** Text from a .txt file shows as typed: the characters lecture text reads as Markdown are escaped. */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]$]/g, '\\$&');

/** In Markdown, a picture (![…](…)) would be read as one inside text, which a lecture refuses: it shows as typed. */
const markdownText = (text: string) => text.replace(/!\[/g, '!\\[');

function classify(text: string): Block {
  if (FOOTER.test(text)) return { kind: 'footer', text };
  const words = text.split(/\s+/).length;
  if (text.endsWith('?') && text.length <= 100) return { kind: 'heading', level: 2, text, guessed: 'a line that asks a question' };
  if (text.endsWith(':') && text.length <= 60 && !text.slice(0, -1).includes(':')) return { kind: 'heading', level: 3, text: text.slice(0, -1).trim(), guessed: 'a short line ending with ":"' };
  const labelled = LABELLED.exec(text);
  if (labelled && labelled[1]!.trim().split(/\s+/).length <= 5 && !/https?$/i.test(labelled[1]!)) return { kind: 'labelled', label: labelled[1]!.trim(), text: labelled[2]!.trim() };
  if (text.length <= 60 && words <= 8 && !/[.!;,]$/.test(text) && /^\p{Lu}/u.test(text)) return { kind: 'heading', level: 2, text, guessed: 'a short line on its own' };
  return { kind: 'paragraph', text };
}

const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());

export function textBlocks(lines: readonly string[], markdown: boolean): Block[] {
  const escape = markdown ? markdownText : escapeMarkdown;
  const out: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      const block = classify(paragraph.join(' '));
      out.push(block.kind === 'labelled' ? { ...block, label: escape(block.label), text: escape(block.text) } : 'text' in block ? { ...block, text: escape(block.text) } : block);
    }
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fence = markdown ? FENCE.exec(line)?.[1] : undefined;
    if (fence) {
      // A code block, as typed, whole: it becomes a point the slides show as code.
      flush();
      const code = [line.trim()];
      while (++i < lines.length && !(lines[i]!.trim().startsWith(fence[0]!.repeat(3)) && lines[i]!.trim().replace(/[`~]/g, '') === '')) code.push(lines[i]!);
      code.push(fence);
      out.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    if (markdown && TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      flush();
      const rows = [cells(line)];
      for (i += 2; i < lines.length && TABLE_ROW.test(lines[i]!); i++) rows.push(cells(lines[i]!));
      i--;
      out.push({ kind: 'table', rows: rows.map((r) => r.map(markdownText)) });
      continue;
    }
    if (markdown && paragraph.length === 1 && SETEXT.test(line)) {
      out.push({ kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, text: paragraph[0]! });
      paragraph = [];
      continue;
    }
    if (markdown && /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue; // A rule between parts: it holds no text.
    }
    const heading = markdown ? MD_HEADING.exec(line) : null;
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    const lettered = LETTERED.exec(line);
    if (heading) {
      flush();
      out.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (item) {
      flush();
      const indent = item[1]!.replace(/\t/g, '  ').length;
      out.push({ kind: 'point', depth: Math.floor(indent / 2), text: escape(item[2]!.trim()) });
    } else if (lettered && out.at(-1)?.kind === 'point' && paragraph.length === 0) {
      // "a) oxygen" under "1. …": a sub-point.
      out.push({ kind: 'point', depth: (out.at(-1) as { depth: number }).depth + 1, text: escape(lettered[2]!.trim()) });
    } else if (markdown && paragraph.length === 0 && out.at(-1)?.kind === 'point' && /^\s{2,}\S/.test(line)) {
      // A list item's wrapped line.
      const last = out.at(-1) as { text: string };
      last.text += ` ${escape(line.trim())}`;
    } else paragraph.push(markdown ? line.trim().replace(/^>\s?/, '') : line.trim());
  }
  flush();
  return out;
}
