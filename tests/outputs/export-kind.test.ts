/**
 * An export rendered for a build: what it tells the teacher comes without writing the file
 * (a kept file must cost nothing: Kahoot's spreadsheet and Anki's database take most of a
 * second), and the file is written only when it is made.
 */
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../src/load/load-lecture.js';
import { englishLabels } from '../../src/make/labels.js';
import { lectureExport } from '../../src/outputs/export-kind.js';
import type { MakeContext } from '../../src/outputs/output-kind.js';
import { NOTHING_PRINTED } from '../../src/make/deck/deck-inputs.js';

const FIXTURE = 'tests/fixtures/exports/quiz-qti-kahoot.yaml';

describe('lectureExport', () => {
  it('says its notices when rendered, and writes its file only when made', async () => {
    let writes = 0;
    const kind = lectureExport({
      name: 'test-export',
      file: 'test.txt',
      indexLabel: 'indexGift',
      source: ({ lecture }) => ({ questions: lecture.questions }),
      notices: ({ lecture }) => [`${lecture.questions.length} questions`],
      write: ({ lecture, outPath }) => {
        writes += 1;
        return `${outPath}: ${lecture.title}`;
      },
    });
    const lecture = loadLecture(FIXTURE);
    const context = { lecture, labels: englishLabels(), outPath: 'physics/energy' } as unknown as MakeContext;
    const rendered = await kind.render(context, undefined);
    if ('skip' in rendered) throw new Error(rendered.skip);
    expect(rendered.notices).toEqual([`${lecture.questions.length} questions`]);
    expect(writes).toBe(0);
    const made = await rendered.make(NOTHING_PRINTED);
    expect(writes).toBe(1);
    expect(new TextDecoder().decode(made.files[0]!.data as Uint8Array)).toBe(`physics/energy: ${lecture.title}`);
  });
});
