/**
 * What every output of a lecture may read (MakeContext), from the loaded lecture and the
 * build's shared parts: the one place a build and `lectern check-accessibility` make it.
 */
import { printSalt } from '../decide/fingerprints.js';
import type { PictureStore } from '../decide/picture-store.js';
import type { LectureEntry } from '../course/find-lectures.js';
import { embeddedFontCss } from '../make/fonts.js';
import { mathsCss } from '../make/maths/maths-css.js';
import type { MakeContext } from '../outputs/output-kind.js';
import { LECTERN_VERSION } from '../version.js';
import type { BuildContext } from './context.js';
import { readHeldImage } from './images-held.js';
import type { LoadedLecture } from './load-step.js';

export function lectureMakeContext(entry: LectureEntry, loaded: LoadedLecture, ctx: BuildContext, pictures: PictureStore): MakeContext {
  const { lecture, images } = loaded;
  const labels = ctx.labelsFor(lecture.language).labels;
  return {
    lecture,
    outPath: entry.outPath,
    images,
    labels,
    themeCss: loaded.themeCss,
    // The labels are printed too: a Chinese label needs its characters embedded even where the
    // lecture lacks them. KaTeX's stylesheet and fonts join only when the lecture has maths.
    // The answer keys' sign is left out: only the keys print it, and they add its face (glyphFontCss).
    fontCss: [embeddedFontCss(JSON.stringify(lecture) + JSON.stringify({ ...labels, correctMark: '' })), mathsCss(lecture)].filter(Boolean).join('\n'),
    deckTemplates: ctx.deckTemplates,
    handoutTemplates: ctx.handoutTemplates,
    browser: ctx.browser,
    salt: printSalt(LECTERN_VERSION, [...images.values()]),
    pictures,
    readImage: (file) => readHeldImage(lecture, file),
  };
}
