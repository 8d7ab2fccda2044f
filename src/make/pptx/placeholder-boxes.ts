/**
 * Where each slide's placeholders go. pptxgenjs sets a placeholder where its slide master
 * has it, whatever the slide asks; the title slide's heading, though, moves with the length
 * of the course line and the subtitle, as the theme centres them. The boxes a slide's layout
 * chose are kept here while it is drawn, and written into the slide's XML afterwards.
 */
import type PptxGenJS from 'pptxgenjs';

type PptxSlide = PptxGenJS.default.Slide;

/** A box in the theme's pixels (canvas.ts draws in them). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const placed = new WeakMap<PptxSlide, Map<string, Box>>();

/** Notes where a slide's placeholder (`title`, `body`) should be. */
export function placeBox(slide: PptxSlide, placeholder: string, box: Box): void {
  const boxes = placed.get(slide) ?? new Map<string, Box>();
  boxes.set(placeholder, box);
  placed.set(slide, boxes);
}

export const placedBoxes = (slide: PptxSlide): ReadonlyMap<string, Box> => placed.get(slide) ?? new Map();

const EMU_PER_PX = 914400 / 96;

/** The slide's XML with each placeholder shape at the box its layout chose. */
export function movePlaceholders(xml: string, boxes: ReadonlyMap<string, Box>): string {
  if (boxes.size === 0) return xml;
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (shape) => {
    const type = /<p:ph\b[^>]*\btype="(\w+)"/.exec(shape)?.[1];
    const box = type ? boxes.get(type) : undefined;
    if (!box) return shape;
    const [x, y, cx, cy] = [box.x, box.y, box.w, box.h].map((v) => Math.round(v * EMU_PER_PX));
    return shape.replace(/<a:off x="\d+" y="\d+"\/><a:ext cx="\d+" cy="\d+"\/>/, `<a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/>`);
  });
}
