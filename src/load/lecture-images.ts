import type { Lecture } from './lecture.js';

/** The images a lecture shows: where each sits beside the outputs → its file on disk. */
export function lectureImages(lecture: Lecture): Map<string, string> {
  const images = new Map<string, string>();
  for (const section of lecture.sections) for (const slide of section.slides) if (slide.image) images.set(slide.image.href, slide.image.file);
  return images;
}
