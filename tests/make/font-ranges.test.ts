/**
 * Which font files a lecture embeds: only those whose characters its text uses, in every
 * weight and style the documents print, read from the @fontsource packages' own CSS.
 */
import { describe, expect, it } from 'vitest';
import { embeddedFontCss } from '../../src/make/fonts.js';

interface Face { family: string; style: string; weight: string; range: string; bytes: number }
const faces = (css: string): Face[] =>
  [...css.matchAll(/@font-face\{font-family:'([^']+)';font-style:(\w+);font-weight:(\d+);[^}]*base64,([^)]+)\)[^}]*unicode-range:([^}]+)\}/g)].map((m) => ({
    family: m[1]!,
    style: m[2]!,
    weight: m[3]!,
    bytes: Buffer.from(m[4]!, 'base64').length,
    range: m[5]!,
  }));
const inRange = (code: number, range: string) =>
  range.split(',').some((part) => {
    const [a, b] = part.replace(/^U\+/i, '').split('-');
    return code >= parseInt(a!, 16) && code <= parseInt(b ?? a!, 16);
  });
const WEIGHTS_AND_STYLES = ['400 normal', '400 italic', '600 normal', '700 normal', '700 italic'];
const styles = (list: Face[]) => [...new Set(list.map((f) => `${f.weight} ${f.style}`))].sort();

describe('embedded fonts', () => {
  it('an English lecture gets Source Sans 3 Latin only, in the five faces, and no code font', () => {
    const list = faces(embeddedFontCss('The water cycle: evaporation, condensation — 97%'));
    expect(list).toHaveLength(5);
    expect(styles(list)).toEqual([...WEIGHTS_AND_STYLES].sort());
    expect(new Set(list.map((f) => f.family))).toEqual(new Set(['Source Sans 3']));
  });

  it.each([
    ['Greek', 'Ο κύκλος του νερού', 0x03ba],
    ['Cyrillic', 'Круговорот воды', 0x0440],
    ['Vietnamese', 'Vòng tuần hoàn của nước', 0x1ea7],
    ['Arabic', 'دورة الماء', 0x0645],
    ['Hebrew', 'מחזור המים', 0x05de],
    ['Chinese', '水循环', 0x6c34],
  ])('%s text has a face covering its letters in every weight and style', (_, text, code) => {
    const list = faces(embeddedFontCss(text)).filter((f) => inRange(code, f.range));
    expect(styles(list)).toEqual([...WEIGHTS_AND_STYLES].sort());
  });

  it('Chinese embeds only the numbered files its characters are in, and leaves Latin to Source Sans 3', () => {
    const list = faces(embeddedFontCss('水循环：蒸发 H2O 97%'));
    const han = [...'水循环蒸发'].map((c) => c.codePointAt(0)!);
    const chinese = list.filter((f) => han.some((c) => inRange(c, f.range)));
    // 水 and 循 and 蒸… fall in a few of the package's ~100 files, not all of them.
    expect(new Set(chinese.map((f) => f.range)).size).toBeLessThan(6);
    // "H", "2", "%" are drawn by Source Sans 3 alone: no Chinese file lists them.
    for (const code of [0x48, 0x32, 0x25]) expect(list.filter((f) => inRange(code, f.range)).length, code.toString(16)).toBe(5);
  });

  it('code, inline or fenced, brings Source Code Pro in every face; text without code does not', () => {
    expect(faces(embeddedFontCss('plain text')).some((f) => f.family === 'Source Code Pro')).toBe(false);
    const code = faces(embeddedFontCss('Type `print("hi")` or ```python')).filter((f) => f.family === 'Source Code Pro');
    expect(styles(code)).toEqual([...WEIGHTS_AND_STYLES].sort());
    const greekCode = faces(embeddedFontCss('`π = 3.14` `вода`')).filter((f) => f.family === 'Source Code Pro');
    expect(greekCode.some((f) => inRange(0x03c0, f.range))).toBe(true);
    expect(greekCode.some((f) => inRange(0x0432, f.range))).toBe(true);
  });

  it('a character no chosen file lists (an arrow, "≤") is embedded from a file that draws it, for that character only', () => {
    for (const code of [0x2192, 0x2264]) {
      const stray = faces(embeddedFontCss('a → b ≤ c')).filter((f) => inRange(code, f.range));
      expect(styles(stray)).toEqual([...WEIGHTS_AND_STYLES].sort());
      expect(new Set(stray.map((f) => f.range))).toEqual(new Set([`U+${code.toString(16).toUpperCase()}`]));
    }
  });

  it('embeds nothing for a character no file draws, though a range names it (a subscript two)', () => {
    // Noto Sans SC and Noto Sans Arabic list U+2082 in a range; neither font has it.
    expect(embeddedFontCss('H₂O')).toBe(embeddedFontCss('HO'));
  });
});
