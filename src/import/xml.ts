/**
 * XML for the Word and PowerPoint readers: parsed by xmldom, never by patterns, and found by
 * namespace, so a file whose prefixes differ from PowerPoint's own ("a:", "p:") reads the same.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { LecternError } from '../errors.js';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  p14: 'http://schemas.microsoft.com/office/powerpoint/2010/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  /** PowerPoint's "Mark as decorative" (adec:decorative val="1" in a picture's cNvPr). */
  adec: 'http://schemas.microsoft.com/office/drawing/2017/decorative',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

/** Parses XML; a part that is not well-formed stops the import with its name, not a stack. */
export function parseXml(text: string, part: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      // A warning (an odd but readable construct) does not lose the teacher's text.
      if (level !== 'warning') throw new LecternError(`${part} is not well-formed XML (${message.split('\n')[0]}): open the file in its program and save it again, then import it`);
    },
  });
  return parser.parseFromString(text, 'text/xml');
}

export const isElement = (n: Node): n is Element => n.nodeType === 1;

/** Elements by namespace and local name, anywhere below `node`, in document order. */
export const all = (node: Document | Element, ns: string, local: string): Element[] => Array.from(node.getElementsByTagNameNS(ns, local));

/** The children of `node` with that namespace and local name (not deeper descendants). */
export const children = (node: Element, ns: string, local: string): Element[] =>
  Array.from(node.childNodes).filter((c): c is Element => isElement(c) && c.namespaceURI === ns && c.localName === local);

/** Whitespace as a reader sees it: runs of it one space, no-break spaces plain ones. */
export const tidy = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
