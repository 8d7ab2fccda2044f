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

/** katex.min.css, each @font-face's sources replaced by its woff2 file as a data URL. */
function katexCss(): string {
  if (css === undefined) {
    const dist = path.dirname(require.resolve('katex/dist/katex.min.css'));
    const text = readFileSync(path.join(dist, 'katex.min.css'), 'utf8');
    css = text.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g, (_, name: string) => {
      const data = readFileSync(path.join(dist, 'fonts', `${name}.woff2`)).toString('base64');
      return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
    });
  }
  return css;
}

/**
 * The timeline theme lays each event out as a grid of two cells, the date and the words;
 * maths in the words would be a grid cell of its own. With maths, the date floats beside
 * the words instead (only then, so that decks without maths stay as they were).
 */
const TIMELINE = [
  // !important: the theme's own rules are scoped under Marp's containers, so they weigh more.
  'section.timeline li:has(.katex){display:flow-root!important;padding-left:236px!important}',
  'section.timeline li:has(.katex)>strong:first-child{float:left!important;width:180px!important;margin-left:-236px!important}',
].join('\n');

/** The CSS a lecture's maths needs (KaTeX's, fonts embedded); empty when it has no maths. */
export function mathsCss(lecture: unknown): string {
  return lectureHasMaths(lecture) ? `${katexCss()}\n${TIMELINE}` : '';
}

// One @font-face rule whose sources are relative "fonts/KaTeX_…" files, minified or not.
const MARP_KATEX_FONT = /@font-face\s*\{[^}]*url\(['"]?fonts\/KaTeX_[^}]*\}\s*/g;

/** Marp's CSS without its KaTeX @font-face rules (mathsCss brings them, embedded). */
export function withoutMarpKatexFonts(marpCss: string): string {
  return marpCss.includes('fonts/KaTeX_') ? marpCss.replace(MARP_KATEX_FONT, '') : marpCss;
}
