/** Hindi, Arabic and Chinese text in deck.pptx names a face that has its letters, not Calibri. */
import { describe, expect, it } from 'vitest';
import { scriptFaces, withScriptFaces } from '../../../src/make/pptx/script-faces.js';

const run = '<a:rPr lang="hi"><a:latin typeface="Calibri"/><a:ea typeface="Calibri"/><a:cs typeface="Calibri"/></a:rPr>';

describe("faces for the lecture's script", () => {
  it('sets Devanagari, Arabic and Hebrew as complex scripts, Chinese as East Asian, and leaves Latin text alone', () => {
    expect(withScriptFaces(run, scriptFaces('hi'))).toContain('<a:cs typeface="Nirmala UI"/>');
    expect(withScriptFaces(run, scriptFaces('ar'))).toContain('<a:cs typeface="Arial"/>');
    expect(withScriptFaces(run, scriptFaces('he-IL'))).toContain('<a:cs typeface="Arial"/>');
    expect(withScriptFaces(run, scriptFaces('zh'))).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(withScriptFaces(run, scriptFaces('zh-TW'))).toContain('<a:ea typeface="Microsoft JhengHei"/>');
    expect(withScriptFaces(run, scriptFaces('fr'))).toBe(run);
    expect(withScriptFaces(run, scriptFaces('hi'))).toContain('<a:latin typeface="Calibri"/>');
  });
});
