/**
 * The images a lecture shows are checked when it is loaded, but a build takes seconds and a
 * teacher may delete, rename or re-save an image meanwhile. They are fingerprinted once at
 * the start and checked again before anything is written, so that no output is written from
 * an image that is no longer there, and the teacher is told where that image is named.
 */
import { readFile } from 'node:fs/promises';
import { filesFingerprint } from '../decide/fingerprints.js';
import { ContentError } from '../errors.js';
import type { Lecture } from '../load/lecture.js';
import type { Problem } from '../problems/problem.js';
import { lectureImages } from './load-step.js';

/** Where the lecture names an image: the slide or question that shows it, or the top of the file (a logo). */
function namedAt(lecture: Lecture, file: string): { line: number; column: number } {
  for (const section of lecture.sections) {
    for (const slide of section.slides) if (slide.image?.file === file) return { line: slide.line, column: slide.column ?? 1 };
  }
  const question = lecture.questions.find((q) => q.image?.file === file);
  return { line: question?.line ?? 1, column: 1 };
}

function imageProblem(lecture: Lecture, file: string, what: string): Problem {
  const href = [...lectureImages(lecture)].find(([, f]) => f === file)?.[0] ?? file;
  return {
    file: lecture.file,
    ...namedAt(lecture, file),
    severity: 'error',
    message: `the image ${href.replace(/^images\//, '')} ${what} while Lectern was building (${file})`,
    hint: 'put the image back, then build again; your previous outputs are unchanged',
  };
}

/** Each image's fingerprint now; an image gone since the lecture was loaded is a located error. */
export function holdImages(lecture: Lecture, files: readonly string[]): string[] {
  return files.map((file) => {
    try {
      return filesFingerprint([file]);
    } catch {
      throw new ContentError([imageProblem(lecture, file, 'was deleted or moved')]);
    }
  });
}

/** Throws a located error for every image deleted or changed since `held` was taken. */
export function checkImagesHeld(lecture: Lecture, files: readonly string[], held: readonly string[]): void {
  const problems = files.flatMap((file, i) => {
    try {
      return filesFingerprint([file]) === held[i] ? [] : [imageProblem(lecture, file, 'was changed')];
    } catch {
      return [imageProblem(lecture, file, 'was deleted or moved')];
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
}

/** An image's bytes, to copy beside the deck; gone since it was checked, a located error. */
export async function readHeldImage(lecture: Lecture, file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch {
    throw new ContentError([imageProblem(lecture, file, 'was deleted or moved')]);
  }
}
