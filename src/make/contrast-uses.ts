/**
 * Where a theme puts text or a key graphic on a background, as selectors of
 * templates/themes/lectern.css (a teacher's theme is a copy of it, or imports it, so it
 * names the same elements). Each selector chain lists the element's own rule first, then
 * those it inherits its colour or sits on: the first that sets the property gives it.
 *
 * How big the text is decides its minimum: WCAG's large text is 24 px, or 18.66 px bold.
 * Slide text that Lectern may set smaller to fit (fit-3: body 19 px) counts at its smallest.
 */
export type Need = 'text' | 'large text' | 'graphic';

export interface ColourUse {
  usedFor: string;
  need: Need;
  /** The element drawn in the colour, then what it inherits from. */
  of: readonly string[];
  /** What it is drawn on: its own background first, then what is beneath. */
  on: readonly string[];
  /** The properties that draw it, for a graphic (a border, a filled shape); text: color. */
  drawnWith?: readonly string[];
}

/** handout.css's rule for the slide inside a thumbnail, which prints dark slides light. */
export const PRINTED_SLIDE_SCOPE = '.thumb.marpit > svg > foreignObject > section';

const S = ['section'];
const on = (...chain: string[]) => [...chain, ...S];
const text = (usedFor: string, of: string[], bg: string[] = [], need: Need = 'text'): ColourUse => ({ usedFor, need, of: [...of, ...bg, ...S], on: on(...bg) });
const large = (usedFor: string, of: string[], bg: string[] = []) => text(usedFor, of, bg, 'large text');
const graphic = (usedFor: string, of: string[], drawnWith: string[], bg: string[] = []): ColourUse => ({ usedFor, need: 'graphic', of, on: on(...bg), drawnWith });

const TITLE = ['section.title'];
const DIVIDER = ['section.divider'];
const CLOSING = ['section.closing'];
const BORDER_START = ['border-inline-start', 'border-left', 'border'];

export const SLIDE_USES: readonly ColourUse[] = [
  text('body text', ['p', 'li']),
  large('slide titles', ['h2', 'h1']),
  text('key terms and bold text', ['strong']),
  text('italic text', ['em']),
  text('links', ['a']),
  graphic('list bullets and numbers', ['li::marker'], ['color']),
  graphic('rule under slide titles', ['h2'], ['border-bottom', 'border']),
  text('footer', ['footer']),
  text('slide number', ['section[data-marpit-pagination]::after']),
  text('inline code', ['code'], ['code']),
  text('code blocks', ['section pre'], ['section pre']),
  ...(
    [
      ['comments', 'section .hljs-comment'],
      ['keywords', 'section .hljs-keyword'],
      ['strings', 'section .hljs-string'],
      ['numbers', 'section .hljs-number'],
      ['function names', 'section .hljs-title'],
      ['types and built-ins', 'section .hljs-built_in'],
      ['tags and meta', 'section .hljs-meta'],
    ] as const
  ).map(([what, selector]) => text(`code blocks: ${what}`, [selector, 'section pre'], ['section pre'])),

  large('title slide: title', ['section.title h1', 'h1'], TITLE),
  large('title slide: course line', ['section.title > p:first-of-type', 'section.title p'], TITLE),
  large('title slide: subtitle', ['section.title p'], TITLE),
  large('title slide: byline', ['section.title strong', 'section.title p'], TITLE),

  large('section divider: "Part" label', ['section.divider > p:first-of-type'], DIVIDER),
  large('section divider: title', ['section.divider h1', 'h1'], DIVIDER),
  text('section divider: footer', ['section.divider footer', 'footer'], DIVIDER),
  text('section divider: slide number', ['section.divider::after', 'section[data-marpit-pagination]::after'], DIVIDER),

  large('closing slide: heading', ['section.closing h1', 'h1'], CLOSING),
  large('closing slide: "Next lecture" label', ['section.closing > h1 + p'], CLOSING),
  large('closing slide: next lecture', ['section.closing h2', 'h2'], CLOSING),

  large('objectives: numbers in their circles', ['section.objectives ol li::before'], ['section.objectives ol li::before']),
  graphic('objectives: number circles', ['section.objectives ol li::before'], ['background', 'background-color']),
  graphic('takeaways: bar beside each', ['section.takeaways li'], BORDER_START),

  large('facts: figures', ['section.facts li strong', 'strong', 'section.facts li'], ['section.facts li']),
  text('facts: labels', ['section.facts li'], ['section.facts li']),
  graphic('facts: card rule', ['section.facts li'], ['border-top', 'border'], []),

  graphic('timeline: marks', ['section.timeline li::before'], ['background', 'background-color']),
  text('timeline: dates', ['section.timeline li strong', 'strong']),

  large('compare: column headings', ['section.compare > h3', 'h3'], ['section.compare > h3']),
  text('compare: column text', ['section.compare > ul'], ['section.compare > ul']),
  text('compare: key terms in a column', ['strong'], ['section.compare > ul']),

  text('quote', ['section.quote blockquote']),
  graphic('quote: rule beside it', ['section.quote blockquote'], BORDER_START),
  text('quote: who said it', ['section.quote blockquote + p']),

  text('image caption', ['section.image p:not(:has(img))']),

  text('table: header row', ['section.table th'], ['section.table th']),
  text('table: cells', ['section.table td'], ['section.table td']),
  text('table: striped rows', ['section.table tr:nth-child(even) td'], ['section.table tr:nth-child(even) td', 'section.table td']),
  text('table: key terms in a striped row', ['strong'], ['section.table tr:nth-child(even) td', 'section.table td']),
  text('table: note under it', ['section.table table + p']),
];

