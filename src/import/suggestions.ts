/**
 * What an imported slide could become, offered as comments and never made silently: years
 * in its points suggest a timeline, figures with a unit suggest fact cards.
 */
import type { DraftPoint, DraftSlide } from './draft.js';

const YEAR = /(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,])/g;
const FIGURE = /(?<![\w,.])(\d[\d,.]*\s?(?:%|per ?cent|kg|km|m|cm|mm|g|t|tonnes|°C|million|billion|members|countries|subscribers|people|years|days))(?!\w)/gi;

const allPoints = (points: readonly DraftPoint[]): DraftPoint[] => points.flatMap((p) => [p, ...allPoints(p.children)]);
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

export function suggest(slide: DraftSlide): string[] {
  const texts = [...allPoints(slide.points), ...(slide.columns ?? []).flatMap((c) => allPoints(c.points))].map((p) => p.text);
  const years = texts.flatMap((t) => [...t.matchAll(YEAR)].map((m) => `${m[1]}: ${short(t)}`));
  const figures = [...new Set(texts.flatMap((t) => [...t.matchAll(FIGURE)].map((m) => m[1]!.replace(/\s+/g, ' '))))];
  const out: string[] = [];
  if (new Set(years.map((y) => y.slice(0, 4))).size >= 2) out.push(`these years could be a timeline slide (layout: timeline, events: when/what): ${years.join(' | ')}`);
  if (figures.length >= 2) out.push(`these figures could be fact cards (layout: facts, facts: value/label): ${figures.join(', ')}`);
  return out;
}
