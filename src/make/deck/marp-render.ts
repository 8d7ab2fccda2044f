/** Marp Markdown → slide HTML and CSS, with Marp Core, for printing the PDF and PowerPoint. */
import type { Marp as MarpType } from '@marp-team/marp-core';
import { katex, KATEX_OPTIONS } from '../maths/katex.js';
import { withoutMarpKatexFonts } from '../maths/maths-css.js';

// Marp Core takes a third of a second to load: only builds that render slides pay for it.
let marpClass: typeof MarpType | undefined;
async function Marp(): Promise<typeof MarpType> {
  marpClass ??= (await import('@marp-team/marp-core')).Marp;
  return marpClass;
}

/**
 * Deck Markdown with maths needs chemistry (\ce) registered on the KaTeX that Marp Core
 * uses before it renders. Every "$" that is not maths is escaped ("\$"), so a deck with
 * no dollar at all has no maths.
 */
export function prepareMaths(markdown: string): void {
  if (markdown.includes('$')) katex();
}

/**
 * Options shared with deck.html (see deck-html.ts): content is text, so HTML stays off;
 * emoji would be fetched from a CDN, so it stays off too; a web address in text stays
 * text, as in the handouts (lecture-markdown.ts), so no linkify. Maths is KaTeX, as in the
 * handouts, with no font addresses: a CDN is never used (maths-css.ts embeds the fonts).
 * Only "$" that our reader reads as maths reaches Marp unescaped (marp-text.ts).
 */
export const MARP_OPTIONS = {
  html: false,
  math: { lib: 'katex', katexFontPath: false, katexOption: KATEX_OPTIONS },
  emoji: { shortcode: false, unicode: false },
  script: false,
  markdown: { linkify: false },
} as const;

export interface MarpOutput {
  html: string;
  css: string;
  /** Presenter notes per slide. */
  notes: string[];
}

/**
 * Marp's HTML with each image's title made its alt text (see marpImageTitle): markdown-it
 * writes `<img src="…" alt="" title="…">`, the title already escaped for an attribute.
 */
export function altFromTitle(html: string): string {
  return html.replace(/<img src="([^"]*)" alt="" title="([^"]*)"/g, '<img src="$1" alt="$2"');
}

export async function renderMarp(markdown: string, themeCss: string): Promise<MarpOutput> {
  const marp = new (await Marp())({ ...MARP_OPTIONS, inlineSVG: false, minifyCSS: false });
  marp.themeSet.add(themeCss);
  prepareMaths(markdown);
  const { html, css: marpCss, comments } = marp.render(markdown);
  const css = withoutMarpKatexFonts(marpCss);
  return { html: altFromTitle(html), css, notes: comments.map((c) => c.join('\n\n')) };
}

export interface MarpSlides {
  css: string;
  /** One self-contained <svg> per slide, which scales to whatever box holds it. */
  slides: string[];
}

/**
 * The slides as scalable SVG pictures for handouts: Marp's inline-SVG mode wraps each
 * slide in an <svg viewBox="0 0 1280 720">, so a thumbnail is the real slide, printed as
 * vectors with selectable text. Each needs a <div class="marpit"> around it for the CSS.
 */
export async function renderMarpSlides(markdown: string, themeCss: string): Promise<MarpSlides> {
  const marp = new (await Marp())({ ...MARP_OPTIONS, inlineSVG: true, minifyCSS: true });
  marp.themeSet.add(themeCss);
  prepareMaths(markdown);
  const { html, css: marpCss } = marp.render(markdown);
  const css = withoutMarpKatexFonts(marpCss);
  const inner = altFromTitle(html).replace(/^<div class="marpit">/, '').replace(/<\/div>\s*$/, '');
  const slides = inner.split(/(?=<svg data-marpit-svg)/).filter((s) => s.startsWith('<svg'));
  return { css, slides };
}
