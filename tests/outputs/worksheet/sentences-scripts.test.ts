/**
 * Key terms and the worksheet's blanks in every script: a term is found whole whatever its
 * letters (Devanagari's vowel signs, Arabic, Hebrew, Cyrillic, Greek), and in Chinese, where
 * no space marks where a word ends, a term is found inside a sentence.
 */
import { describe, expect, it } from 'vitest';
import { KEY_TERM, plainText } from '../../../src/load/key-terms.js';
import { blankOut, wholeWords } from '../../../src/outputs/worksheet/sentences.js';

/** The sentence with each blank shown as ___ and the answers it holds. */
function blanked(text: string, secrets: string[]) {
  const answers: string[] = [];
  const out = blankOut(text, secrets, answers).replace(/\uE002\d+\uE003/g, '___');
  return { out, answers };
}

describe('key terms in every script', () => {
  it('reads [[marks]] around terms in any script', () => {
    const terms = (t: string) => [...t.matchAll(KEY_TERM)].map((m) => m[1]);
    expect(terms('[[वाष्पीकरण]]: सूरज की गर्मी')).toEqual(['वाष्पीकरण']);
    expect(terms('[[التبخر]]: حرارة الشمس و[[التكاثف]]')).toEqual(['التبخر', 'التكاثف']);
    expect(terms('[[蒸发]]：太阳的热量')).toEqual(['蒸发']);
    expect(plainText('[[אידוי]]: חום **השמש**')).toBe('אידוי: חום השמש');
  });

  it('Hindi: a vowel sign after the term makes it part of a longer word', () => {
    // "संघनन" inside "संघननों" (plural, with a vowel sign and nasal mark) is another word.
    expect(wholeWords(['संघनन']).test('बादलों में संघननों की प्रक्रिया')).toBe(false);
    expect(blanked('भाप का संघनन बादल बनाता है', ['संघनन'])).toEqual({ out: 'भाप का ___ बादल बनाता है', answers: ['संघनन'] });
    // A term that ends in a vowel sign (a combining mark) is matched whole, marks and all.
    expect(blanked('[[वर्षा]] से नदियाँ भरती हैं, वर्षा का पानी', ['वर्षा'])).toEqual({ out: '___ से नदियाँ भरती हैं, ___ का पानी', answers: ['वर्षा', 'वर्षा'] });
  });

  it('Arabic and Hebrew: whole words, a prefixed letter makes another word', () => {
    expect(blanked('[[التبخر]]: حرارة الشمس تسبب التبخر', ['التبخر'])).toEqual({ out: '___: حرارة الشمس تسبب ___', answers: ['التبخر', 'التبخر'] });
    // "والتبخر" ("and evaporation") is written as one word.
    expect(wholeWords(['التبخر']).test('الغليان والتبخر')).toBe(false);
    expect(blanked('[[אידוי]] הוא שלב; אידוי מהיר', ['אידוי'])).toEqual({ out: '___ הוא שלב; ___ מהיר', answers: ['אידוי', 'אידוי'] });
  });

  it('Greek and Cyrillic: matched whole and without regard to case', () => {
    expect(blanked('Η [[εξάτμιση]] και η Εξάτμιση', ['εξάτμιση']).answers).toEqual(['εξάτμιση', 'Εξάτμιση']);
    expect(wholeWords(['пар']).test('парообразование')).toBe(false);
    expect(blanked('Вода превращается в [[пар]], пар поднимается', ['пар']).out).toBe('Вода превращается в ___, ___ поднимается');
    expect(blanked('Nước biến thành [[hơi]], hơi bay lên', ['hơi']).out).toBe('Nước biến thành ___, ___ bay lên');
  });

  it('Chinese: marked terms are blanks, and the same term inside an unspaced sentence is found', () => {
    expect(blanked('[[蒸发]]：太阳的热量把水变成水蒸气', ['蒸发'])).toEqual({ out: '___：太阳的热量把水变成水蒸气', answers: ['蒸发'] });
    expect(blanked('水蒸气冷却后形成云，这叫凝结。', ['凝结'])).toEqual({ out: '水蒸气冷却后形成云，这叫___。', answers: ['凝结'] });
    // Japanese kana and Thai have no spaces either.
    expect(wholeWords(['じょうはつ']).test('みずのじょうはつです')).toBe(true);
    // A Latin word inside Chinese text is still matched whole.
    expect(wholeWords(['H2O']).test('水的化学式是H2O。')).toBe(true);
    expect(wholeWords(['H2']).test('水的化学式是H2O。')).toBe(false);
  });
});
