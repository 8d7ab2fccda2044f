/**
 * A heading that starts a printed page may have marks above its letters taller than its line
 * (the hamza of أ, Devanagari's vowel signs above the headline). Chromium paints what rises
 * above the line box at the foot of the page before: a stray mark under the last line there.
 * Printed with the real handout.css and embedded fonts, the heading pushed down a little at
 * a time across the page break: page 1 never shows a trace of it.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { embeddedFontCss } from '../../../src/make/fonts.js';
import { loadHandoutTemplates } from '../../../src/make/handouts/handout-templates.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();
const { stylesheet } = loadHandoutTemplates(new TemplateSet());
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-heading-marks-'));

/** The words pdftotext reads on page 1 of a page whose heading is pushed `push` px down. */
async function firstPageAfter(lang: string, dir: string, heading: string, bodyClass: string, tag: string, push: number): Promise<string> {
  const html = `<!doctype html><html lang="${lang}" dir="${dir}"><head><style>${embeddedFontCss(heading)}\n${stylesheet}\n@page { size: A4; margin: 20mm; }</style></head>
<body class="${bodyClass}"><div style="height: ${push}px"></div><${tag}>${heading}</${tag}><p>${heading}</p></body></html>`;
  const pdf = await browser.withDocument('heading', html, new Map(), {}, async (page) => {
    await page.evaluate(() => document.fonts.ready);
    return page.pdf({ preferCSSPageSize: true });
  });
  const file = path.join(out, `${lang}-${push}.pdf`);
  writeFileSync(file, pdf);
  // Without the direction marks pdftotext puts around right-to-left text.
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/[\s\u200e\u200f\u202a-\u202e]+/g, '');
}

describe('a heading at the top of a printed page', () => {
  it.each([
    ['ar', 'rtl', 'أين يوجد الماء', 'revision-sheet large-print', 'h2'],
    ['ar', 'rtl', 'أين يوجد الماء', 'revision-sheet', 'h3'],
    ['ar', 'rtl', 'أين يوجد الماء', 'quiz large-print', 'p'],
    ['hi', 'ltr', 'ऊर्जा की इकाई', 'revision-sheet large-print', 'h2'],
  ])('leaves no mark at the foot of the page before (%s, %s, "%s", %s, %s)', async (lang, dir, heading, bodyClass, tag) => {
    // The page holds 257 mm (971 px): from 900 px down, the heading no longer fits on page 1.
    const traces: string[] = [];
    let pushedOver = 0;
    for (let push = 880; push <= 968; push += 8) {
      const text = await firstPageAfter(lang, dir, heading, bodyClass, tag, push);
      // Still on page 1 (pdftotext may order a right-to-left heading's letters its own way).
      if ([...heading.replace(/\s+/g, '')].filter((ch) => !text.includes(ch)).length > 2) {
        pushedOver += 1;
        if (text !== '') traces.push(`${push}px: "${text}"`);
      }
    }
    expect(pushedOver).toBeGreaterThan(3);
    expect(traces).toEqual([]);
  });
});
