/**
 * The lecture's logo as a handout page shows it, in the running header: an image in a page
 * margin box takes its natural size, so it is wrapped in a small SVG of the height the
 * header has room for, as wide as the logo's proportions make it.
 */
import { readFile } from 'node:fs/promises';
import { mimeType } from '../../mime.js';

// Small enough to stay clear of the paper's edge, where home printers cannot print.
const HEIGHT_MM = 5;
const MAX_WIDTH_MM = 35;

/** A CSS image, `url("data:…")`, for the `content` of a page margin box. */
export async function pageLogo(file: string): Promise<string> {
  const { default: sharp } = await import('sharp');
  const [data, meta] = await Promise.all([readFile(file), sharp(file).metadata()]);
  const ratio = meta.width && meta.height ? meta.width / meta.height : 1;
  const width = Math.min(MAX_WIDTH_MM, HEIGHT_MM * ratio);
  const image = `data:${mimeType(file)};base64,${data.toString('base64')}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width.toFixed(2)}mm" height="${HEIGHT_MM}mm">` +
    `<image width="100%" height="100%" preserveAspectRatio="xMinYMid meet" xlink:href="${image}"/></svg>`;
  return `url("data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}")`;
}
