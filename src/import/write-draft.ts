/**
 * A lecture draft written as a lecture file: the YAML a teacher would write, quoted where
 * YAML needs it (by the yaml library, not by hand), with "# check:" where the importer was
 * unsure and "# suggestion:" where it saw a better layout, at the line they are about.
 */
import { Document, isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Draft, DraftPoint, DraftSlide } from './draft.js';

/** A point as the lecture format writes it: text, or { text: [sub-points] }. */
const pointValue = (p: DraftPoint): unknown => (p.children.length > 0 ? { [p.text]: p.children.map(pointValue) } : p.text);

function slideValue(slide: DraftSlide): Record<string, unknown> {
  return {
    title: slide.title,
    ...(slide.layout && { layout: slide.layout }),
    ...(slide.points.length > 0 && !slide.layout && { bullets: slide.points.map(pointValue) }),
    ...(slide.columns && { columns: slide.columns.map((c) => ({ heading: c.heading, bullets: c.points.map(pointValue) })) }),
    ...(slide.table && { table: slide.table }),
    // The source's alt text describes the picture: the lecture's alt, not a caption printed for everyone.
    ...(slide.image && { image: slide.image.file, ...(slide.image.caption && { caption: slide.image.caption }), ...(slide.image.alt !== undefined && { alt: slide.image.alt }) }),
    // Text that came with a table or a picture is kept in the notes.
    ...((slide.notes || (slide.layout && slide.layout !== 'compare' && slide.points.length > 0)) && {
      notes: [slide.notes, ...(slide.layout && slide.layout !== 'compare' ? slide.points.map((p) => p.text) : [])].filter(Boolean).join('\n\n'),
    }),
  };
}

const comment = (kind: 'check' | 'suggestion', lines: readonly string[]) => lines.map((l) => ` ${kind}: ${l}`).join('\n');

export interface WriteOptions {
  /** The $schema line's path to the lecture schema, from where the file goes. */
  schema: string;
  /** What the draft was made from, for the file's first comment. */
  from: string;
}

export function writeDraft(draft: Draft, options: WriteOptions): string {
  const value = {
    title: draft.title,
    ...(draft.footer && { footer: draft.footer }),
    sections: draft.sections.map((section) => ({ title: section.title, slides: section.slides.map(slideValue) })),
  };
  const doc = new Document(value);
  const root = doc.contents as YAMLMap;
  const header = [
    ` yaml-language-server: $schema=${options.schema}`,
    ` Imported from ${options.from} by \`lectern import\`. Read it through: lines marked "check:" are`,
    ` where the importer guessed, "suggestion:" where a layout could show the points better.`,
    ...(draft.dropped.length > 0 ? [' Left out of the notes:', ...draft.dropped.map((d) => `   "${d.text}" (${d.times === 1 ? 'once' : `${d.times} times`}): ${d.reason}`)] : []),
    ...(draft.keyTerms.length > 0 ? [` suggestion: mark as [[key terms]] (they were bold): ${draft.keyTerms.join(', ')}`] : []),
  ];
  doc.commentBefore = header.join('\n');
  const titlePair = root.items.find((p) => (p.key as { value?: unknown }).value === 'title');
  if (titlePair && draft.checks.length > 0) (titlePair.key as Node).commentBefore = comment('check', draft.checks);
  const footerPair = root.items.find((p) => (p.key as { value?: unknown }).value === 'footer');
  if (footerPair) (footerPair.key as Node).commentBefore = comment('check', ['read as the footer: it is printed on every slide and page']);

  const sections = root.items.find((p) => (p.key as { value?: unknown }).value === 'sections')!.value as YAMLSeq;
  draft.sections.forEach((section, i) => {
    const sectionNode = sections.items[i] as YAMLMap;
    if (section.checks.length > 0) sectionNode.commentBefore = comment('check', section.checks);
    const slides = sectionNode.items.find((p) => (p.key as { value?: unknown }).value === 'slides')!.value;
    if (!isSeq(slides)) return;
    section.slides.forEach((slide, j) => {
      const node = slides.items[j];
      if (!isMap(node)) return;
      const notes = [...(slide.checks.length > 0 ? [comment('check', slide.checks)] : []), ...(slide.suggestions.length > 0 ? [comment('suggestion', slide.suggestions)] : [])];
      if (notes.length > 0) node.commentBefore = notes.join('\n');
    });
  });
  // No folding: a long point stays on its line, as a teacher would type it.
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
