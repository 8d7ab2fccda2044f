/**
 * What a teacher (or PowerPoint's outline view, or a screen reader) finds in each slide of a
 * .pptx: its title placeholder, its speaker notes, its tables and pictures, the sections, and
 * the document's properties. Read from the parsed parts of pptx-package.ts.
 */
import type { Element } from '@xmldom/xmldom';
import { all, children, doc, NS, relatedPart, relationships, type Package } from './pptx-package.js';

export interface SlideRef {
  /** 1-based, in the order the presentation shows them. */
  number: number;
  part: string;
  /** The slide's id in presentation.xml, which sections refer to. */
  id: string;
}

export interface Table {
  /** Columns of the table's grid. */
  columns: number;
  /** Each row's cells' text (cells merged into the one before them left out). */
  rows: string[][];
}

export interface Picture {
  name: string;
  descr: string | undefined;
  /** The part that holds the image, e.g. ppt/media/image-3-1.png. */
  media: string | undefined;
}

/** The text of a paragraph (a:p): its runs and fields, a line break as a new line. */
export function paragraphText(p: Element): string {
  return Array.from(p.childNodes)
    .filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === NS.a)
    .map((n) => (n.localName === 'br' ? '\n' : all(n, NS.a, 't').map((t) => t.textContent ?? '').join('')))
    .join('');
}

/** The text of a text body: paragraphs on lines of their own. */
export const bodyText = (body: Element): string => children(body, NS.a, 'p').map(paragraphText).join('\n');

/** The slides in the order presentation.xml lists them. */
export function slides(pkg: Package): SlideRef[] {
  const presentation = 'ppt/presentation.xml';
  return all(doc(pkg, presentation), NS.p, 'sldId').map((s, i) => {
    const rid = s.getAttributeNS(NS.r, 'id') ?? '';
    const part = relatedPart(pkg, presentation, rid);
    if (!part) throw new Error(`presentation.xml lists slide ${i + 1} as ${rid}, a relationship it does not have`);
    return { number: i + 1, part, id: s.getAttribute('id') ?? '' };
  });
}

/** The placeholder type of a shape (title, ctrTitle, body, ftr, sldNum, …), or undefined. */
function placeholderType(sp: Element): string | undefined {
  const ph = children(sp, NS.p, 'nvSpPr').flatMap((nv) => children(nv, NS.p, 'nvPr')).flatMap((nv) => children(nv, NS.p, 'ph'))[0];
  if (!ph) return undefined;
  // A placeholder without a type is a body placeholder (ECMA-376, 19.3.1.36).
  return ph.getAttribute('type') || 'body';
}

function shapeText(sp: Element): string {
  const body = children(sp, NS.p, 'txBody')[0];
  return body ? bodyText(body) : '';
}

/** The text of every title placeholder (type title or ctrTitle) on a slide. */
export function titlePlaceholders(pkg: Package, slide: SlideRef): string[] {
  return all(doc(pkg, slide.part), NS.p, 'sp')
    .filter((sp) => ['title', 'ctrTitle'].includes(placeholderType(sp) ?? ''))
    .map(shapeText);
}

/** The speaker notes of a slide (its notes slide's body placeholder), or undefined without a notes slide. */
export function notesText(pkg: Package, slide: SlideRef): string | undefined {
  const notes = relationships(pkg, slide.part).find((r) => r.type.endsWith('/notesSlide') && !r.external);
  if (!notes) return undefined;
  return all(doc(pkg, notes.target), NS.p, 'sp')
    .filter((sp) => placeholderType(sp) === 'body')
    .map(shapeText)
    .join('\n');
}

export function tables(pkg: Package, slide: SlideRef): Table[] {
  return all(doc(pkg, slide.part), NS.a, 'tbl').map((tbl) => ({
    columns: all(tbl, NS.a, 'gridCol').length,
    rows: children(tbl, NS.a, 'tr').map((tr) =>
      children(tr, NS.a, 'tc')
        .filter((tc) => tc.getAttribute('hMerge') !== '1' && tc.getAttribute('hMerge') !== 'true')
        .map((tc) => {
          const body = children(tc, NS.a, 'txBody')[0];
          return body ? bodyText(body) : '';
        }),
    ),
  }));
}

export function pictures(pkg: Package, slide: SlideRef): Picture[] {
  return all(doc(pkg, slide.part), NS.p, 'pic').map((pic) => {
    const props = children(pic, NS.p, 'nvPicPr').flatMap((nv) => children(nv, NS.p, 'cNvPr'))[0];
    const embed = all(pic, NS.a, 'blip')[0]?.getAttributeNS(NS.r, 'embed') ?? '';
    return {
      name: props?.getAttribute('name') ?? '',
      descr: props?.hasAttribute('descr') ? (props.getAttribute('descr') ?? '') : undefined,
      media: relatedPart(pkg, slide.part, embed),
    };
  });
}

/** PowerPoint's sections (p14:sectionLst in presentation.xml): each name with its slides' numbers. */
export function sections(pkg: Package): { name: string; slides: number[] }[] {
  const byId = new Map(slides(pkg).map((s) => [s.id, s.number]));
  return all(doc(pkg, 'ppt/presentation.xml'), NS.p14, 'section').map((section) => ({
    name: section.getAttribute('name') ?? '',
    // A slide id the presentation does not list counts as slide 0: no slide.
    slides: all(section, NS.p14, 'sldId').map((s) => byId.get(s.getAttribute('id') ?? '') ?? 0),
  }));
}

/** The Dublin Core properties of docProps/core.xml (title, creator, subject, language), as written. */
export function coreProperties(pkg: Package): Record<string, string | undefined> {
  const core = doc(pkg, 'docProps/core.xml');
  const one = (name: string) => all(core, NS.dc, name)[0]?.textContent ?? undefined;
  return { title: one('title'), creator: one('creator'), subject: one('subject'), language: one('language') };
}

export interface Paragraph {
  text: string;
  /** The outline level, 0 for a top-level paragraph (a:pPr lvl). */
  level: number;
  /** The text of each run of consecutive bold runs (b="1" on the run). */
  bold: string[];
}

/** Every paragraph of every shape's text on a slide (tables' cells left out), with its level and bold text. */
export function paragraphs(pkg: Package, slide: SlideRef): Paragraph[] {
  return all(doc(pkg, slide.part), NS.p, 'txBody').flatMap((body) =>
    children(body, NS.a, 'p').map((p) => {
      const bold: string[] = [];
      let open = false;
      for (const node of Array.from(p.childNodes).filter((n): n is Element => n.nodeType === 1)) {
        if (node.localName !== 'r') continue;
        const b = children(node, NS.a, 'rPr')[0]?.getAttribute('b');
        const text = all(node, NS.a, 't').map((t) => t.textContent ?? '').join('');
        if (b === '1' || b === 'true') {
          if (open) bold[bold.length - 1] += text;
          else bold.push(text);
          open = true;
        } else open = false;
      }
      return { text: paragraphText(p), level: Number(children(p, NS.a, 'pPr')[0]?.getAttribute('lvl') || 0), bold };
    }),
  );
}
