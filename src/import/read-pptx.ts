/**
 * A PowerPoint file (.pptx) read into a lecture draft: the slides in the order the
 * presentation shows them, each slide's title placeholder its title, its other text points at
 * their levels, a table a table slide, a picture an image slide (copied beside the lecture,
 * its alt text its alt), its speaker notes the notes. PowerPoint's sections are the
 * lecture's; a deck without any is one section, named after its title.
 */
import { createHash } from 'node:crypto';
import { titleFromName, type DraftSlide, type Dropped } from './draft.js';
import { DraftBuilder } from './draft-builder.js';
import type { Imported, Reader } from './reader.js';
import { findNoise, isNoise } from './noise.js';
import { extensionOfPart } from './picture-types.js';
import { PptxParts } from './pptx-parts.js';
import { layoutText, readSlide, type SlideContent } from './pptx-slide.js';
import { escapeMarkdown } from './read-text.js';
import { all, NS } from './xml.js';
import { LecternError } from '../errors.js';

const PRESENTATION = 'ppt/presentation.xml';

/** The slides in presentation order, and the PowerPoint section each slide id is in. */
async function outline(parts: PptxParts, file: string) {
  const presentation = await parts.xml(PRESENTATION);
  if (!presentation) throw new LecternError(`${file} has no ${PRESENTATION}: it is not a PowerPoint presentation. Open it in PowerPoint or LibreOffice and save it as .pptx`);
  const rels = await parts.relationships(PRESENTATION);
  const slides = all(presentation, NS.p, 'sldId').flatMap((s) => {
    const part = rels.find((r) => r.id === s.getAttributeNS(NS.r, 'id') && !r.external)?.target;
    return part ? [{ id: s.getAttribute('id') ?? '', part }] : [];
  });
  const sectionOf = new Map<string, string>();
  for (const section of all(presentation, NS.p14, 'section')) {
    for (const s of all(section, NS.p14, 'sldId')) sectionOf.set(s.getAttribute('id') ?? '', section.getAttribute('name') ?? '');
  }
  return { slides, sectionOf };
}

/**
 * Pictures on three slides or more are a logo or a background, not content: the media parts
 * holding them. A deck may store the same picture once per slide, so they are told by content.
 */
async function repeatedPictures(parts: PptxParts, slides: readonly SlideContent[]): Promise<{ media: Set<string>; dropped: Dropped[] }> {
  const digest = new Map<string, string>();
  for (const media of new Set(slides.flatMap((s) => s.items.flatMap((i) => (i.kind === 'picture' ? [i.media] : []))))) {
    const data = await parts.bytes(media);
    if (data) digest.set(media, createHash('sha256').update(data).digest('hex'));
  }
  const onSlides = new Map<string, { times: number; media: string[]; alt?: string }>();
  for (const slide of slides) {
    const pictures = slide.items.flatMap((i) => (i.kind === 'picture' && digest.has(i.media) ? [{ hash: digest.get(i.media)!, alt: i.alt }] : []));
    for (const hash of new Set(pictures.map((p) => p.hash))) {
      const seen = onSlides.get(hash) ?? { times: 0, media: [] };
      seen.times++;
      seen.alt ??= pictures.find((p) => p.hash === hash && p.alt)?.alt;
      onSlides.set(hash, seen);
    }
  }
  for (const [media, hash] of digest) onSlides.get(hash)?.media.push(media);
  const repeated = [...onSlides.values()].filter((p) => p.times >= 3);
  return {
    media: new Set(repeated.flatMap((p) => p.media)),
    dropped: repeated.map((p) => ({ text: p.alt ? `the picture "${p.alt}"` : `the picture ${p.media[0]!.split('/').pop()}`, times: p.times, reason: `on ${p.times} slides: a logo or a background` })),
  };
}

