/** deck-pictures.pptx's package: one full-bleed slide picture per slide, with the speaker notes. */
import type PptxGenJS from 'pptxgenjs';
import { traced } from '../../trace.js';
import { tidyPackage } from '../../make/pptx/tidy-package.js';

/** Starts loading what turns slide pictures into deck-pictures.pptx, while the browser is busy with other work. */
export function preloadPictureModules(): void {
  void import('pptxgenjs').catch(() => undefined);
  void import('sharp').catch(() => undefined);
  void import('jszip').catch(() => undefined);
}

/**
 * `descriptions` say what each slide is, for screen readers and PowerPoint's alt text;
 * `notes` are the speaker notes, as Marp keeps them.
 */
export async function buildPptx(images: Uint8Array[], notes: string[], descriptions: string[], meta: { title: string; author?: string; language?: string }): Promise<Uint8Array> {
  // pptxgenjs ships CommonJS typings; its constructor is the default export at run time.
  const Pptx = (await import('pptxgenjs')).default as unknown as typeof PptxGenJS.default;
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = meta.title;
  if (meta.author) pptx.author = meta.author;
  images.forEach((image, i) => {
    const slide = pptx.addSlide();
    slide.addImage({ data: `image/png;base64,${Buffer.from(image).toString('base64')}`, x: 0, y: 0, w: '100%', h: '100%', altText: descriptions[i] ?? '' });
    // The zero-width spaces that keep notes from being read as Marp directives (see marpNotes) are Marp's business only.
    const note = notes[i]?.replace(/\u200B/g, '');
    if (note) slide.addNotes(note);
  });
  const out = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  return traced('deck-pictures.pptx package', tidyPackage(new Uint8Array(out), meta.language));
}
