/**
 * Plain-text and Markdown notes read into a lecture draft. Headings (a `#` heading, a short
 * line on its own, a line that asks a question) become sections, and lines that end with
 * ":" slide titles; bullets (•, -, *, o, 1.) points and sub-points; paragraphs points;
 * "Label: text" paragraphs points, or compare columns when several follow each other; a ©
 * line the footer. Noise from a PDF's extraction is dropped (noise.ts). Nothing else is left
 * out: every sentence of the notes is in the draft.
 */
import { emptySlide, titleFromName, type Draft, type DraftPoint, type DraftSection, type DraftSlide } from './draft.js';
import { findNoise, isNoise } from './noise.js';
import { suggest } from './suggestions.js';

type Block =
  | { kind: 'heading'; level: number; text: string; guessed?: string }
  | { kind: 'point'; depth: number; text: string }
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'footer'; text: string }
  | { kind: 'paragraph'; text: string };

const BULLET = /^(\s*)(?:[•▪◦·●‣∙*+-]|o(?=\s))\s+(.*)$/u;
const NUMBERED = /^(\s*)\d{1,2}[.)]\s+(.*)$/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const LABELLED = /^([^:]{2,40}):\s+(\S.*)$/;

/** Text from a .txt file shows as typed: the characters lecture text reads as Markdown are escaped. */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]$]/g, '\\$&');

function classify(text: string): Block {
  if (/^(©|\(c\)\s|copyright\b)/i.test(text)) return { kind: 'footer', text };
  const words = text.split(/\s+/).length;
  if (text.endsWith('?') && text.length <= 100) return { kind: 'heading', level: 2, text, guessed: 'a line that asks a question' };
  if (text.endsWith(':') && text.length <= 60 && !text.slice(0, -1).includes(':')) return { kind: 'heading', level: 3, text: text.slice(0, -1).trim(), guessed: 'a short line ending with ":"' };
  const labelled = LABELLED.exec(text);
  if (labelled && labelled[1]!.trim().split(/\s+/).length <= 5 && !/https?$/i.test(labelled[1]!)) return { kind: 'labelled', label: labelled[1]!.trim(), text: labelled[2]!.trim() };
  if (text.length <= 60 && words <= 8 && !/[.!;,]$/.test(text) && /^\p{Lu}/u.test(text)) return { kind: 'heading', level: 2, text, guessed: 'a short line on its own' };
  return { kind: 'paragraph', text };
}

/** The notes as blocks: headings, points, labelled paragraphs, paragraphs (wrapped lines joined). */
function blocks(lines: readonly string[], markdown: boolean, escape: (t: string) => string): Block[] {
  const out: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      const block = classify(paragraph.join(' '));
      out.push('text' in block ? { ...block, text: escape(block.text), ...(block.kind === 'labelled' && { label: escape(block.label) }) } : block);
    }
    paragraph = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = markdown ? MD_HEADING.exec(line) : null;
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (heading) {
      flush();
      out.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (item) {
      flush();
      const indent = item[1]!.replace(/\t/g, '  ').length;
      out.push({ kind: 'point', depth: Math.floor(indent / 2), text: escape(item[2]!.trim()) });
    } else if (markdown && paragraph.length === 0 && out.at(-1)?.kind === 'point' && /^\s{2,}\S/.test(line)) {
      // A list item's wrapped line.
      const last = out.at(-1) as { text: string };
      last.text += ` ${line.trim()}`;
    } else paragraph.push(line.trim());
  }
  flush();
  return out;
}

/** Adds a point at its depth: under the last point one level up, or at the top. */
function addPoint(points: DraftPoint[], depth: number, text: string): void {
  let level = points;
  for (let d = 0; d < depth && level.length > 0; d++) level = level.at(-1)!.children;
  level.push({ text, children: [] });
}

export function readText(source: string, fileName: string, format: 'text' | 'markdown'): Draft {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const dropped = findNoise(lines);
  const kept = lines.filter((l) => !isNoise(dropped, l));
  const all = blocks(kept, format === 'markdown', format === 'markdown' ? (t) => t : escapeMarkdown);
  const draft: Draft = { title: titleFromName(fileName), sections: [], keyTerms: [], dropped, checks: [] };

  // A Markdown file whose first block is its only "#" heading: that is the lecture's title.
  const h1s = all.filter((b) => b.kind === 'heading' && b.level === 1);
  if (all[0]?.kind === 'heading' && all[0].level === 1 && h1s.length === 1) draft.title = (all.shift() as { text: string }).text;
  else draft.checks.push(`the title is the file's name: write the lecture's own`);
  // The top heading level left is the sections'; the next, the slides'.
  const levels = [...new Set(all.flatMap((b) => (b.kind === 'heading' ? [b.level] : [])))].sort();
  const sectionLevel = levels[0] ?? 2;

  let section: DraftSection | undefined;
  let slide: DraftSlide | undefined;
  const newSection = (title: string, check?: string) => {
    section = { title, slides: [], checks: check ? [check] : [] };
    draft.sections.push(section);
    slide = undefined;
  };
  const newSlide = (title: string, check?: string) => {
    if (!section) newSection(draft.title, 'a section named after the lecture, for what comes before the first heading');
    slide = emptySlide(title);
    if (check) slide.checks.push(check);
    section!.slides.push(slide);
  };
  const currentSlide = (): DraftSlide => {
    if (!slide) newSlide(section?.title ?? draft.title);
    // Points after compare columns start a slide of their own.
    if (slide!.layout === 'compare') newSlide(slide!.title, 'these points came after the compare columns under the same heading: give them a title of their own');
    return slide!;
  };
  let labelled: { label: string; text: string }[] = [];
  const endLabelled = () => {
    if (labelled.length >= 2) {
      const target = slide && slide.points.length === 0 && !slide.layout ? slide : (newSlide(slide?.title ?? section?.title ?? draft.title), slide!);
      target.layout = 'compare';
      target.columns = labelled.map((l) => ({ heading: l.label, points: [{ text: l.text, children: [] }] }));
      target.checks.push(`${labelled.length} "Label: text" paragraphs in a row became compare columns: keep them as points if they are not a comparison`);
    } else for (const l of labelled) currentSlide().points.push({ text: `${l.label}: ${l.text}`, children: [] });
    labelled = [];
  };

  for (const block of all) {
    if (block.kind !== 'labelled') endLabelled();
    switch (block.kind) {
      case 'heading':
        if (block.level <= sectionLevel) newSection(block.text, block.guessed && `read as a section's title (${block.guessed})`);
        else newSlide(block.text, block.guessed && `read as a slide's title (${block.guessed})`);
        break;
      case 'footer':
        if (draft.footer) currentSlide().points.push({ text: block.text, children: [] });
        else draft.footer = block.text;
        break;
      case 'labelled':
        labelled.push(block);
        break;
      case 'point': {
        const points = currentSlide().points;
        // A point or paragraph that ends with ":" introduces the list that follows it.
        const last = points.at(-1);
        addPoint(last && /:$/.test(last.text) ? last.children : points, block.depth, block.text);
        break;
      }
      case 'paragraph':
        currentSlide().points.push({ text: block.text, children: [] });
        break;
    }
  }
  endLabelled();
  for (const s of draft.sections.flatMap((sec) => sec.slides)) s.suggestions.push(...suggest(s));
  return draft;
}
