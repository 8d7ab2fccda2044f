/** What a PDF says of itself is plain text a screen reader can say: no Markdown marks, maths as readable text. */
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { deckPdfFacts } from '../../../src/make/print/pdf-facts.js';

describe('pdfFacts', () => {
  it('gives the title, author, course and key terms without Markdown marks, their maths as readable text', () => {
    const facts = deckPdfFacts(loadLecture('tests/fixtures/maths/marked-up-facts.yaml'));
    expect(facts.title).toBe('The water cycle');
    expect(facts.subject).toBe('Year 9 Geography & x²');
    expect(facts.author).toBe('Dr. Smith α');
    expect(facts.keywords).toEqual(['Kinetic energy Eₖ', 'Evaporation']);
  });
});
