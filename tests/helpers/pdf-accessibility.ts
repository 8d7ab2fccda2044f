/**
 * What a screen reader or an accessibility checker reads from a PDF: its XMP metadata, Info
 * dictionary, catalog entries, page labels, bookmarks and structure tree, read back with
 * pdf.js, pdf-lib and poppler (the reader a checker would use is not ours to choose).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfAccessibility {
  pages: number;
  version: string;
  info: { title?: string; author?: string; subject?: string; keywords?: string; language?: string };
  xmp: { title?: string; language?: string; creator?: string[]; keywords?: string; creatorTool?: string };
  displayDocTitle: boolean;
  marked: boolean;
  lang?: string;
  pageLabels: string[] | null;
  /** Bookmark titles, depth first. */
  outline: string[];
  roleMap: Record<string, string>;
}

const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

export async function readAccessibility(file: string): Promise<PdfAccessibility> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data: data.slice(), verbosity: 0 }).promise;
  const { info, metadata } = (await doc.getMetadata()) as unknown as { info: Record<string, string>; metadata: { get(name: string): unknown } | null };
  const flat = (o: { title: string; items?: unknown[] }): string[] => [o.title, ...((o.items ?? []) as { title: string }[]).flatMap(flat)];
  const outline = ((await doc.getOutline()) ?? []).flatMap(flat);
  const pageLabels = await doc.getPageLabels();
  const pages = doc.numPages;
  await doc.destroy();

  const lib = await PDFDocument.load(data, { updateMetadata: false });
  const catalog = lib.catalog;
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const root = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const roleMap = root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  return {
    pages,
    version: info.PDFFormatVersion ?? '',
    info: { title: info.Title, author: info.Author, subject: info.Subject, keywords: info.Keywords, language: info.Language },
    xmp: {
      title: (metadata?.get('dc:title') ?? undefined) as string | undefined,
      language: (metadata?.get('dc:language') ?? undefined) as string | undefined,
      creator: (metadata?.get('dc:creator') ?? undefined) as string[] | undefined,
      keywords: (metadata?.get('pdf:keywords') ?? undefined) as string | undefined,
      creatorTool: (metadata?.get('xmp:creatortool') ?? undefined) as string | undefined,
    },
    displayDocTitle: prefs?.get(PDFName.of('DisplayDocTitle')) === PDFBool.True,
    marked: markInfo?.get(PDFName.of('Marked')) === PDFBool.True,
    lang: text(catalog.lookup(PDFName.of('Lang'))),
    pageLabels,
    outline,
    roleMap: Object.fromEntries([...(roleMap?.entries() ?? [])].map(([k, v]) => [k.decodeText(), String(v).replace(/^\//, '')])),
  };
}

/** What poppler says is wrong with the structure tree (each "Syntax Error" line). */
export function structureErrors(file: string): string[] {
  const run = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /Syntax Error|wrong type/.test(l));
}

/** The structure tree as poppler reads it, in order: each element's type and the text under it. */
export function structureText(file: string): string {
  return execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
}

/** The headings of the structure tree, in the order a screen reader reaches them. */
export function structureHeadings(file: string): { level: string; text: string }[] {
  const lines = structureText(file).split('\n');
  const headings: { level: string; text: string }[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)(H[1-6]?) \(block\)$/.exec(line);
    if (!m) return;
    const depth = m[1]!.length;
    const words: string[] = [];
    for (let j = i + 1; j < lines.length && (lines[j]!.length - lines[j]!.trimStart().length > depth); j++) {
      const q = /^\s*"(.*)"$/.exec(lines[j]!);
      if (q) words.push(q[1]!);
    }
    headings.push({ level: m[2]!, text: words.join('').replace(/\s+/g, ' ').trim() });
  });
  return headings;
}

/** The structure elements of a PDF in reading order (depth first): each one's type, and its alt text when it has one. */
export async function structureElements(file: string): Promise<{ type: string; alt?: string }[]> {
  const doc = await PDFDocument.load(new Uint8Array(readFileSync(file)), { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const found: { type: string; alt?: string }[] = [];
  const visit = (node: unknown): void => {
    const value = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (value instanceof PDFArray) return value.asArray().forEach(visit);
    if (!(value instanceof PDFDict)) return;
    const type = value.get(PDFName.of('S'));
    if (type instanceof PDFName) {
      const alt = text(value.lookup(PDFName.of('Alt')));
      found.push({ type: type.decodeText(), ...(alt !== undefined && { alt }) });
    }
    visit(value.get(PDFName.of('K')));
  };
  visit(root?.get(PDFName.of('K')));
  return found;
}
