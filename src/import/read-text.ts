/**
 * Plain-text and Markdown notes read into a lecture draft (blocks from text-blocks.ts).
 * Headings (a `#` heading, a short line on its own, a line that asks a question) become
 * sections, lines that end with ":" slide titles; bullets (•, -, *, o, 1., a)) points and
 * sub-points; paragraphs points, a paragraph that ends with ":" holding the list after it;
 * "Label: text" paragraphs points, or compare columns when several follow each other; a ©
 * line the footer; in Markdown, a code block a point shown as code and a table a table slide.
 * Noise from a PDF's extraction is dropped (noise.ts); nothing else is left out.
 */
import type { Draft } from './draft.js';
import { titleFromName } from './draft.js';
import { DraftBuilder } from './draft-builder.js';
import { findNoise, isNoise } from './noise.js';
import { textBlocks } from './text-blocks.js';

export { escapeMarkdown } from './text-blocks.js';

export function readText(source: string, fileName: string, format: 'text' | 'markdown'): Draft {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const dropped = findNoise(lines);
  const blocks = textBlocks(lines.filter((l) => !isNoise(dropped, l)), format === 'markdown');

  // A Markdown file whose first block is its only level-1 heading: that is the lecture's title.
  const h1s = blocks.filter((b) => b.kind === 'heading' && b.level === 1);
  const titled = blocks[0]?.kind === 'heading' && blocks[0].level === 1 && h1s.length === 1;
  const builder = new DraftBuilder(titled ? (blocks.shift() as { text: string }).text : titleFromName(fileName));
  const { draft } = builder;
  draft.dropped = dropped;
  if (!titled) draft.checks.push(`the title is the file's name: write the lecture's own`);
  // The top heading level left is the sections'; the ones below, the slides'.
  const sectionLevel = Math.min(...blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : [])), 2);

  let labelled: { heading: string; text: string }[] = [];
  const endLabelled = () => {
    if (labelled.length >= 2) builder.compare(labelled);
    else for (const l of labelled) builder.point(0, `${l.heading}: ${l.text}`);
    labelled = [];
  };
  // Set after a paragraph that ends with ":": the list that follows is its sub-points.
  let introduced = false;
  for (const block of blocks) {
    if (block.kind !== 'labelled') endLabelled();
    switch (block.kind) {
      case 'heading':
        if (block.level <= sectionLevel) builder.startSection(block.text, block.guessed && `read as a section's title (${block.guessed})`);
        else builder.startSlide(block.text, block.guessed && `read as a slide's title (${block.guessed})`);
        break;
      case 'footer':
        if (draft.footer) builder.point(0, block.text);
        else draft.footer = block.text;
        break;
      case 'labelled':
        labelled.push({ heading: block.label, text: block.text });
        break;
      case 'point':
        builder.point(introduced ? block.depth + 1 : block.depth, block.text);
        continue;
      case 'paragraph':
      case 'code':
        builder.point(0, block.text);
        introduced = block.kind === 'paragraph' && block.text.endsWith(':');
        continue;
      case 'table':
        builder.table(block.rows);
        break;
    }
    introduced = false;
  }
  endLabelled();
  return builder.finish();
}
