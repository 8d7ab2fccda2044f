/**
 * A .pptx as its parts: the zip opened with jszip, XML parts parsed on demand, and each part's
 * relationships (which slide comes from which part, a slide's pictures and notes).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Document } from '@xmldom/xmldom';
import type JSZipType from 'jszip';
import { LecternError } from '../errors.js';
import { all, NS, parseXml } from './xml.js';

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, as a name in the zip. */
  target: string;
  external: boolean;
}

/** "ppt/slides/slide1.xml" → "ppt/slides/_rels/slide1.xml.rels". */
const relsPartOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);

export class PptxParts {
  private readonly parsed = new Map<string, Document | undefined>();

  private constructor(
    private readonly zip: JSZipType,
    private readonly file: string,
  ) {}

  static async open(file: string): Promise<PptxParts> {
    const { default: JSZip } = (await import('jszip')) as unknown as { default: typeof JSZipType };
    try {
      return new PptxParts(await JSZip.loadAsync(await readFile(file)), file);
    } catch (error) {
      throw new LecternError(`${file} is not a PowerPoint file Lectern can open (${(error as Error).message}): open it in PowerPoint or LibreOffice and save it as .pptx again`, { cause: error });
    }
  }

  /** A part's bytes, or undefined when the package does not hold it. */
  async bytes(part: string): Promise<Uint8Array | undefined> {
    return this.zip.file(part)?.async('uint8array');
  }

  /** An XML part, parsed; undefined when the package does not hold it. */
  async xml(part: string): Promise<Document | undefined> {
    if (!this.parsed.has(part)) {
      const text = await this.zip.file(part)?.async('string');
      this.parsed.set(part, text === undefined ? undefined : parseXml(text, `${this.file}: ${part}`));
    }
    return this.parsed.get(part);
  }

  /** The relationships a part declares, targets resolved against the part's folder. */
  async relationships(part: string): Promise<Relationship[]> {
    const rels = await this.xml(relsPartOf(part));
    if (!rels) return [];
    return all(rels, NS.rels, 'Relationship').map((r) => {
      const external = r.getAttribute('TargetMode') === 'External';
      const written = r.getAttribute('Target') ?? '';
      const target = external ? written : written.startsWith('/') ? written.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), written));
      return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target, external };
    });
  }
}
