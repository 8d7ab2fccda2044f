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

// Languages teachers are likely to name, for "did you mean": Lectern's own, then others widely taught in.
const COMMON_TAGS = [
  'en', 'fr', 'es', 'de', 'pt', 'hi', 'ar', 'zh', 'pt-BR', 'zh-Hant', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'el', 'he', 'fa', 'ur',
  'bn', 'pa', 'ta', 'te', 'mr', 'gu', 'kn', 'ml', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'tl', 'sw', 'am', 'ha', 'yo', 'zu',
  'sv', 'da', 'nb', 'fi', 'cs', 'sk', 'hu', 'ro', 'bg', 'sr', 'hr', 'ca', 'eu', 'gl', 'ga', 'cy', 'la',
];

// "Français" and "francais", "ARABIC" and "arabic": names compared without case or accents.
const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();

let byName: Map<string, string> | undefined;
/** Each common language's name, in English and in the language itself → its tag. */
function namesToTags(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const tag of COMMON_TAGS) {
    for (const name of [names.of(tag), new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag)]) {
      if (name && !byName.has(plain(name))) byName.set(plain(name), tag);
    }
  }
  return byName;
}

/**
 * The tag of a language written by its name ("french", "Français", "arabic", "中文" → fr, fr,
 * ar, zh), or undefined when the text names no common language.
 */
export function tagForName(text: string): string | undefined {
  return namesToTags().get(plain(text));
}

/** Why a `language:` value is not a tag, and what to write instead. */
export function languageTagMessage(text: unknown): string {
  const tag = typeof text === 'string' ? tagForName(text) : undefined;
  if (tag) return `"${String(text)}" is the name of a language; write its tag: language: ${tag} (${languageName(tag)})`;
  return 'this is not a language tag; write a BCP 47 tag such as en, fr, es, de, pt, hi, ar, zh or pt-BR';
}
