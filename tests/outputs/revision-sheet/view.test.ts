import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { loadHandoutTemplates } from '../../../src/make/handouts/handout-templates.js';
import { englishLabels } from '../../../src/make/labels.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { revisionSheetView } from '../../../src/outputs/revision-sheet/view.js';

const lecture = loadLecture(path.join(__dirname, '../../fixtures/all-layouts/water-cycle.yaml'));
const view = revisionSheetView({ lecture, fontCss: '', stylesheet: '', labels: englishLabels() });

describe('the revision sheet', () => {
  it('writes a point with sub-points as "Point: detail; detail", with one colon even when the point ends with one', () => {
    const points = view.sections.flatMap((s) => s.slides.flatMap((sl) => sl.points));
    // In the lecture: - "Precipitation:": [rain, snow and *hail*]
    expect(points).toContain('Precipitation: rain; snow and <em>hail</em>');
    const html = loadHandoutTemplates(new TemplateSet()).render('revision-sheet', view);
    expect(html).not.toMatch(/::/);
    const bold = { ...lecture, sections: [{ title: 'S', slides: [{ title: 'T', layout: 'bullets' as const, line: 1, bullets: [{ text: '**Precipitation:**', children: [{ text: 'rain', children: [] }] }] }] }] };
    const boldView = revisionSheetView({ lecture: bold, fontCss: '', stylesheet: '', labels: englishLabels() });
    expect(boldView.sections[0]!.slides[0]!.points).toEqual(['<strong>Precipitation</strong>: rain']);
  });
});
