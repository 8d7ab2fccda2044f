/**
 * KaTeX's stylesheet with its fonts inlined as data URLs, for a lecture with maths: the
 * deck and the handouts print maths offline, the same on every computer. Marp's own copy
 * of KaTeX's @font-face rules points at a CDN by default (katexFontPath): we ask for none
 * (katexFontPath: false leaves relative "fonts/…" addresses) and take those rules out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { lectureHasMaths } from './find-maths.js';

const require = createRequire(import.meta.url);
let css: string | undefined;

/**
 * A letter KaTeX's fonts lack (\text{سرعة}, \text{速度}) comes from the lecture's embedded
 * faces, not the computer's: every style rule's KaTeX family gets them after it (never a
 * @font-face rule, whose one family names the face it defines).
 */
function withOurFaces(css: string): string {
  return css
    .replace(/(^|\})([^{}@]+)\{([^{}]*)font-family:\s*(KaTeX_[\w-]+)/g, "$1$2{$3font-family:$4,'Source Sans 3'")
    .replace(/KaTeX_Main,\s*Times New Roman/g, "KaTeX_Main,'Source Sans 3',Times New Roman");
}

/** katex.min.css, each @font-face's sources replaced by its woff2 file as a data URL. */
function katexCss(): string {
  if (css === undefined) {
    const dist = path.dirname(require.resolve('katex/dist/katex.min.css'));
    const text = readFileSync(path.join(dist, 'katex.min.css'), 'utf8');
    css = text.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g, (_, name: string) => {
      const data = readFileSync(path.join(dist, 'fonts', `${name}.woff2`)).toString('base64');
      return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
    });
    css = withOurFaces(css);
  }
  return css;
}

/**
 * The timeline theme lays each event out as a grid of two cells, the date and the words;
 * maths in the words would be a grid cell of its own. With maths, the date floats beside
 * the words instead (only then, so that decks without maths stay as they were), on the
 * side the line starts: the right in Arabic or Hebrew.
 */
const TIMELINE = [
  // !important: the theme's own rules are scoped under Marp's containers, so they weigh more.
  'section.timeline li:has(.katex){display:flow-root!important;padding-inline-start:236px!important}',
  'section.timeline li:has(.katex)>strong:first-child{float:inline-start!important;width:180px!important;margin-inline-start:-236px!important}',
].join('\n');

/**
 * A formula reads left to right in a right-to-left line too ("E = mc²", never "²mc = E").
 * Letters KaTeX's fonts lack (\text{速度}, \text{скорость}) come from the lecture's own
 * embedded faces, never from whatever the computer has.
 */
const AROUND = '.katex{direction:ltr;unicode-bidi:isolate}';

/** The CSS a lecture's maths needs (KaTeX's, fonts embedded); empty when it has no maths. */
export function mathsCss(lecture: unknown): string {
  return lectureHasMaths(lecture) ? `${katexCss()}\n${AROUND}\n${TIMELINE}` : '';
}

// One @font-face rule whose sources are relative "fonts/KaTeX_…" files, minified or not.
const MARP_KATEX_FONT = /@font-face\s*\{[^}]*url\(['"]?fonts\/KaTeX_[^}]*\}\s*/g;

/** Marp's CSS without its KaTeX @font-face rules (mathsCss brings them, embedded), its KaTeX rules falling back on our faces. */
export function withoutMarpKatexFonts(marpCss: string): string {
  return marpCss.includes('fonts/KaTeX_') ? withOurFaces(marpCss.replace(MARP_KATEX_FONT, '')) : marpCss;
}
