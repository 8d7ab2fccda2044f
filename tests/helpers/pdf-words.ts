/**
 * Every word of a PDF with its box, as poppler's `pdftotext -bbox-layout` reads it: pages of
 * blocks of lines of words, in reading order, in points from the page's top left corner.
 * Poppler leaves out a letter that lies wholly outside the page, so a word pushed off a slide
 * shows as a box crossing the page's edge, or as text that is missing.
 */
import { execFileSync } from 'node:child_process';
import type { Element } from '@xmldom/xmldom';
import { strictXml } from './pptx-package.js';

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Word extends Box {
  text: string;
}

export interface Line extends Box {
  words: Word[];
  text: string;
}

export interface WordPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  lines: Line[];
  /** The page's words in reading order, one space between them. */
  text: string;
}

const box = (el: Element): Box => ({
  xMin: Number(el.getAttribute('xMin')),
  yMin: Number(el.getAttribute('yMin')),
  xMax: Number(el.getAttribute('xMax')),
  yMax: Number(el.getAttribute('yMax')),
});

const byTag = (el: Element, tag: string) => Array.from(el.getElementsByTagName(tag));

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

export function readWordPages(pdf: string): WordPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // The XHTML's DOCTYPE names a DTD that the strict parser would not read: the words do not need it.
  const document = strictXml(xhtml.replace(/<!DOCTYPE[^>]*>/, ''), `${pdf} (pdftotext -bbox-layout)`);
  return Array.from(document.getElementsByTagName('page')).map((page, i) => {
    const lines = byTag(page, 'line').map((line) => {
      const words = byTag(line, 'word').map((w) => ({ ...box(w), text: w.textContent ?? '' }));
      return { ...box(line), words, text: words.map((w) => w.text).join(' ') };
    });
    return {
      number: i + 1,
      width: Number(page.getAttribute('width')),
      height: Number(page.getAttribute('height')),
      lines,
      text: lines.map((l) => l.text).join(' '),
    };
  });
}

/** Words whose box crosses an edge of their page (by more than `tolerance` points). */
export function wordsOffPage(page: WordPage, tolerance = 0.5): Word[] {
  return page.lines
    .flatMap((l) => l.words)
    .filter((w) => w.xMin < -tolerance || w.yMin < -tolerance || w.xMax > page.width + tolerance || w.yMax > page.height + tolerance);
}
