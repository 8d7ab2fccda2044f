/**
 * Measured pagination (issue 12), in Chromium: a slide is split only when it must be, into
 * the fewest parts, evenly, and nothing is lost or cut off.
 */
import path from 'node:path';
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Bullet, Lecture, Slide } from '../../../src/load/lecture.js';
import { loadLecture } from '../../../src/load/load-lecture.js';
import type { FittedDeck } from '../../../src/make/deck/deck-inputs.js';
import { DECK_VIEWPORT, deckPrintHtml, findOverflowingSlides } from '../../../src/make/deck/deck-page.js';
import { startDeck } from '../../../src/make/deck/fit-deck.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';
import { planDeck, slideKey, type DeckSlide, type SlideDecision } from '../../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../../src/make/deck/render-deck.js';
import { embeddedFontCss } from '../../../src/make/fonts.js';
import { englishLabels } from '../../../src/make/labels.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { lectureImages } from '../../../src/pipeline/load-step.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();
const set = new TemplateSet();
const templates = loadDeckTemplates(set);
const fixtures = path.join(__dirname, '../../fixtures');
const LECTURES = ['../../content/mtcr.yaml', 'pagination/pagination.yaml', 'overlong.yaml', 'all-layouts/water-cycle.yaml', 'hindi/jal-chakra.yaml', 'pictures/pictures.yaml', 'scripts.yaml'];

function inputs(lecture: Lecture) {
  return {
    lecture,
    templates,
    labels: englishLabels(),
    themeCss: set.read(`themes/${lecture.theme}.css`).text,
    fontCss: embeddedFontCss(JSON.stringify(lecture)),
    images: lectureImages(lecture),
    browser,
    salt: 'test',
  };
}

const fitted = new Map<string, Promise<{ lecture: Lecture; deck: FittedDeck }>>();
/** The lecture's deck as a build fits it (once per file). */
function fit(file: string) {
  if (!fitted.has(file)) {
    fitted.set(
      file,
      (async () => {
        const lecture = loadLecture(path.resolve(fixtures, file));
        const work = startDeck(inputs(lecture), async () => ({ pdf: false, pictures: [] }));
        await work.printed;
        return { lecture, deck: await work.fitted };
      })(),
    );
  }
  return fitted.get(file)!;
}

/** The deck's content slides grouped by the source slide they show. */
function bySource(plan: DeckSlide[]) {
  const groups = new Map<string, { index: number; slide: DeckSlide }[]>();
  plan.forEach((slide, index) => {
    const key = slideKey(slide, index, plan);
    groups.set(key, [...(groups.get(key) ?? []), { index, slide }]);
  });
  return groups;
}

/** How far down each slide's content reaches, from the top of its frame, and the room it has. */
function fullness(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('div.marpit > section')].map((section) => {
      const frame = section.getBoundingClientRect();
      const style = getComputedStyle(section);
      const top = frame.top + parseFloat(style.paddingTop);
      let lowest = top;
      for (const el of section.querySelectorAll('*')) if (!el.closest('header, footer')) lowest = Math.max(lowest, el.getBoundingClientRect().bottom);
      return lowest - top;
    }),
  );
}

/** Renders slides and says which overflow. */
async function overflowing(lecture: Lecture, slides: DeckSlide[]): Promise<Set<number>> {
  const { themeCss, fontCss, images } = inputs(lecture);
  const html = deckPrintHtml(await renderMarp(renderDeckMarkdown(lecture, slides, templates), themeCss), fontCss, 'test');
  return browser.withDocument('deck', html, images, { viewport: DECK_VIEWPORT }, async (page) => new Set((await findOverflowingSlides(page)).map((o) => o.index)));
}

/** Every point, row, event and card a slide shows, as text. */
function texts(slide: Slide): string[] {
  const bullets = (list: Bullet[]): string[] => list.flatMap((b) => [b.text, ...bullets(b.children)]);
  return [
    ...bullets(slide.bullets ?? []),
    ...(slide.columns ?? []).flatMap((c) => bullets(c.bullets)),
    ...(slide.table?.rows ?? []).map((r) => r.join('|')),
    ...(slide.events ?? []).map((e) => e.what),
    ...(slide.facts ?? []).map((f) => f.value),
  ];
}

