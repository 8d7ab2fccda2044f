/**
 * The lecture's pictures as PowerPoint takes them: PNG, JPEG and GIF as they are; SVG, WebP
 * and the rest made PNG (PowerPoint 2016 and LibreOffice do not all read them); a photo
 * turned by its camera (EXIF orientation) turned as browsers show it, since PowerPoint ignores
 * that tag. With each, its size in pixels, to fit it on the slide without distortion.
 */
import { RenderError } from '../../errors.js';
import type { DeckSlide } from '../deck/plan-deck.js';
import type { PictureInfo } from './canvas.js';

const AS_IS = new Set(['png', 'jpeg', 'gif']);

export async function readPicture(data: Uint8Array): Promise<PictureInfo> {
  const { default: sharp } = await import('sharp');
  const bytes = Buffer.from(data);
  const meta = await sharp(bytes).metadata();
  const turned = (meta.orientation ?? 1) > 1;
  if (meta.format && AS_IS.has(meta.format) && !turned) {
    return { data: `image/${meta.format};base64,${bytes.toString('base64')}`, width: meta.width ?? 1, height: meta.height ?? 1 };
  }
  // SVG is drawn at twice its size, so that it stays sharp on a projector.
  const png = await sharp(bytes, meta.format === 'svg' ? { density: 144 } : {})
    .rotate()
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data: `image/png;base64,${png.data.toString('base64')}`, width: png.info.width, height: png.info.height };
}

/** A picture read from `file` (the logo, a slide's): one sharp cannot read is named, with what to do. */
export async function readPictureFile(file: string, read: (file: string) => Promise<Uint8Array>): Promise<PictureInfo> {
  const data = await read(file);
  try {
    return await readPicture(data);
  } catch (cause) {
    throw new RenderError(`${file} is not a picture Lectern can read (${(cause as Error).message}): open it in an image editor and save it again as .png or .jpg`, { file, cause });
  }
}

/** The pictures the deck's image slides show, by their path beside the outputs. */
export async function readPictures(plan: readonly DeckSlide[], images: ReadonlyMap<string, string>, read: (file: string) => Promise<Uint8Array>): Promise<Map<string, PictureInfo>> {
  const hrefs = new Set(plan.flatMap((s) => (s.kind === 'content' && s.slide.image ? [s.slide.image.href] : [])));
  const entries = await Promise.all(
    [...hrefs].flatMap((href) => {
      const file = images.get(href);
      return file ? [readPictureFile(file, read).then((info) => [href, info] as const)] : [];
    }),
  );
  return new Map(entries);
}