const PAGE = ['body'];
const htext = (usedFor: string, of: string[], bg: string[] = [], need: Need = 'text'): ColourUse => ({ usedFor, need, of: [...of, ...bg, ...PAGE], on: [...bg, ...PAGE] });
const hgraphic = (usedFor: string, of: string[], drawnWith: string[], bg: string[] = []): ColourUse => ({ usedFor, need: 'graphic', of, on: [...bg, ...PAGE], drawnWith });
const BORDER = ['border-bottom', 'border', 'border-color'];

export const HANDOUT_USES: readonly ColourUse[] = [
  htext('text', ['p']),
  htext('key terms and bold text', ['.key-term', 'strong']),
  htext('links', ['a']),
  htext('running header', ['@top-left']),
  htext('running header: handout name', ['@top-right']),
  htext('footer', ['@bottom-left']),
  htext('page numbers', ['@bottom-right']),
  htext('lecture details under the title', ['.doc-head .meta']),
  hgraphic('rule under headings', ['h2'], BORDER),
  hgraphic('name and date lines', ['.student-line .fill'], BORDER),
  hgraphic('lines to write on', ['.rule'], BORDER),
  hgraphic('blanks to fill in', ['.blank'], BORDER),
  hgraphic('tick boxes', ['.box'], BORDER),
  hgraphic('word bank frame', ['.word-bank'], BORDER),
  hgraphic('slide picture frame', ['.thumb'], BORDER),
  hgraphic('flashcard cut lines', ['.card'], ['border-bottom', 'border-inline-end', 'border']),
  htext('answer key: explanations', ['.explain']),
  htext('speaker notes: slide label', ['.speaker-notes .slide-label']),
  htext('speaker notes: "no notes"', ['.speaker-notes .none']),
  htext('flashcards: card number', ['.card-number']),
  htext('revision sheet: table header', ['.revision-sheet th'], ['.revision-sheet th']),
  hgraphic('revision sheet: table rules', ['.revision-sheet td'], ['border']),
  htext('code blocks', ['pre'], ['pre']),
  ...(
    [
      ['comments', '.hljs-comment'],
      ['keywords', '.hljs-keyword'],
      ['strings', '.hljs-string'],
      ['numbers', '.hljs-number'],
      ['function names', '.hljs-title'],
      ['types and built-ins', '.hljs-built_in'],
      ['tags and meta', '.hljs-meta'],
    ] as const
  ).map(([what, selector]) => htext(`code blocks: ${what}`, [selector], ['pre'])),
];
