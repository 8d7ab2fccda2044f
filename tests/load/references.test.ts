/** Where a lecture's images may come from, and where they go beside the outputs. */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveImage } from '../../src/load/references.js';

describe('an image a slide names', () => {
  it("keeps the lecture's own images and the course's apart beside the outputs, whatever the folders are called", () => {
    const course = mkdtempSync(path.join(os.tmpdir(), 'lectern-refs-'));
    const lecture = path.join(course, 'physics');
    for (const dir of [path.join(lecture, '_course'), path.join(course, 'shared')]) mkdirSync(dir, { recursive: true });
    const png = path.join(__dirname, '../fixtures/pictures/photo.png');
    cpSync(png, path.join(lecture, '_course', 'a.png'));
    cpSync(png, path.join(course, 'shared', 'a.png'));
    cpSync(png, path.join(lecture, 'b.png'));
    const href = (ref: string) => {
      const found = resolveImage(ref, lecture, course);
      return 'href' in found ? found.href : found.problem;
    };
    expect(href('b.png')).toBe('images/b.png');
    expect(href('../shared/a.png')).toBe('images/_course/shared/a.png');
    // The lecture's own "_course" folder must not land where the course's images go.
    expect(href('_course/a.png')).toBe('images/__course/a.png');
  });
});
