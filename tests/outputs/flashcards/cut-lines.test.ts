/**
 * The flashcards' cut lines, laid out in Chromium as they print: each line once. (Fronts once
 * showed a second dashed line a few millimetres under the last row.)
 */
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { embeddedFontCss } from '../../../src/make/fonts.js';
import { loadHandoutTemplates } from '../../../src/make/handouts/handout-templates.js';
import { englishLabels } from '../../../src/make/labels.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { flashcardsView } from '../../../src/outputs/flashcards/view.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();

interface Edge {
  vertical: boolean;
  at: number;
  from: number;
  to: number;
}

describe('flashcard cut lines', () => {
  it('are each drawn once: no two dashed lines run side by side', async () => {
    const templates = loadHandoutTemplates(new TemplateSet());
    const lecture = loadLecture('content/mtcr.yaml');
    const html = templates.render('flashcards', flashcardsView({ lecture, fontCss: embeddedFontCss(), stylesheet: templates.stylesheet, labels: englishLabels() }));
    const edges = await browser.withDocument('flashcards', html, new Map(), {}, async (page) => {
      await page.emulateMediaType('print');
      // Every dashed border or outline of the first sheet of fronts, as a line on the page.
      return page.$eval('section.sheet', (sheet) =>
        [sheet, ...sheet.querySelectorAll('*')].flatMap((el) => {
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          const lines: Edge[] = [];
          const side = (style: string, width: string, line: Edge) => style === 'dashed' && parseFloat(width) > 0 && lines.push(line);
          side(s.borderTopStyle, s.borderTopWidth, { vertical: false, at: r.top, from: r.left, to: r.right });
          side(s.borderBottomStyle, s.borderBottomWidth, { vertical: false, at: r.bottom, from: r.left, to: r.right });
          side(s.borderLeftStyle, s.borderLeftWidth, { vertical: true, at: r.left, from: r.top, to: r.bottom });
          side(s.borderRightStyle, s.borderRightWidth, { vertical: true, at: r.right, from: r.top, to: r.bottom });
          if (s.outlineStyle === 'dashed' && parseFloat(s.outlineWidth) > 0) {
            lines.push({ vertical: false, at: r.top, from: r.left, to: r.right }, { vertical: false, at: r.bottom, from: r.left, to: r.right });
            lines.push({ vertical: true, at: r.left, from: r.top, to: r.bottom }, { vertical: true, at: r.right, from: r.top, to: r.bottom });
          }
          return lines;
        }),
      );
    });
    // 96 CSS px to the inch: 3 mm is about 11 px.
    const near = edges.flatMap((a, i) =>
      edges.slice(i + 1).filter((b) => a.vertical === b.vertical && Math.abs(a.at - b.at) < 11 && Math.min(a.to, b.to) - Math.max(a.from, b.from) > 1).map((b) => [a, b]),
    );
    expect(edges.length).toBeGreaterThanOrEqual(10); // the sheet's four edges, and the lines between the cards
    expect(near).toEqual([]);
  });
});
