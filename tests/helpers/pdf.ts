/** Reads a real PDF back: page count, page sizes, text per page (with positions), outline. */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The type size on the page, in points (the text's matrix with the page's transforms). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: TextItem[];
}

export interface Pdf {
  pages: PdfPage[];
  outline: string[];
  /** All text, whitespace collapsed, for "does it say X" checks. */
  text: string;
}

export async function readPdf(file: string): Promise<Pdf> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is typeof i & { str: string; transform: number[]; width: number } => 'str' in i)
      .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, width: i.width, size: Math.hypot(i.transform[0]!, i.transform[1]!) }));
    pages.push({ width, height, items, text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' ') });
  }
  const outline = ((await doc.getOutline()) ?? []).flatMap(function flat(o: { title: string; items?: unknown[] }): string[] {
    return [o.title, ...((o.items ?? []) as { title: string }[]).flatMap(flat)];
  });
  await doc.destroy();
  return { pages, outline, text: pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ') };
}

/** Names of the fonts embedded in a PDF (Chromium writes font dictionaries uncompressed). */
export async function embeddedFontNames(file: string): Promise<string[]> {
  const raw = (await readFile(file)).toString('latin1');
  return [...new Set([...raw.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]!))];
}

/** The size of every picture each page paints (raster images only; vector drawings are not pictures). */
export async function pageImages(file: string): Promise<{ width: number; height: number }[][]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: { width: number; height: number }[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    const ids = ops.fnArray.flatMap((fn, i) => (fn === OPS.paintImageXObject ? [ops.argsArray[i]![0] as string] : []));
    const images = await Promise.all(
      ids.map(
        (id) =>
          new Promise<{ width: number; height: number }>((resolve) =>
            (id.startsWith('g_') ? page.commonObjs : page.objs).get(id, (image: { width: number; height: number }) => resolve({ width: image.width, height: image.height })),
          ),
      ),
    );
    pages.push(images);
  }
  await doc.destroy();
  return pages;
}

/**
 * Glyphs drawn as .notdef (glyph 0, the empty box a font draws for a letter it does not
 * have), by page and font: a script printed in a font without it.
 */
export async function notdefGlyphs(file: string): Promise<{ page: number; font: string; count: number }[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, verbosity: 0, fontExtraProperties: true }).promise;
  const found = new Map<string, { page: number; font: string; count: number }>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    let font = '';
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFont) font = String(args[0]);
      if (fn !== OPS.showText) return;
      for (const glyph of args[0] as ({ originalCharCode?: number; isSpace?: boolean } | number)[]) {
        if (typeof glyph !== 'object' || glyph.originalCharCode !== 0) continue;
        const name = (page.commonObjs.has(font) ? (page.commonObjs.get(font) as { name?: string }).name : undefined) ?? font;
        const key = `${n}\0${name}`;
        found.set(key, { page: n, font: name, count: (found.get(key)?.count ?? 0) + 1 });
      }
    });
  }
  await doc.destroy();
  return [...found.values()];
}

export interface PdfFigure {
  page: number;
  /** The figure's /Alt, as the PDF's structure tree holds it (undefined when it has none). */
  alt: string | undefined;
}

/**
 * The figures of a tagged PDF's structure tree, page by page, with their alt text: what a
 * screen reader or an accessibility checker reads for each picture (pdf.js getStructTree).
 */
export async function pdfFigures(file: string): Promise<PdfFigure[]> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
  const figures: PdfFigure[] = [];
  type Node = { role?: string; alt?: string; children?: Node[] };
  for (let n = 1; n <= doc.numPages; n++) {
    const walk = (node: Node | null | undefined): void => {
      if (!node) return;
      if (node.role === 'Figure') figures.push({ page: n, alt: node.alt });
      for (const child of node.children ?? []) walk(child);
    };
    walk((await (await doc.getPage(n)).getStructTree()) as Node);
  }
  await doc.destroy();
  return figures;
}
