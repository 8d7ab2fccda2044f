/**
 * A .pptx read back as an OOXML package, the way PowerPoint checks it before it shows a
 * slide: every XML part parsed strictly (a part that does not parse is a file PowerPoint
 * offers to repair), the content types, the relationships and how the parts are stored.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  p14: 'http://schemas.microsoft.com/office/powerpoint/2010/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

export interface Package {
  zip: JSZip;
  /** Every part's name (no folders), as the zip lists them: "ppt/slides/slide1.xml". */
  parts: string[];
  /** Every XML part (.xml, .rels), parsed. */
  xml: Map<string, Document>;
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, as a name in the zip; the address as written when external. */
  target: string;
  external: boolean;
}

/** "ppt/media/a.PNG" → "png"; "_rels/.rels" → "rels" (path.extname sees no extension in a name that starts with its dot). */
const extension = (part: string) => /\.([^./]+)$/.exec(part)?.[1]?.toLowerCase() ?? '';
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * Parses XML so that anything xmldom reports, warnings included, fails: a part PowerPoint
 * would stumble on must not pass because a lenient parser recovered from it.
 */
export function strictXml(text: string, part: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${part}: XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'text/xml');
}

export async function openPackage(file: string): Promise<Package> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const parts = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const xml = new Map<string, Document>();
  for (const part of parts.filter(isXml)) xml.set(part, strictXml(await zip.file(part)!.async('string'), part));
  return { zip, parts, xml };
}

export function doc(pkg: Package, part: string): Document {
  const found = pkg.xml.get(part);
  if (!found) throw new Error(`the package has no XML part ${part}`);
  return found;
}

/** Elements by namespace and local name, as an array. */
export function all(node: Document | Element, ns: string, local: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, local));
}

/** The children of `node` with that namespace and local name (not deeper descendants). */
export function children(node: Element, ns: string, local: string): Element[] {
  return Array.from(node.childNodes).filter((c): c is Element => c.nodeType === 1 && (c as Element).namespaceURI === ns && (c as Element).localName === local);
}

/** "ppt/slides/slide1.xml" → "ppt/slides/_rels/slide1.xml.rels"; "" (the package) → "_rels/.rels". */
export const relsPartOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);

/** The relationships a part declares, with targets resolved against the part's folder. */
export function relationships(pkg: Package, part: string): Relationship[] {
  const rels = pkg.xml.get(relsPartOf(part));
  if (!rels) return [];
  const from = path.posix.dirname(part);
  return all(rels, NS.rels, 'Relationship').map((r) => {
    const external = r.getAttribute('TargetMode') === 'External';
    const written = r.getAttribute('Target') ?? '';
    const target = external ? written : written.startsWith('/') ? written.slice(1) : path.posix.normalize(path.posix.join(from, written));
    return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target, external };
  });
}

/** The part a relationship of `part` points at, by its id; undefined when there is none. */
export function relatedPart(pkg: Package, part: string, id: string): string | undefined {
  return relationships(pkg, part).find((r) => r.id === id && !r.external)?.target;
}

/** "[Content_Types].xml names /x, which the package does not hold", and parts no content type covers. */
export function contentTypeProblems(pkg: Package): string[] {
  const types = doc(pkg, '[Content_Types].xml');
  const overrides = all(types, NS.types, 'Override').map((o) => (o.getAttribute('PartName') ?? '').replace(/^\//, ''));
  const defaults = new Set(all(types, NS.types, 'Default').map((d) => (d.getAttribute('Extension') ?? '').toLowerCase()));
  const inZip = new Set(pkg.parts);
  return [
    ...overrides.filter((part) => !inZip.has(part)).map((part) => `[Content_Types].xml names /${part}, which the package does not hold`),
    ...pkg.parts
      .filter((part) => part !== '[Content_Types].xml' && !overrides.includes(part) && !defaults.has(extension(part)))
      .map((part) => `${part} has no content type`),
  ];
}

/**
 * Relationship targets the package lacks, and r:id / r:embed / r:link references in a part
 * that its relationships do not declare: both make PowerPoint repair the file.
 */
export function relationshipProblems(pkg: Package): string[] {
  const problems: string[] = [];
  const inZip = new Set(pkg.parts);
  for (const rels of pkg.parts.filter((p) => p.endsWith('.rels'))) {
    const owner = rels === '_rels/.rels' ? '' : path.posix.join(path.posix.dirname(path.posix.dirname(rels)), path.posix.basename(rels, '.rels'));
    if (owner && !inZip.has(owner)) problems.push(`${rels} describes ${owner}, which the package does not hold`);
    for (const r of relationships(pkg, owner)) if (!r.external && !inZip.has(r.target)) problems.push(`${rels}: ${r.id} → ${r.target}, which the package does not hold`);
  }
  for (const [part, xml] of pkg.xml) {
    if (part.endsWith('.rels')) continue;
    const ids = new Set(relationships(pkg, part).map((r) => r.id));
    for (const el of all(xml, '*', '*')) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.namespaceURI === NS.r && !ids.has(attr.value)) problems.push(`${part}: <${el.tagName} ${attr.name}="${attr.value}"> names no relationship of the part`);
      }
    }
  }
  return problems;
}

/**
 * XML parts stored without compression. jszip keeps each entry's method as read from the
 * zip: 08 00 is DEFLATE, 00 00 is stored.
 */
export function storedXmlParts(pkg: Package): string[] {
  const method = (f: JSZip.JSZipObject) => (f as unknown as { _data: { compression: { magic: string } } })._data.compression.magic;
  return pkg.parts.filter((p) => isXml(p) && method(pkg.zip.file(p)!) !== '\x08\x00');
}
