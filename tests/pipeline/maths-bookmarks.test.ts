/**
 * Bookmarks of headings with maths: Chromium leaves the maths out of a bookmark's title
 * ("Kinetic energy" for "Kinetic energy $E_k$"), so a reader moving by bookmarks loses it.
 * Finished, a bookmark says the maths as readable text, as the notes handout's headings do;
 * so does the document's title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFixture } from '../helpers/built-fixture.js';
import { readAccessibility } from '../helpers/pdf-accessibility.js';

const built = builtFixture('maths/physics.yaml', { only: ['deck-pdf', 'revision-sheet', 'notes-handout'] });
const { file } = built;

beforeAll(() => built.build(), 300_000);
afterAll(() => built.close());

describe('bookmarks of headings with maths', () => {
  it.each(['deck', 'revision-sheet'])('%s: say the maths, as the notes handout does', async (name) => {
    const { outline } = await readAccessibility(file(name));
    expect(outline).toContain('Energy and motion: Eₖ = (1/2)mv²');
    expect(outline).toContain('Energy E');
    expect(outline).toContain('Kinetic energy Eₖ');
  });

  // The document's title, which a screen reader announces and a checker reads, keeps its maths too.
  it.each([
    ['deck', 'Energy and motion: Eₖ = (1/2)mv²'],
    ['revision-sheet', 'Revision sheet — Energy and motion: Eₖ = (1/2)mv²'],
  ])('%s: its title (XMP and Info) says the maths', async (name, title) => {
    const pdf = await readAccessibility(file(name));
    expect(pdf.xmp.title).toBe(title);
    expect(pdf.info.title).toBe(title);
  });

  it('notes handout: as it was', async () => {
    const { outline } = await readAccessibility(file('notes-handout'));
    expect(outline.some((t) => t.endsWith('Kinetic energy Eₖ'))).toBe(true);
  });
});
