/**
 * Two mends to Marp's bespoke template (marp-cli 4.5) for screen readers, found by axe-core
 * (tests/outputs/deck-html/accessibility.test.ts). Marp makes the parts concerned as the page
 * runs, and no option of its reaches them, so a small script after Marp's own mends them:
 *
 * - frame-title (WCAG 4.1.2): the presenter view's preview of the next slide, and the
 *   overview (key O), are frames without a name; a screen reader announces "frame" and no
 *   more. Each is named as it appears, in the lecture's language.
 * - aria-hidden-focus (WCAG 4.1.2): in the overview every slide is shown, and is a stop for
 *   the Tab key, yet the slides but the current one keep the aria-hidden Marp gives slides
 *   that are out of sight in the slide view: a reader landing on one hears nothing. In the
 *   overview, slides are not hidden from readers.
 */

export interface FrameTitles {
  /** The presenter view's preview of the next slide. */
  nextSlide: string;
  /** The overview of every slide. */
  overview: string;
}

/** Marp's frames, by the classes its bespoke template gives them. */
const FRAMES = {
  nextSlide: 'iframe.bespoke-marp-presenter-next',
  overview: '.bespoke-marp-overview iframe',
} as const satisfies Record<keyof FrameTitles, string>;

// Kept as plain, readable JavaScript: it is what a teacher finds at the end of deck.html.
const SCRIPT = `(() => {
  const frames = FRAMES;
  const overview = document.body.dataset.bespokeView === 'overview';
  const mend = () => {
    for (const [selector, title] of frames) for (const frame of document.querySelectorAll(selector)) if (!frame.title) frame.title = title;
    if (overview) for (const slide of document.querySelectorAll('.bespoke-marp-slide[aria-hidden]')) slide.removeAttribute('aria-hidden');
  };
  mend();
  new MutationObserver(mend).observe(document.body, { childList: true, subtree: true, attributes: overview, attributeFilter: overview ? ['aria-hidden'] : undefined });
})();`;

export function withReaderMends(html: string, titles: FrameTitles): string {
  const frames = Object.entries(FRAMES).map(([key, selector]) => [selector, titles[key as keyof FrameTitles]]);
  // JSON is a JavaScript literal; "<" escaped so that no label can close the script.
  const data = JSON.stringify(frames).replace(/</g, '\\u003c');
  // A function, so that a "$&" in a label is not read as a replacement pattern.
  const script = `<script>${SCRIPT.replace('FRAMES', () => data)}</script>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + script : html.slice(0, end) + script + html.slice(end);
}
