/**
 * The lecture's language, a BCP 47 tag (`en`, `fr`, `pt-BR`, `ar`, `zh-Hant`, …): it names the
 * labels, the `lang` of every document, the way dates are written, and the direction text runs.
 */

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The tag in its canonical spelling ("EN-gb" → "en-GB"), or undefined when it is not a tag
 * of a language Node knows ("english", "xx").
 */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim())[0];
    return canonical && names.of(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** The language's name in English ("fr" → "French"), for messages. */
export function languageName(tag: string): string {
  return names.of(tag) ?? tag;
}

// Scripts written right to left. A tag without a script gets its usual one ("ar" → Arab).
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Which way the language's text runs: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr". */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const { script } = new Intl.Locale(language).maximize();
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
