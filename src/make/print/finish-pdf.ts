/**
 * Finishing a PDF Chromium printed, for screen readers and accessibility checkers: what
 * Chromium cannot be asked to write is added with pdf-lib, a maintained PDF library, rather
 * than written as PDF syntax here. Pure: the printed bytes and what the lecture says of
 * itself in, the finished bytes out. Chromium's structure tree, fonts, text, pictures and
 * links are carried over untouched: only the catalog, the Info dictionary, the structure
 * tree's role map and bookmark titles change.
 *
 * What a finished PDF carries:
 *   - XMP metadata (dc:title, dc:language, dc:creator, …) agreeing with the Info dictionary;
 *   - the title shown in the reader's window (/ViewerPreferences /DisplayDocTitle);
 *   - the language (/Lang) and /MarkInfo /Marked true (it is tagged);
 *   - a /RoleMap for the PDF 2.0 structure types Chromium writes (see structure-types.ts);
 *   - page labels numbered from 1, as the page footers are;
 *   - bookmark titles with the spaces Chromium drops where a heading wraps.
 * It claims no conformance (no pdfuaid): nothing here checks all of PDF/UA.
 */
import type * as PdfLib from 'pdf-lib';
import { mendOutlineTitles } from './outline-titles.js';
import { mapStructureTypes } from './structure-types.js';
import { keywordLine, xmpPacket } from './xmp.js';

/** What the lecture says of a PDF made from it. */
export interface PdfFacts {
  /** The document's title; when absent, the one Chromium took from the page's <title>. */
  title?: string;
  /** BCP 47, the lecture's language. */
  language: string;
  author?: string;
  /** The course it belongs to. */
  subject?: string;
  keywords?: readonly string[];
  /** What made it, e.g. "Lectern 0.9.0". */
  creatorTool: string;
  /** The text of the page's headings: what bookmark titles should say. */
  headings?: readonly string[];
}

// pdf-lib takes about a quarter of a second to load: a build that prints nothing (or only
// lists what it would do) never loads it, and a build that prints starts loading it early.
let loading: Promise<typeof PdfLib> | undefined;
const loadPdfLib = (): Promise<typeof PdfLib> => (loading ??= import('pdf-lib'));

/** Starts loading pdf-lib while Chromium prints; a failure is reported by finishPdf. */
export function preloadPdfLib(): void {
  loadPdfLib().catch(() => undefined);
}


export async function finishPdf(bytes: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  const lib = await loadPdfLib();
  const { PDFBool, PDFDict, PDFName } = lib;
  const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
  const title = facts.title ?? doc.getTitle() ?? '';
  const created = doc.getCreationDate() ?? new Date();
  const modified = new Date();
  const producer = [doc.getProducer(), 'pdf-lib'].filter(Boolean).join('; ');

  doc.setTitle(title, { showInWindowTitleBar: true });
  if (facts.author) doc.setAuthor(facts.author);
  if (facts.subject) doc.setSubject(facts.subject);
  // pdf-lib joins keywords with spaces, which would split a keyword of two words: given one, it keeps the line whole.
  if (facts.keywords?.length) doc.setKeywords([keywordLine(facts.keywords)]);
  doc.setCreator(facts.creatorTool);
  doc.setProducer(producer);
  doc.setCreationDate(created);
  doc.setModificationDate(modified);

  const { catalog, context } = doc;
  doc.setLanguage(facts.language);
  catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  // Marked only when tagged: the claim is that the structure tree is there.
  if (catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)) {
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: PDFBool.True }));
    mapStructureTypes(lib, doc);
  }
  catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: [0, { S: 'D' }] }));
  if (facts.headings) mendOutlineTitles(lib, doc, facts.headings);

  const xmp = xmpPacket({ ...facts, title, producer, creatorTool: facts.creatorTool, created, modified });
  // Left uncompressed, as XMP asks, so that a tool that does not read PDF can still find it.
  const metadata = context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));

  // pdf-lib writes PDF 1.7 whatever it read (Chromium writes 1.4): all of the above is valid
  // there. A plain cross-reference table, not object streams: those would make the files a
  // third smaller, but hide the font dictionaries and the tags inside compressed streams from
  // tools that read a PDF's bytes, and saving them costs no less time.
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