export const readPptx: Reader = async (file, context): Promise<Imported> => {
  const parts = await PptxParts.open(file);
  const { slides: refs, sectionOf } = await outline(parts, file);
  const slides = await Promise.all(refs.map((ref) => readSlide(parts, ref.part, ref.id)));

  // A line on many slides that is not a title (a running footer typed in a text box) is noise, as in text notes.
  const dropped = findNoise(slides.flatMap((s) => s.items.flatMap((i) => (i.kind === 'point' ? [i.text] : []))));
  const logos = await repeatedPictures(parts, slides);
  dropped.push(...logos.dropped);

  const deckTitle = slides.find((s) => s.title)?.title;
  const builder = new DraftBuilder(deckTitle ? escapeMarkdown(deckTitle) : titleFromName(context.name));
  const { draft } = builder;
  draft.dropped = dropped;
  if (!deckTitle) draft.checks.push(`the title is the file's name: no slide has a title`);
  const sectioned = sectionOf.size > 0;
  if (!sectioned) builder.startSection(draft.title, 'the presentation has no sections: its slides are one section, named after its title');

  // A layout's own text (Lectern's decks put the footer there) is the footer, or else reported.
  const layoutLines = [...new Set((await Promise.all([...new Set(slides.flatMap((s) => (s.layout ? [s.layout] : [])))].map((l) => layoutText(parts, l)))).flat())];
  const footer = slides.find((s) => s.footer)?.footer ?? layoutLines[0];
  if (footer) draft.footer = escapeMarkdown(footer);
  for (const line of layoutLines.filter((l) => l !== footer)) draft.dropped.push({ text: line, times: 1, reason: 'text of a slide layout, shown on the slides made from it: put it in the lecture by hand if it belongs there' });

  const copied = new Map<string, string>();
  const pictures: Imported['pictures'] = [];
  const copy = async (media: string) => {
    if (!copied.has(media)) {
      const data = await parts.bytes(media);
      if (!data) return undefined;
      const name = context.pictureName(extensionOfPart(media));
      copied.set(media, name);
      pictures.push({ name, data });
    }
    return copied.get(media);
  };

  let section: string | undefined;
  let started = false;
  for (const [i, slide] of slides.entries()) {
    const number = i + 1;
    // A text box that repeats a picture's alt text is its caption: the image slide shows it as one.
    const alts = new Set(slide.items.flatMap((item) => (item.kind === 'picture' && item.alt ? [item.alt] : [])));
    const captions = new Set(slide.items.flatMap((item) => (item.kind === 'point' && alts.has(item.text) ? [item.text] : [])));
    const items = slide.items.filter(
      (item) => !(item.kind === 'point' && (isNoise(dropped, item.text) || alts.has(item.text))) && !(item.kind === 'picture' && logos.media.has(item.media)),
    );
    if (slide.footer && slide.footer !== footer) items.push({ kind: 'point', depth: 0, text: slide.footer });
    const name = sectionOf.get(slide.id);
    if (sectioned && name !== undefined && name !== section) {
      if (section !== undefined && !started) draft.dropped.push({ text: section, times: 1, reason: 'a PowerPoint section with nothing but a title slide' });
      section = name;
      started = false;
    }
    const empty = items.length === 0 && slide.notes.length === 0 && slide.skipped.length === 0;
    // A slide with only its title says what the lecture's title or a section's divider already says.
    if (empty && slide.title && ((i === 0 && slide.title === deckTitle) || slide.title === section)) continue;
    // A section starts with its first slide, so that one holding only the title slide is not an empty one.
    if (sectioned && section !== undefined && !started) {
      builder.startSection(escapeMarkdown(section || `Section from slide ${number}`), section ? undefined : 'this PowerPoint section has no name: write its title');
      started = true;
    }

    const title = slide.title ? escapeMarkdown(slide.title) : `Slide ${number}`;
    const first: DraftSlide = builder.startSlide(title, slide.title ? undefined : `slide ${number} has no title: write one`);
    if (slide.titleSlide && items.length > 0) first.checks.push('the title slide: its other lines may be the lecture\'s subtitle or author (subtitle:, author: at the top)');
    for (const item of items) {
      if (item.kind === 'point') builder.point(item.depth, escapeMarkdown(item.text));
      else if (item.kind === 'table') builder.table(item.rows.map((row) => row.map(escapeMarkdown)));
      else {
        const file = await copy(item.media);
        // Alt text is plain text, kept as written (no Markdown escapes).
        if (file) builder.picture({ file, ...(item.alt !== undefined && { alt: item.alt }), ...(item.alt && captions.has(item.alt) && { caption: escapeMarkdown(item.alt) }) });
      }
    }
    builder.notes(slide.notes.map(escapeMarkdown).join('\n\n'), first);
    if (slide.skipped.length > 0) first.checks.push(`slide ${number} also has ${slide.skipped.join(', ')}, not imported: copy what it shows by hand`);
  }
  if (section !== undefined && !started) draft.dropped.push({ text: section, times: 1, reason: 'a PowerPoint section with nothing but a title slide' });
  return { draft: builder.finish(), pictures };
};
