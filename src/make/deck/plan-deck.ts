/**
 * Decides the slides of the deck: title, objectives, a divider per section, the content
 * slides (in parts, "(cont.)", where a decision from measuring says so), takeaways and
 * closing. Without decisions every slide is whole at normal size: the deck as measured.
 */
import type { Lecture, Slide } from '../../load/lecture.js';
import { englishLabels, fill, type Labels } from '../labels.js';
import type { Range } from './choose-parts.js';
import { partSlides, resumedText } from './part-slide.js';

export type DeckSlide =
  | { kind: 'title'; fit: number }
  | { kind: 'objectives'; items: string[]; part: number; parts: number; fit: number }
  | { kind: 'divider'; number: number; title: string; fit: number }
  | {
      kind: 'content';
      key: string;
      part: number;
      parts: number;
      slide: Slide;
      section: string;
      /** 0 for normal type; 1–3 set the slide's text smaller (see choose-parts.ts). */
      fit: number;
    }
  | { kind: 'takeaways'; items: string[]; part: number; parts: number; fit: number }
  | { kind: 'closing'; fit: number };

/** How one source slide is shown: its parts, each a range of the lecture's units per lane, at a type size; one part is the slide whole. */
export interface SlideDecision {
  parts: { ranges: Range[]; size: number }[];
}

export interface PlanOptions {
  /** Decisions by slide key (see slideKey); a slide without one is whole at normal size. */
  decisions?: ReadonlyMap<string, SlideDecision>;
  /** The labels of the lecture's language (for "(cont.)"); English when absent. */
  labels?: Labels;
}

/** The key a slide's decision is kept under: "title", "objectives", "divider.0", "0.2" (section.slide), … */
export function slideKey(slide: DeckSlide, index: number, plan: readonly DeckSlide[]): string {
  switch (slide.kind) {
    case 'content':
      return slide.key;
    case 'divider':
      return `divider.${plan.slice(0, index).filter((s) => s.kind === 'divider').length}`;
    default:
      return slide.kind;
  }
}

export function planDeck(lecture: Lecture, options: PlanOptions = {}): DeckSlide[] {
  const labels = options.labels ?? englishLabels();
  const cont = (title: string) => fill(labels.continued, { title });
  const resume = (text: string, lanes: number) => cont(resumedText(text, lanes));
  const size = (key: string) => options.decisions?.get(key)?.parts[0]?.size ?? 0;
  const slides: DeckSlide[] = [{ kind: 'title', fit: size('title') }];
  const listSlides = (kind: 'objectives' | 'takeaways', items: string[]) => {
    if (items.length === 0) return;
    const parts = options.decisions?.get(kind)?.parts ?? [{ ranges: [[0, items.length] as const], size: 0 }];
    parts.forEach((part, i) => {
      const [from, to] = parts.length > 1 ? part.ranges[0]! : [0, items.length];
      slides.push({ kind, items: items.slice(from, to), part: i + 1, parts: parts.length, fit: part.size });
    });
  };
  listSlides('objectives', lecture.objectives);
  lecture.sections.forEach((section, si) => {
    slides.push({ kind: 'divider', number: si + 1, title: section.title, fit: size(`divider.${si}`) });
    section.slides.forEach((slide, sj) => {
      const key = `${si}.${sj}`;
      const decision = options.decisions?.get(key);
      const parts = decision && decision.parts.length > 1 ? partSlides(slide, decision.parts.map((p) => ({ ...p, height: 0 })), resume) : [slide];
      parts.forEach((part, i) =>
        slides.push({
          kind: 'content',
          key,
          part: i + 1,
          parts: parts.length,
          section: section.title,
          fit: decision?.parts[i]!.size ?? 0,
          slide: i === 0 ? part : { ...part, title: cont(slide.title) },
        }),
      );
    });
  });
  listSlides('takeaways', lecture.takeaways);
  slides.push({ kind: 'closing', fit: size('closing') });
  return slides;
}