describe('measured pagination', () => {
  it('keeps whole what fits: nine one-line points under a long title, six facts, MTCR "Three ways…"', async () => {
    const { deck } = await fit('pagination/pagination.yaml');
    const titles = deck.plan.flatMap((s) => (s.kind === 'content' ? [s.slide.title] : []));
    for (const title of ['Nine one-line points under a heading of fifty-seven chars', 'Six facts']) {
      expect(titles.filter((t) => t.startsWith(title)), title).toEqual([title]);
    }
    const mtcr = (await fit('../../content/mtcr.yaml')).deck.plan;
    expect(mtcr.filter((s) => s.kind === 'content' && s.slide.title.startsWith('Three ways'))).toHaveLength(1);
  });

  it('puts MTCR on 26 slides or fewer', async () => {
    expect((await fit('../../content/mtcr.yaml')).deck.plan.length).toBeLessThanOrEqual(26);
  });

  it('splits a 1/3/6-point three-column compare into two slides with the same columns on both', async () => {
    const { deck } = await fit('pagination/pagination.yaml');
    const parts = deck.plan.filter((s) => s.kind === 'content' && s.slide.layout === 'compare');
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.kind === 'content' && p.slide.columns!.map((c) => c.heading)).toEqual(['One', 'Three', 'Six']);
  });

  it('never breaks a figure across two lines: "1,000,000" on a card of three stays on one line', async () => {
    const { deck, lecture } = await fit('pagination/pagination.yaml');
    const lines = await browser.withDocument('deck', deck.page, inputs(lecture).images, { viewport: DECK_VIEWPORT }, (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('section.facts li strong')].map((el) => ({
          text: el.textContent,
          lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
        })),
      ),
    );
    expect(lines.map((l) => l.text)).toContain('1,000,000');
    for (const figure of lines) expect(figure.lines, figure.text ?? '').toBe(1);
  });

  it('builds a 700-character takeaway, whole', async () => {
    const { deck, lecture } = await fit('pagination/pagination.yaml');
    const takeaways = deck.plan.filter((s) => s.kind === 'takeaways');
    expect(takeaways.flatMap((s) => (s.kind === 'takeaways' ? s.items : []))).toEqual(lecture.takeaways);
    // The long one sits whole on one slide, at most one type step smaller.
    const long = lecture.takeaways.find((t) => t.length >= 700)!;
    const holding = takeaways.filter((s) => s.kind === 'takeaways' && s.items.includes(long));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.fit).toBeLessThanOrEqual(1);
  });

  it('loses nothing, and leaves no point alone on a continuation of a slide of four or more', async () => {
    for (const file of LECTURES) {
      const { deck, lecture } = await fit(file);
      const sources = new Map(lecture.sections.flatMap((section, si) => section.slides.map((slide, sj) => [`${si}.${sj}` as string, slide] as const)));
      for (const [key, parts] of bySource(deck.plan)) {
        const source = sources.get(key);
        if (!source) continue;
        const shownSlides = parts.flatMap(({ slide }) => (slide.kind === 'content' ? [slide.slide] : []));
        // A compare slide's columns run on from part to part: read each column through.
        const shown =
          source.layout === 'compare'
            ? source.columns!.flatMap((_, c) => shownSlides.flatMap((s) => texts({ ...s, columns: [s.columns![c]!] })))
            : shownSlides.flatMap(texts);
        // A bullet resumed on a continuation shows its first words and "(cont.)": not a point of its own.
        const resumed = (t: string) => t.endsWith('(cont.)');
        expect(shown.filter((t) => !resumed(t)), `${file} ${source.title}`).toEqual(texts(source));
        const units = texts(source).length;
        if (parts.length > 1 && units >= 4) {
          for (const { slide } of parts.slice(1)) expect(slide.kind === 'content' && texts(slide.slide).filter((t) => !resumed(t)).length, `${file} ${source.title}`).toBeGreaterThan(1);
        }
      }
    }
  });

  it("loses nothing when a teacher's theme lays a list out otherwise (points in two columns, cards one under another)", async () => {
    const lecture = loadLecture(path.resolve(fixtures, 'pagination/pagination.yaml'));
    const points = Array.from({ length: 40 }, (_, i) => ({ text: `Point ${i + 1}`, children: [] }));
    const facts = Array.from({ length: 12 }, (_, i) => ({ value: `${i + 1}`, label: `fact ${i + 1}` }));
    const own: Lecture = {
      ...lecture,
      sections: [{ title: 'S', slides: [{ title: 'Forty points', layout: 'bullets', line: 1, bullets: points }, { title: 'Twelve facts', layout: 'facts', line: 2, facts }] }],
    };
    const themeCss = `${inputs(own).themeCss}\nsection.bullets > ul { columns: 2; }\nsection.facts ul { display: block; }\n`;
    const work = startDeck({ ...inputs(own), themeCss }, async () => ({ pdf: false, pictures: [] }));
    await work.printed;
    const shown = (await work.fitted).plan.flatMap((s) => (s.kind === 'content' ? texts(s.slide) : []));
    expect(shown.filter((t) => t.startsWith('Point '))).toEqual(points.map((p) => p.text));
    expect(shown.filter((t) => /^\d+$/.test(t))).toEqual(facts.map((f) => f.value));
  });

  it('splits only slides that overflow whole at both sizes, and no two neighbouring parts would fit together', async () => {
    for (const file of LECTURES) {
      const { deck, lecture } = await fit(file);
      // Each variant: the slide whole at size 0, at size 1, and each pair of neighbouring parts joined.
      const variants: { what: string; slides: DeckSlide[] }[] = [];
      for (const [key, decision] of deck.decisions) {
        if (decision.parts.length < 2) continue;
        // Split at normal size: only a part holding a single unit taller than a slide is set smaller.
        for (const part of decision.parts) if (part.size > 0) expect(part.ranges.reduce((n, [a, b]) => n + b - a, 0), `${file} ${key}`).toBe(1);
        const only = (d: SlideDecision) => {
          const plan = planDeck(lecture, { decisions: new Map([[key, d]]) });
          return plan.filter((s, i) => slideKey(s, i, plan) === key);
        };
        const all = decision.parts.map((p) => p.ranges);
        const whole = all[0]!.map((_, lane) => [all[0]![lane]![0], all.at(-1)![lane]![1]] as const);
        variants.push({ what: `${key} whole`, slides: only({ ...decision, parts: [{ ranges: whole, size: 0 }] }) });
        variants.push({ what: `${key} whole, smaller`, slides: only({ ...decision, parts: [{ ranges: whole, size: 1 }] }) });
        for (let j = 0; j + 1 < decision.parts.length; j++) {
          const joined = decision.parts[j]!.ranges.map((r, lane) => [r[0], decision.parts[j + 1]!.ranges[lane]![1]] as const);
          const parts = [...decision.parts.slice(0, j), { ranges: joined, size: 0 }, ...decision.parts.slice(j + 2)];
          const slides = only({ ...decision, parts });
          variants.push({ what: `${key} parts ${j + 1}+${j + 2} joined`, slides: parts.length === 1 ? slides : [slides[j]!] });
        }
      }
      if (variants.length === 0) continue;
      const flat = variants.flatMap((v) => v.slides.map((slide) => ({ what: v.what, slide })));
      const over = await overflowing(lecture, flat.map((f) => f.slide));
      for (const v of variants) expect(flat.some((f, i) => f.what === v.what && over.has(i)), `${file}: ${v.what} should overflow`).toBe(true);
    }
  }, 120_000);

  it('fills every part of a split slide at least half as full as its fullest part', async () => {
    for (const file of LECTURES) {
      const { deck, lecture } = await fit(file);
      const heights = await browser.withDocument('deck', deck.page, inputs(lecture).images, { viewport: DECK_VIEWPORT }, fullness);
      for (const [key, parts] of bySource(deck.plan)) {
        if (parts.length < 2) continue;
        const filled = parts.map(({ index }) => heights[index]!);
        expect(Math.min(...filled), `${file} ${key}: ${filled.map(Math.round).join(', ')}`).toBeGreaterThanOrEqual(Math.max(...filled) / 2);
      }
    }
  }, 120_000);
});
