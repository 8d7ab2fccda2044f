/**
 * deck.pptx as PowerPoint's own objects: the fitted deck's slides (see plan-deck.ts) written
 * as editable text, shapes, tables and pictures on slide masters with real placeholders,
 * in PowerPoint sections named after the lecture's, with the speaker notes. The slides are
 * the ones the HTML deck shows — the same parts, "(cont.)" titles and type sizes — so
 * what fits on a slide there fits here.
 * Pure, but for reading the lecture's pictures: the lecture's structure in, the package's bytes out.
 */
import type PptxGenJS from 'pptxgenjs';
import { textDirection } from '../../language.js';
import type { Lecture } from '../../load/lecture.js';
import type { DeckSlide } from '../deck/plan-deck.js';
import type { Labels } from '../labels.js';
import { contentSlide } from './content-slides.js';
import { closingSlide, dividerSlide, listSlide, titleSlide } from './frame-slides.js';
import type { Box } from './canvas.js';
import type { LayoutContext } from './layout-context.js';
import { movePlaceholders, placedBoxes } from './placeholder-boxes.js';
import { notesParagraphs } from './notes-text.js';
import { readPictureFile, readPictures } from './pictures.js';
import { scriptFaces, withScriptFaces } from './script-faces.js';
import { defineMasters, MASTERS } from './slide-masters.js';
import { plainInline } from '../lecture-markdown.js';
import { runsText, textRuns } from './text-runs.js';
import { themeLook } from './theme-look.js';
import { tidyPackage } from './tidy-package.js';

export interface NativeDeckInput {
  lecture: Lecture;
  /** The deck's slides as fitted: parts, "(cont.)" titles and type size steps. */
  plan: readonly DeckSlide[];
  labels: Labels;
  /** The theme's CSS: its colour variables and --office-font give the deck's look. */
  themeCss: string;
  /** The lecture's images: path beside the outputs → file on disk. */
  images: ReadonlyMap<string, string>;
  /** Speaker notes per deck slide (same order as plan). */
  notes: readonly string[];
  /** Reads an image's bytes (the build's reader, which reports an image deleted mid-build at its slide). */
  readImage: (file: string) => Promise<Uint8Array>;
}

/** The master a slide is drawn on: lists (bullets, objectives, takeaways) have a body placeholder. */
function masterOf(slide: DeckSlide): string {
  if (slide.kind === 'content') return slide.slide.layout === 'bullets' ? MASTERS.list : MASTERS.content;
  return slide.kind === 'objectives' || slide.kind === 'takeaways' ? MASTERS.list : MASTERS[slide.kind];
}

/** Section names as PowerPoint lists them (plain text, maths as its TeX), each once: pptxgenjs finds a section by its name. */
function sectionNames(lecture: Lecture, labels: Labels): { opening: string; sections: string[]; closing: string } {
  const used = new Set<string>();
  const unique = (name: string) => {
    let candidate = name.trim() || '—';
    for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
    used.add(candidate);
    return candidate;
  };
  // The last section holds the takeaways, or the closing slide alone when there are none.
  const closing = lecture.takeaways.length > 0 ? labels.takeaways : lecture.next ? labels.questions : labels.thankYou;
  return { opening: unique(plainInline(lecture.title)), sections: lecture.sections.map((s) => unique(plainInline(s.title))), closing: unique(closing) };
}

export async function nativeDeck(input: NativeDeckInput): Promise<Uint8Array> {
  const { lecture, plan, labels } = input;
  // pptxgenjs ships CommonJS typings; its constructor is the default export at run time.
  const Pptx = (await import('pptxgenjs')).default as unknown as typeof PptxGenJS.default;
  const pptx = new Pptx();
  const look = themeLook(input.themeCss);
  const rtl = textDirection(lecture.language) === 'rtl';
  pptx.layout = 'LAYOUT_WIDE';
  // Plain text, as the PDFs' titles: maths as its TeX.
  pptx.title = plainInline(lecture.title);
  if (lecture.author) pptx.author = lecture.author;
  if (lecture.course) pptx.subject = lecture.course;
  pptx.theme = { headFontFace: look.font, bodyFontFace: look.font };
  if (rtl) pptx.rtlMode = true;
  defineMasters(pptx, {
    look,
    footer: lecture.footer ? runsText(textRuns(lecture.footer, { codeFont: look.codeFont })) : '',
    rtl,
    ...(lecture.logo && { logo: await readPictureFile(lecture.logo.file, input.readImage) }),
  });

  const context: LayoutContext = {
    look,
    emphasis: { accent: look.accent, codeFont: look.codeFont },
    rtl,
    lang: lecture.language,
    pictures: await readPictures(plan, input.images, input.readImage),
  };
  const names = sectionNames(lecture, labels);
  for (const name of [names.opening, ...names.sections, names.closing]) pptx.addSection({ title: name });
  let section = names.opening;
  let dividers = 0;
  const boxes: ReadonlyMap<string, Box>[] = [];
  plan.forEach((deckSlide, i) => {
    if (deckSlide.kind === 'divider') section = names.sections[dividers++]!;
    if (deckSlide.kind === 'takeaways' || deckSlide.kind === 'closing') section = names.closing;
    const slide = pptx.addSlide({ masterName: masterOf(deckSlide), sectionTitle: section });
    switch (deckSlide.kind) {
      case 'title':
        titleSlide(slide, lecture, labels, deckSlide.fit, context);
        break;
      case 'divider':
        dividerSlide(slide, deckSlide, labels, context);
        break;
      case 'objectives':
      case 'takeaways':
        listSlide(slide, deckSlide, labels, context);
        break;
      case 'content':
        contentSlide(slide, deckSlide.slide, deckSlide.fit, context);
        break;
      case 'closing':
        closingSlide(slide, lecture, labels, deckSlide.fit, context);
        break;
    }
    // One line per paragraph: the package tidy-up makes each line a paragraph of the notes pane.
    const note = notesParagraphs(input.notes[i] ?? '').join('\n');
    if (note) slide.addNotes(note);
    boxes.push(placedBoxes(slide));
  });
  const faces = scriptFaces(lecture.language);
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  return tidyPackage(new Uint8Array(written), lecture.language, { bulletColour: look.accent, notesRtl: rtl, partXml: (part, xml) => {
      // Slides by number (slide3.xml is the third); layouts and masters hold the footer's text.
      const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(part)?.[1];
      return withScriptFaces(slide ? movePlaceholders(xml, boxes[Number(slide) - 1] ?? new Map()) : xml, faces);
    } });
}
