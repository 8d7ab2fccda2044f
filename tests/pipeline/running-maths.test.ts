/**
 * A handout's running header and footer say their maths as readable text, as the PDF's title
 * and bookmarks do. They left it out: footer "Physics · $v = \frac{d}{t}$" printed
 * "Physics ·", an Arabic footer ending in "$\mathrm{pH}$" lost its pH and kept the "·" before
 * it, and a footer of maths alone printed its TeX. The signs they need (ₖ, ²) are embedded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFixture } from '../helpers/built-fixture.js';
import { notdefGlyphs } from '../helpers/pdf.js';
import { readWordPages } from '../helpers/pdf-words.js';

const built = builtFixture('maths/physics.yaml', { only: ['revision-sheet', 'quiz'] });
const { file } = built;

beforeAll(() => built.build(), 300_000);
afterAll(() => built.close());

describe('maths in the running header and footer', () => {
  it.each(['revision-sheet', 'quiz'])('%s: says the maths of the title and the footer, every sign drawn', async (name) => {
    const [first] = readWordPages(file(name));
    const top = first!.lines.filter((l) => l.yMax < 60).map((l) => l.text).join(' ');
    const foot = first!.lines.filter((l) => l.yMin > first!.height - 60).map((l) => l.text).join(' ');
    expect(top).toContain('Energy and motion: Eₖ = (1/2)mv²');
    expect(foot).toContain('Physics · v = (d/t)');
    expect(await notdefGlyphs(file(name))).toEqual([]);
  });
});
