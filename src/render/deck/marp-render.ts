/** Marp Markdown → slide HTML and CSS, with Marp Core, for printing the PDF and PowerPoint. */
import { Marp } from '@marp-team/marp-core';

/**
 * Options shared with deck.html (see deck-html.ts): content is text, so HTML stays off;
 * emoji would be fetched from a CDN and "$" would start maths, so both stay off too.
 */
export const MARP_OPTIONS = {
  html: false,
  math: false,
  emoji: { shortcode: false, unicode: false },
  script: false,
} as const;

export interface MarpOutput {
  html: string;
  css: string;
  /** Presenter notes per slide. */
  notes: string[];
}

export function renderMarp(markdown: string, themeCss: string): MarpOutput {
  const marp = new Marp({ ...MARP_OPTIONS, inlineSVG: false, minifyCSS: false });
  marp.themeSet.add(themeCss);
  const { html, css, comments } = marp.render(markdown);
  return { html, css, notes: comments.map((c) => c.join('\n\n')) };
}
