/**
 * The faces PowerPoint sets a lecture's other scripts in. Office's text face (Calibri) has
 * Latin, Greek and Cyrillic only: PowerPoint takes East Asian text from a run's "ea" face and
 * Arabic, Hebrew and the Indian scripts from its "cs" face, which pptxgenjs sets to the text
 * face too. These are faces Windows installs (a Mac's PowerPoint, and LibreOffice, substitute
 * their own for any it lacks).
 */
import { canonicalLanguage } from '../../language.js';

export interface ScriptFaces {
  /** East Asian text: Chinese, Japanese, Korean. */
  ea?: string;
  /** Complex scripts: Arabic, Hebrew, Devanagari and the other scripts of India. */
  cs?: string;
}

const BY_LANGUAGE: Record<string, ScriptFaces> = {
  zh: { ea: 'Microsoft YaHei' },
  'zh-Hant': { ea: 'Microsoft JhengHei' },
  ja: { ea: 'Yu Gothic' },
  ko: { ea: 'Malgun Gothic' },
  ar: { cs: 'Arial' },
  fa: { cs: 'Arial' },
  ur: { cs: 'Arial' },
  he: { cs: 'Arial' },
  hi: { cs: 'Nirmala UI' },
  mr: { cs: 'Nirmala UI' },
  ne: { cs: 'Nirmala UI' },
  bn: { cs: 'Nirmala UI' },
  ta: { cs: 'Nirmala UI' },
  te: { cs: 'Nirmala UI' },
  gu: { cs: 'Nirmala UI' },
  pa: { cs: 'Nirmala UI' },
  kn: { cs: 'Nirmala UI' },
  ml: { cs: 'Nirmala UI' },
};

export function scriptFaces(language: string): ScriptFaces {
  const tag = canonicalLanguage(language) ?? language;
  const [base] = tag.split('-');
  return BY_LANGUAGE[/^zh-(Hant|TW|HK|MO)\b/.test(tag) ? 'zh-Hant' : base!] ?? {};
}

/** A slide's XML with its runs' East Asian and complex-script faces set for the lecture's language. */
export function withScriptFaces(xml: string, faces: ScriptFaces): string {
  let out = xml;
  if (faces.ea) out = out.replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${faces.ea}"`);
  if (faces.cs) out = out.replace(/<a:cs typeface="[^"]*"/g, `<a:cs typeface="${faces.cs}"`);
  return out;
}
