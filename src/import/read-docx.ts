/**
 * A Word document (.docx) read into a lecture draft, through mammoth's HTML: headings become
 * the title, sections and slides (levels as read-text.ts reads Markdown's), lists points with
 * their sub-points, paragraphs points, a table a table slide, a picture an image slide (the
 * picture copied beside the lecture, its alt text its alt), and bold phrases key-term
 * suggestions. Text stays plain: what Markdown would read is escaped.
 */
import mammoth from 'mammoth';
import type { Element, Node } from '@xmldom/xmldom';
import { LecternError } from '../errors.js';
import { titleFromName } from './draft.js';
import { DraftBuilder, type Picture } from './draft-builder.js';
import type { Imported, Reader } from './reader.js';
import { findNoise, isNoise } from './noise.js';
import { pictureExtension } from './picture-types.js';
import { escapeMarkdown } from './read-text.js';
import { isElement, parseXml, tidy } from './xml.js';

type Block =
  | { kind: 'heading'; level: number; text: string; title?: boolean }
  | { kind: 'point'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'picture'; picture: Picture };

/** What a piece of HTML holds: its text, the pictures in it, the phrases set in bold. */
interface Inline {
  text: string;
  pictures: Picture[];
  bold: string[];
}

/** `deep`: lists and tables inside count as text too (in a table's cell). */
function inline(node: Node, deep = false, into: Inline = { text: '', pictures: [], bold: [] }): Inline {
  for (const child of Array.from(node.childNodes)) {
    if (!isElement(child)) {
      if (child.nodeType === 3) into.text += child.nodeValue ?? '';
      continue;
    }
    const tag = child.localName ?? '';
    if (!deep && (tag === 'ul' || tag === 'ol' || tag === 'table')) continue; // read as blocks of their own
    if (tag === 'br') into.text += ' ';
    else if (tag === 'img') into.pictures.push({ file: child.getAttribute('src') ?? '', ...(child.getAttribute('alt') && { alt: tidy(child.getAttribute('alt') ?? '') }) });
    else if (tag === 'a' && /^#(footnote|endnote)-ref-/.test(child.getAttribute('href') ?? '')) continue; // mammoth's "↑" back to the text
    else {
      const before = into.text.length;
      inline(child, deep, into);
      if (tag === 'strong') into.bold.push(into.text.slice(before));
      const href = child.getAttribute('href') ?? '';
      // A link's address is part of what the teacher wrote.
      if (tag === 'a' && /^(https?|mailto):/i.test(href) && !tidy(into.text.slice(before)).includes(href.replace(/^mailto:/i, ''))) into.text += ` (${href})`;
    }
    if (['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)) into.text += ' ';
  }
  return into;
}

function tableOf(node: Node): Node | null {
  let up = node.parentNode;
  while (up && !(isElement(up) && up.localName === 'table')) up = up.parentNode;
  return up;
}

/** The blocks of mammoth's HTML, in order; bold phrases gathered into `bold`. */
function blocks(root: Element, bold: string[]): Block[] {
  const out: Block[] = [];
  const take = (content: Inline, block: (text: string) => Block | undefined) => {
    const text = tidy(content.text);
    const made = text ? block(text) : undefined;
    if (made) out.push(made);
    // A heading set in bold is a heading, not a key term.
    if (made?.kind !== 'heading') bold.push(...content.bold);
    for (const picture of content.pictures) out.push({ kind: 'picture', picture });
  };
  const list = (element: Element, depth: number) => {
    for (const li of Array.from(element.childNodes).filter(isElement)) {
      take(inline(li), (text) => ({ kind: 'point', depth, text }));
      for (const inner of Array.from(li.childNodes).filter(isElement)) {
        if (inner.localName === 'ul' || inner.localName === 'ol') list(inner, depth + 1);
        else if (inner.localName === 'table') table(inner);
      }
    }
  };
  const table = (element: Element) => {
    const rows: string[][] = [];
    const cells: Inline[] = [];
    for (const tr of Array.from(element.getElementsByTagName('tr'))) {
      if (tableOf(tr) !== element) continue; // a table inside a cell: its text is the cell's
      const row: string[] = [];
      for (const cell of Array.from(tr.childNodes).filter(isElement)) {
        const content = inline(cell, true);
        cells.push(content);
        row.push(escapeMarkdown(tidy(content.text)));
        // A merged cell spans columns: the ones it covers stay empty, so every row is as wide as the header.
        for (let i = 1; i < Number(cell.getAttribute('colspan') || 1); i++) row.push('');
      }
      rows.push(row);
    }
    out.push({ kind: 'table', rows });
    for (const c of cells) take({ ...c, text: '' }, () => undefined);
  };
  for (const element of Array.from(root.childNodes).filter(isElement)) {
    const tag = element.localName ?? '';
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) take(inline(element), (text) => ({ kind: 'heading', level: Number(heading[1]), text, ...(element.getAttribute('class') === 'title' && { title: true }) }));
    else if (tag === 'ul' || tag === 'ol') list(element, 0);
    else if (tag === 'table') table(element);
    else take(inline(element), (text) => ({ kind: 'paragraph', text }));
  }
  return out;
}

export const readDocx: Reader = async (file, context): Promise<Imported> => {
  const pictures: Imported['pictures'] = [];
  const converted = mammoth.convertToHtml(
    { path: file },
    {
      // Word's "Title" paragraph is the lecture's title.
      styleMap: ["p[style-name='Title'] => h1.title:fresh"],
      convertImage: mammoth.images.imgElement(async (image) => {
        const name = context.pictureName(pictureExtension(image.contentType));
        pictures.push({ name, data: new Uint8Array(await image.readAsBuffer()) });
        return { src: name };
      }),
    },
  );
  const html = await converted.then(
    (result) => result.value,
    (error: unknown) => {
      throw new LecternError(`${file} is not a Word document Lectern can open (${(error as Error).message.split('\n')[0]}): open it in Word or LibreOffice and save it as .docx (File → Save As), then import that`, { cause: error });
    },
  );
  const bold: string[] = [];
  const all = blocks(parseXml(`<lectern-docx>${html}</lectern-docx>`, `${file} (as HTML)`).documentElement!, bold);

  // A paragraph repeated through the document (a running header pasted in, a page footer) is noise.
  const paragraphs = all.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const dropped = findNoise(paragraphs);
  const kept = all.filter((b) => b.kind !== 'paragraph' || !isNoise(dropped, b.text));

  const builder = new DraftBuilder(titleFromName(context.name));
  const { draft } = builder;
  draft.dropped = dropped;
  const h1s = kept.filter((b) => b.kind === 'heading' && b.level === 1);
  const first = kept[0];
  if (first?.kind === 'heading' && (first.title || (first.level === 1 && h1s.length === 1))) {
    draft.title = escapeMarkdown(first.text);
    kept.shift();
  } else draft.checks.push(`the title is the file's name: write the lecture's own`);
  const levels = [...new Set(kept.flatMap((b) => (b.kind === 'heading' ? [b.level] : [])))].sort();
  const sectionLevel = levels[0] ?? 1;
  const slideLevel = levels[1] ?? sectionLevel + 1;

  for (const block of kept) {
    switch (block.kind) {
      case 'heading':
        if (block.level <= sectionLevel) builder.startSection(escapeMarkdown(block.text));
        else builder.startSlide(escapeMarkdown(block.text), block.level > slideLevel ? `a Heading ${block.level} in the document: a slide of its own here` : undefined);
        break;
      case 'point':
        builder.point(block.depth, escapeMarkdown(block.text));
        break;
      case 'paragraph':
        // A bullet typed by hand ("• ", as pasted from a PDF) is a point like a list's.
        builder.point(0, escapeMarkdown(block.text.replace(/^[•▪◦●‣∙·]\s*/u, '')));
        break;
      case 'table':
        builder.table(block.rows);
        break;
      case 'picture':
        // Alt text is plain text, kept as written (no Markdown escapes).
        builder.picture({ file: block.picture.file, ...(block.picture.alt && { alt: block.picture.alt }) });
        break;
    }
  }
  // Key terms are offered as the teacher bolded them, each once; a long bold run is emphasis, not a term.
  const terms = bold.map((b) => tidy(b).replace(/[\s:;,.]+$/, '')).filter((t) => t && t.length <= 60);
  draft.keyTerms = [...new Set(terms)];
  return { draft: builder.finish(), pictures };
};
