/**
 * Mends to Marp's bespoke template (marp-cli 4.5) for screen readers, found by axe-core and
 * by reading deck.html (tests/outputs/deck-html/accessibility.test.ts). No option of Marp's
 * reaches these parts, and most are made as the page runs, so the buttons in the HTML are
 * renamed here and a small script after Marp's own mends the rest as it appears:
 *
 * - frame-title (WCAG 4.1.2): the presenter view's preview of the next slide, and the
 *   overview (key O), are frames without a name; a screen reader announces "frame" and no more.
 * - aria-hidden-focus (WCAG 4.1.2): in the overview every slide is shown, and is a stop for
 *   the Tab key, yet all but the current one keep the aria-hidden Marp gives slides out of
 *   sight in the slide view: a reader landing on one hears nothing. In the overview they are
 *   not hidden from readers.
 * - Language of parts (WCAG 3.1.2): Marp names its buttons in English ("Next slide"), read
 *   with a French voice in a French deck. They are named in the lecture's language.
 */

/** What Marp's controls are called, in the lecture's language (labels deck*). */
export interface BespokeLabels {
  previousSlide: string;
  nextSlide: string;
  fullscreen: string;
  /** The overview of every slide (key O), and its frame. */
  overview: string;
  closeOverview: string;
  presenterView: string;
  notesSmaller: string;
  notesBigger: string;
  /** The presenter view's clock, and the time since the talk began. */
  clock: string;
  timer: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The buttons of the slide view's on-screen controller, by Marp's data-bespoke-marp-osc, with their keys. */
function controllerNames(l: BespokeLabels): Record<string, { name: string; key?: string }> {
  return {
    prev: { name: l.previousSlide },
    next: { name: l.nextSlide },
    fullscreen: { name: l.fullscreen, key: 'F' },
    overview: { name: l.overview, key: 'O' },
    presenter: { name: l.presenterView, key: 'P' },
  };
}

/** What the script names as it appears: [selector, name, whether the name is also the element's text]. */
function runtimeNames(l: BespokeLabels): [string, string, boolean][] {
  return [
    ['iframe.bespoke-marp-presenter-next', l.nextSlide, false],
    ['.bespoke-marp-overview iframe', l.overview, false],
    ['.bespoke-marp-presenter-info-page-prev', l.previousSlide, true],
    ['.bespoke-marp-presenter-info-page-next', l.nextSlide, true],
    ['.bespoke-marp-presenter-note-smaller', l.notesSmaller, true],
    ['.bespoke-marp-presenter-note-bigger', l.notesBigger, true],
    ['time.bespoke-marp-presenter-info-time', l.clock, false],
    ['time.bespoke-marp-presenter-info-timer', l.timer, false],
    ['.bespoke-marp-overview-close', l.closeOverview, true],
  ];
}

// Kept as plain, readable JavaScript: it is what a teacher finds at the end of deck.html.
const SCRIPT = `(() => {
  const [names, views] = DATA;
  const view = document.body.dataset.bespokeView;
  // Marp titles the presenter view's and the overview's windows "[Presenter view] - …", "[Overview] - …".
  if (views[view]) document.title = document.title.replace(/^\\[[^\\]]*\\]/, '[' + views[view] + ']');
  const mend = () => {
    for (const [selector, name, asText] of names) {
      for (const element of document.querySelectorAll(selector)) {
        if (element.title === name) continue;
        element.title = name;
        if (asText) element.textContent = name;
      }
    }
    if (view === 'overview') for (const slide of document.querySelectorAll('.bespoke-marp-slide[aria-hidden]')) slide.removeAttribute('aria-hidden');
  };
  mend();
  new MutationObserver(mend).observe(document.body, { childList: true, subtree: true, attributes: view === 'overview', attributeFilter: view === 'overview' ? ['aria-hidden'] : undefined });
})();`;

export function withReaderMends(html: string, labels: BespokeLabels): string {
  const osc = controllerNames(labels);
  const renamed = html.replace(/<button data-bespoke-marp-osc="(\w+)"([^>]*?) title="[^"]*">[^<]*<\/button>/g, (whole, kind: string, attributes: string) => {
    const button = osc[kind];
    if (!button) return whole;
    const title = button.key ? `${button.name} (${button.key})` : button.name;
    return `<button data-bespoke-marp-osc="${kind}"${attributes} title="${escapeHtml(title)}">${escapeHtml(button.name)}</button>`;
  });
  // JSON is a JavaScript literal; "<" escaped so that no label can close the script.
  const data = JSON.stringify([runtimeNames(labels), { presenter: labels.presenterView, overview: labels.overview }]).replace(/</g, '\\u003c');
  // A function, so that a "$&" in a label is not read as a replacement pattern.
  const script = `<script>${SCRIPT.replace('DATA', () => data)}</script>`;
  const end = renamed.lastIndexOf('</body>');
  return end < 0 ? renamed + script : renamed.slice(0, end) + script + renamed.slice(end);
}
