/**
 * Checks what a lecture points at: images must be files inside the lecture's folder, and
 * nothing may be fetched from the web while building.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_EXTENSIONS } from '../mime.js';
import { isInside as inside } from '../paths.js';

/** The image file a slide names, or what is wrong with the reference. */
export function resolveImage(ref: string, dir: string): { file: string } | { problem: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) {
    return { problem: `image "${ref}" is a web address; Lectern never downloads while building — save the image in the lecture's folder and write its file name, e.g. image: picture.png` };
  }
  if (path.isAbsolute(ref) || /^[a-z]:[\\/]/i.test(ref)) {
    return { problem: `image "${ref}" is an absolute path; keep the image in the lecture's folder and write its name relative to the lecture file, e.g. image: picture.png` };
  }
  const file = path.resolve(dir, ref);
  if (!inside(dir, file)) {
    return { problem: `image "${ref}" is outside the lecture's folder; copy it into the folder (or a folder inside it) and write that path` };
  }
  if (!existsSync(file)) {
    return { problem: `image "${ref}" not found (looked for ${file}); put the image beside the lecture file or fix the path` };
  }
  if (!inside(realpathSync(dir), realpathSync(file))) {
    return { problem: `image "${ref}" is a link to a file outside the lecture's folder; copy the file itself into the folder` };
  }
  if (!statSync(file).isFile() || !IMAGE_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    return { problem: `"${ref}" is not an image Lectern can show; use a .png, .jpg, .gif, .svg or .webp file` };
  }
  return { file };
}

/** What is wrong with a piece of text, if anything: images belong on image slides, never fetched from the web. */
export function textProblem(text: string): string | undefined {
  const image = text.match(/!\[[^\]]*\]\(\s*<?([^)\s>]*)/);
  if (!image) return undefined;
  const target = image[1] ?? '';
  return /^[a-z][a-z0-9+.-]*:/i.test(target)
    ? `"![…](${target})" would show an image from the web, and Lectern never downloads while building; save the image beside the lecture and put it on an image slide (layout: image, image: picture.png)`
    : `"![…](${target})" puts an image inside text, which is not shown; put it on its own slide: layout: image, image: ${target || 'picture.png'}`;
}
