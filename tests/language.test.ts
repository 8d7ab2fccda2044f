/** A teacher who writes a language's name ("french", "Français", "arabic") is told its tag. */
import { describe, expect, it } from 'vitest';
import { languageTagMessage, tagForName } from '../src/language.js';

describe('a language written by its name', () => {
  it('is known in English and in the language itself, whatever its capitals or accents', () => {
    expect(tagForName('french')).toBe('fr');
    expect(tagForName('Français')).toBe('fr');
    expect(tagForName('francais')).toBe('fr');
    expect(tagForName('ARABIC')).toBe('ar');
    expect(tagForName('العربية')).toBe('ar');
    expect(tagForName('Deutsch')).toBe('de');
    expect(tagForName('español')).toBe('es');
    expect(tagForName('हिन्दी')).toBe('hi');
    expect(tagForName('中文')).toBe('zh');
    expect(tagForName('Brazilian Portuguese')).toBe('pt-BR');
    expect(tagForName('klingon')).toBeUndefined();
  });

  it('is answered with the tag to write', () => {
    expect(languageTagMessage('Français')).toBe('"Français" is the name of a language; write its tag: language: fr (French)');
    expect(languageTagMessage('xx-?')).toMatch(/^this is not a language tag; write a BCP 47 tag such as en, fr/);
  });
});
