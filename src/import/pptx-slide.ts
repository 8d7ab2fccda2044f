/**
 * What one PowerPoint slide holds, in the order of its shapes: its title placeholder, its
 * other text as points at their paragraph levels, its tables, its pictures (their media part
 * and alt text), and its speaker notes (the notes slide's body placeholder).
 */
import type { Element } from '@xmldom/xmldom';
import type { PptxParts } from './pptx-parts.js';
import { all, children, isElement, NS, tidy } from './xml.js';

export type SlideItem =
  | { kind: 'point'; depth: number; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'picture'; media: string; alt?: string };

export interface SlideContent {
  /** The slide's id in presentation.xml, which sections name. */
  id: string;
  title?: string;
  /** Whether the title is a title slide's (ctrTitle). */
  titleSlide: boolean;
  items: SlideItem[];
  /** Its footer placeholder's text. */
  footer?: string;
  notes: string[];
  /** Shapes read as nothing (a chart, a diagram), for a check. */
  skipped: string[];
  /** The slide layout it is made from: its own text shows on the slide too. */
  layout?: string;
}

/** A paragraph's text: its runs and fields, a line break a space. */
function paragraphText(p: Element): string {
  return tidy(
    Array.from(p.childNodes)
      .filter(isElement)
      .map((n) => (n.localName === 'br' ? ' ' : all(n, NS.a, 't').map((t) => t.textContent ?? '').join('')))
      .join(''),
  );
}

/** The paragraphs of a text body with their levels (a:pPr lvl, 0 the top); empty ones left out. */
function paragraphs(body: Element | undefined): { depth: number; text: string }[] {
  if (!body) return [];
  return children(body, NS.a, 'p').flatMap((p) => {
    const text = paragraphText(p);
    const depth = Number(children(p, NS.a, 'pPr')[0]?.getAttribute('lvl') || 0);
    return text ? [{ depth: Number.isFinite(depth) ? depth : 0, text }] : [];
  });
}

/** A shape's placeholder type (title, ctrTitle, body, ftr, sldNum, …); a placeholder without one is a body (ECMA-376, 19.3.1.36). */
function placeholderType(shape: Element): string | undefined {
  const nv = Array.from(shape.childNodes).filter(isElement).find((c) => c.localName?.startsWith('nv'));
  const ph = nv && children(nv, NS.p, 'nvPr').flatMap((n) => children(n, NS.p, 'ph'))[0];
  return ph ? ph.getAttribute('type') || 'body' : undefined;
}

const bodyOf = (shape: Element) => children(shape, NS.p, 'txBody')[0];

function tableRows(tbl: Element): string[][] {
  return children(tbl, NS.a, 'tr').map((tr) =>
    // A cell merged into the one before it stays, empty, so every row keeps the grid's width.
    children(tr, NS.a, 'tc').map((tc) => paragraphs(children(tc, NS.a, 'txBody')[0]).map((p) => p.text).join(' ')),
  );
}

export async function readSlide(parts: PptxParts, part: string, id: string): Promise<SlideContent> {
  const content: SlideContent = { id, titleSlide: false, items: [], notes: [], skipped: [] };
  const doc = await parts.xml(part);
  const rels = await parts.relationships(part);
  const tree = doc && all(doc, NS.p, 'spTree')[0];
  const walk = (node: Element) => {
    for (const shape of Array.from(node.childNodes).filter(isElement)) {
      const kind = shape.localName;
      if (kind === 'grpSp') walk(shape);
      else if (kind === 'AlternateContent') {
        // Content in a newer form and an older one: read the first form only, so nothing is read twice.
        const choice = Array.from(shape.childNodes).filter(isElement)[0];
        if (choice) walk(choice);
      } else if (kind === 'sp') {
        const type = placeholderType(shape);
        const body = paragraphs(bodyOf(shape));
        if (type === 'title' || type === 'ctrTitle') {
          content.title = [content.title, ...body.map((p) => p.text)].filter(Boolean).join(' ');
          content.titleSlide ||= type === 'ctrTitle';
        } else if (type === 'ftr') content.footer = body.map((p) => p.text).join(' ') || undefined;
        else if (type !== 'sldNum' && type !== 'dt') for (const p of body) content.items.push({ kind: 'point', ...p });
      } else if (kind === 'pic') {
        const props = children(shape, NS.p, 'nvPicPr').flatMap((nv) => children(nv, NS.p, 'cNvPr'))[0];
        const embed = all(shape, NS.a, 'blip')[0]?.getAttributeNS(NS.r, 'embed') ?? '';
        const media = rels.find((r) => r.id === embed && !r.external)?.target;
        // A picture marked decorative says so with alt "": it has no alt text to write, by choice.
        const decorative = props !== undefined && all(props, NS.adec, 'decorative').some((d) => ['1', 'true'].includes(d.getAttribute('val') ?? ''));
        const alt = decorative ? '' : tidy(props?.getAttribute('descr') ?? '');
        if (media) content.items.push({ kind: 'picture', media, ...((alt || decorative) && { alt }) });
        else content.skipped.push(`a picture (${props?.getAttribute('name') ?? 'no name'}) linked from outside the file`);
      } else if (kind === 'graphicFrame') {
        const tbl = all(shape, NS.a, 'tbl')[0];
        if (tbl) content.items.push({ kind: 'table', rows: tableRows(tbl) });
        else content.skipped.push(`a chart or diagram (${children(shape, NS.p, 'nvGraphicFramePr').flatMap((nv) => children(nv, NS.p, 'cNvPr'))[0]?.getAttribute('name') ?? 'no name'})`);
      }
    }
  };
  if (tree) walk(tree);

  content.layout = rels.find((r) => r.type.endsWith('/slideLayout') && !r.external)?.target;
  const notes = rels.find((r) => r.type.endsWith('/notesSlide') && !r.external);
  const notesDoc = notes && (await parts.xml(notes.target));
  if (notesDoc) {
    for (const shape of all(notesDoc, NS.p, 'sp').filter((sp) => placeholderType(sp) === 'body')) content.notes.push(...paragraphs(bodyOf(shape)).map((p) => p.text));
  }
  return content;
}

/**
 * Text a slide layout shows on every slide made from it, outside its placeholders (whose
 * text is only a prompt, "Click to add title"): a footer, a school's name.
 */
export async function layoutText(parts: PptxParts, layout: string): Promise<string[]> {
  const doc = await parts.xml(layout);
  if (!doc) return [];
  return all(doc, NS.p, 'sp')
    .filter((sp) => placeholderType(sp) === undefined)
    .map((sp) => paragraphs(bodyOf(sp)).map((p) => p.text).join(' '))
    .filter(Boolean);
}
