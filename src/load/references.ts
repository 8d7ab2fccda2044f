/**
 * Checks what a lecture points at: images must be files inside the lecture's folder, or
 * inside its course's folder (the one holding its course.yaml), and nothing may be fetched
 * from the web while building.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_EXTENSIONS } from '../mime.js';
import type { ImageRef } from './lecture.js';
import { isInside as inside } from '../paths.js';
import { quoted } from '../problems/problem.js';


/**
 * The image file a slide names (relative to the lecture's folder `dir`), or what is wrong
 * with the reference. `root` is the folder images may come from: the course's, or the
 * lecture's own when it is in no course.
 */
export function resolveImage(ref: string, dir: string, root: string = dir): ImageRef | { problem: string } {
  const allowed = root === dir ? "the lecture's folder" : `the course's folder (${root})`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) {
    return { problem: `image ${quoted(ref, 120)} is a web address; Lectern never downloads while building — save the image in the lecture's folder and write its file name, e.g. image: picture.png` };
  }
  if (path.isAbsolute(ref) || /^[a-z]:[\\/]/i.test(ref)) {
    return { problem: `image ${quoted(ref, 120)} is an absolute path; keep the image in the lecture's folder and write its name relative to the lecture file, e.g. image: picture.png` };
  }
  const file = path.resolve(dir, ref);
  if (!inside(root, file)) {
    return { problem: `image ${quoted(ref, 120)} is outside ${allowed}; copy it into the folder (or a folder inside it) and write that path` };
  }
  if (!existsSync(file)) {
    const meant = sameNameOtherCapitals(file);
    if (meant) return { problem: `image ${quoted(ref, 120)} not found, but ${quoted(meant)} is: capitals count in file names; write image: ${path.join(path.dirname(ref), meant).split(path.sep).join('/')}` };
    return { problem: `image ${quoted(ref, 120)} not found (looked for ${quoted(file, 160)}); put the image there or fix the path` };
  }
  if (!inside(realpathSync(root), realpathSync(file))) {
    return { problem: `image ${quoted(ref, 120)} is a link to a file outside ${allowed}; copy the file itself into the folder` };
  }
  if (statSync(file).isDirectory()) {
    return { problem: `image ${quoted(ref, 120)} is a folder, not a picture; write the path of a picture file in it, e.g. image: ${ref.replace(/[\\/]+$/, '')}/picture.png` };
  }
  if (!statSync(file).isFile() || !IMAGE_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    return { problem: `${quoted(ref, 120)} is not an image Lectern can show; use a .png, .jpg, .gif, .svg or .webp file` };
  }
  const notPicture = pictureProblem(file);
  if (notPicture) return { problem: `image ${quoted(ref, 120)} ${notPicture}` };
  // An image of the course's own is copied apart, so it never meets one of the lecture's of the same name.
  // A lecture's own folder starting with "_" takes one more, so that its "_course/x.png" is not the course's.
  const own = path.relative(dir, file);
  const href = inside(dir, file) ? (own.startsWith('_') ? `_${own}` : own) : path.join('_course', path.relative(root, file));
  return { file, href: `images/${href.split(path.sep).join('/')}` };
}

/** A file of the same name but for capitals, in the folder `file` would be in. */
function sameNameOtherCapitals(file: string): string | undefined {
  const name = path.basename(file).toLowerCase();
  try {
    return readdirSync(path.dirname(file)).find((entry) => entry.toLowerCase() === name);
  } catch {
    return undefined;
  }
}

/**
 * Why a file named as a picture holds none, read from its first bytes: empty, a web page
 * saved instead of its picture, or anything else that is no PNG, JPEG, GIF, WebP or SVG.
 * Told here, at the slide's line, rather than when a build meets it, with no line.
 */
function pictureProblem(file: string): string | undefined {
  const ascii = firstBytes(file, 4096);
  if (ascii.length === 0) return 'is an empty file (0 bytes); save the picture again, or copy it in again';
  const raster = ascii.startsWith('\x89PNG') || ascii.startsWith('\xFF\xD8\xFF') || ascii.startsWith('GIF8') || (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP');
  if (raster || SVG_START.test(ascii)) return undefined;
  if (/^\s*<(!doctype html|html)/i.test(ascii)) return 'is a web page, not a picture (a browser saved the page around the picture); open the picture itself and save that';
  // An SVG may open with a long licence comment or DOCTYPE before its <svg>: XML is read on to it.
  if (/^(\xEF\xBB\xBF)?\s*<[?!]/.test(ascii) && SVG_START.test(firstBytes(file, SVG_PRELUDE_MOST))) return undefined;
  return 'is not a picture: it holds no PNG, JPEG, GIF, WebP or SVG image; open it in an image editor and save it as .png or .jpg';
}

// "<svg …>", or with a namespace prefix, "<svg:svg …>".
const SVG_START = /<(\w+:)?svg[\s>]/i;
// How far into an XML file its <svg> is looked for: past any comment a picture would open with.
const SVG_PRELUDE_MOST = 1024 * 1024;

/** The first `most` bytes of a file, one character a byte. */
function firstBytes(file: string, most: number): string {
  const head = Buffer.alloc(Math.min(most, statSync(file).size));
  const fd = openSync(file, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** What is wrong with a piece of text, if anything: images belong on image slides, never fetched from the web. */
export function textProblem(text: string): string | undefined {
  // Text is what a reader sees: a control character (NUL, an escape that would colour a
  // terminal, …) has no place in it. Tabs and line breaks are text.
  const control = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  if (control) return `the text holds a control character (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which no slide or page can show; delete it`;
  const image = text.match(/!\[[^\]]*\]\(\s*<?([^)\s>]*)/);
  if (!image) return undefined;
  const target = image[1] ?? '';
  return /^[a-z][a-z0-9+.-]*:/i.test(target)
    ? `"![…](${target})" would show an image from the web, and Lectern never downloads while building; save the image beside the lecture and put it on an image slide (layout: image, image: picture.png)`
    : `"![…](${target})" puts an image inside text, which is not shown; put it on its own slide: layout: image, image: ${target || 'picture.png'}`;
}
