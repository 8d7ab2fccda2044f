/**
 * Chromium tags <strong> and <em> with the structure types of PDF 2.0 (Strong, Em) in a file
 * of PDF 1.4 (1.7 once finished), where they are not standard types: poppler reports each
 * as "StructElem object is wrong type", and checkers (PAC, veraPDF for PDF/UA-1) flag every
 * non-standard type that is not role-mapped. The structure tree's /RoleMap says what each
 * stands for in PDF 1.7; the elements keep their own names, so a reader that knows PDF 2.0
 * still sees emphasis.
 */
import type * as PdfLib from 'pdf-lib';

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), which readers take in a file of any version. */
const STANDARD = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

/** What the types PDF 2.0 added stand for in PDF 1.7 (ISO 32000-2, 14.8.4). */
const IN_PDF_17: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  DocumentFragment: 'Div',
  Aside: 'Div',
  Title: 'P',
  FENote: 'Note',
};

/** The structure types a tree uses that PDF 1.7 does not know, and what each is mapped to. */
export function roleMapFor(types: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const type of types) if (!STANDARD.has(type)) map.set(type, IN_PDF_17[type] ?? 'NonStruct');
  return map;
}

/** Every structure type used under the tree's root. */
function typesIn(lib: typeof PdfLib, doc: PdfLib.PDFDocument, root: PdfLib.PDFDict): Set<string> {
  const { PDFArray, PDFDict, PDFName, PDFRef } = lib;
  const types = new Set<string>();
  const seen = new Set<PdfLib.PDFObject>();
  const stack: PdfLib.PDFObject[] = [root.get(PDFName.of('K'))].filter((k): k is PdfLib.PDFObject => k !== undefined);
  while (stack.length > 0) {
    let node = stack.pop()!;
    if (node instanceof PDFRef) node = doc.context.lookup(node) ?? node;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node instanceof PDFArray) stack.push(...node.asArray());
    if (!(node instanceof PDFDict)) continue;
    const type = node.get(PDFName.of('S'));
    if (type instanceof PDFName) types.add(type.decodeText());
    const kids = node.get(PDFName.of('K'));
    if (kids) stack.push(kids);
  }
  return types;
}

/** Adds the types PDF 1.7 does not know to the tree's /RoleMap (keeping any mapping there already). */
export function mapStructureTypes(lib: typeof PdfLib, doc: PdfLib.PDFDocument): string[] {
  const { PDFDict, PDFName } = lib;
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const mapping = roleMapFor(typesIn(lib, doc, root));
  if (mapping.size === 0) return [];
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const [type, standard] of mapping) {
    if (!roleMap.has(PDFName.of(type))) roleMap.set(PDFName.of(type), PDFName.of(standard));
  }
  root.set(PDFName.of('RoleMap'), roleMap);
  return [...mapping.keys()];
}
