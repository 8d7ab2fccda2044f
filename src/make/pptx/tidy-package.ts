/**
 * pptxgenjs 4.0.1 names in [Content_Types].xml a slide master per slide, though it writes
 * one (its issues #1443/#1444), and PowerPoint then offers to repair the file. The package
 * is rewritten with only the parts it holds, and compressed (the pictures, already
 * compressed PNGs, are stored as they are).
 */
import type JSZipType from 'jszip';

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * pptxgenjs marks the speaker notes as US English whatever they are written in; `language`
 * (when the lecture is not in English) marks them as the lecture's, so that PowerPoint
 * checks their spelling in the right language.
 */
export interface TidyOptions {
  /** Colour of list bullets and numbers (pptxgenjs writes none: they would take the text's). */
  bulletColour?: string;
  /** The speaker notes run right to left (Arabic, Hebrew…). */
  notesRtl?: boolean;
  /** A last change to the XML of each slide, slide layout and slide master, by its part name ("ppt/slides/slide3.xml"). */
  partXml?: (part: string, xml: string) => string;
}

export async function tidyPackage(data: Uint8Array, language?: string, options: TidyOptions = {}): Promise<Uint8Array> {
  const { default: JSZip } = (await import('jszip')) as unknown as { default: typeof JSZipType };
  const zip = await JSZip.loadAsync(data);
  const types = await zip.file(CONTENT_TYPES)!.async('string');
  zip.file(
    CONTENT_TYPES,
    types.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (zip.file(part) ? override : '')),
  );
  // Each XML part is read and written once, with every change that applies to it, in order.
  const kind = (name: string) => /^ppt\/(notesSlides|notesMasters|slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.exec(name)?.[1];
  for (const file of Object.values(zip.files).filter((f) => kind(f.name))) {
    const part = kind(file.name)!;
    let xml = await file.async('string');
    if (language) xml = xml.replace(/\blang="en-US"/g, `lang="${language}"`);
    if (part === 'slides' && /slide\d+\.xml$/.test(file.name)) xml = uniqueShapeIds(onePropertiesPerParagraph(xml));
    if (options.partXml && ['slides', 'slideLayouts', 'slideMasters'].includes(part)) xml = options.partXml(file.name, xml);
    if (['slides', 'slideLayouts', 'slideMasters'].includes(part)) xml = markDecorative(xml);
    if (part === 'notesSlides') xml = notesLinesAsParagraphs(xml, options.notesRtl ?? false);
    if (part === 'slides' && options.bulletColour) xml = colourBullets(xml, options.bulletColour);
    zip.file(file.name, xml);
  }
  // The document's language, for PowerPoint's proofing and for screen readers.
  const core = zip.file('docProps/core.xml');
  if (language && core) {
    const xml = await core.async('string');
    if (!xml.includes('<dc:language>')) zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`));
  }
  // Stored as they came: jszip then copies their bytes as they are, without reading them.
  for (const file of Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('ppt/media/'))) {
    (file as unknown as { options: { compression: string } }).options.compression = 'STORE';
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * pptxgenjs 4.0.1 writes a paragraph's properties (<a:pPr>) before each of its runs, not once
 * at its start: a paragraph of several runs (a bullet with a key term in it) is then invalid
 * OOXML, and readers take the last one, which has no bullet. The first, which pptxgenjs makes
 * from the paragraph's first run (bullet, level, spacing), is kept.
 */
export function onePropertiesPerParagraph(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_all, body: string) => {
    let first = true;
    const kept = body.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pPr) => {
      const keep = first;
      first = false;
      return keep ? pPr : '';
    });
    return `<a:p>${kept}</a:p>`;
  });
}

/**
 * Bullets and numbers in `colour`: one <a:buClr> in each paragraph's properties that has a
 * bullet, where the schema puts it — after the spacing, before the bullet's size, face and
 * character (CT_TextParagraphProperties is a sequence: PowerPoint repairs a file out of order).
 */
export function colourBullets(xml: string, colour: string): string {
  return xml.replace(/<a:pPr\b([^>]*)>([\s\S]*?)<\/a:pPr>/g, (all, attrs: string, body: string) => {
    if (!/<a:bu(Char|AutoNum)\b/.test(body) || body.includes('<a:buClr')) return all;
    const at = body.search(/<a:bu(SzPct|SzPts|SzTx|FontTx|Font|Char|AutoNum)\b/);
    return `<a:pPr${attrs}>${body.slice(0, at)}<a:buClr><a:srgbClr val="${colour}"/></a:buClr>${body.slice(at)}</a:pPr>`;
  });
}

/** The name a picture is given (see content-slides.ts) when the teacher wrote `alt: ""`: it only decorates. */
export const DECORATIVE_PICTURE = 'Decorative picture';

/**
 * A decorative picture as PowerPoint marks one ("Mark as decorative"): no description, and
 * the decorative flag, so that a screen reader passes over it and PowerPoint's accessibility
 * checker does not ask for alt text. pptxgenjs writes the picture's file name as its
 * description when it is given none.
 */
export function markDecorative(xml: string): string {
  return xml.replace(new RegExp(`(<p:cNvPr id="\\d+" name="${DECORATIVE_PICTURE}[^"]*") descr="[^"]*">([\\s\\S]*?)</p:cNvPr>`, 'g'), (_all, open: string, body: string) =>
    `${open} descr="">${body.trim()}<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst></p:cNvPr>`,
  );
}

/**
 * Every shape of a slide with its own id: pptxgenjs gives the slide number's placeholder the
 * id 25 whatever else the slide holds, so a slide of 25 shapes (a long timeline) had two.
 */
export function uniqueShapeIds(xml: string): string {
  let id = 0;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++id}"`);
}

/**
 * pptxgenjs writes speaker notes as one run of text, line breaks and all, which PowerPoint
 * shows as one paragraph: each line becomes a paragraph of its own (in a right-to-left
 * lecture, a right-to-left one).
 */
export function notesLinesAsParagraphs(xml: string, rtl: boolean): string {
  const direction = rtl ? '<a:pPr rtl="1" algn="r"/>' : '';
  return xml.replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)?<\/a:p>/g, (all, rPr: string, text: string, end?: string) => {
    if (!text.includes('\n') && !rtl) return all;
    return text
      .split(/\r?\n/)
      .map((line) => `<a:p>${direction}${line ? `<a:r>${rPr}<a:t>${line}</a:t></a:r>` : ''}${end ?? ''}</a:p>`)
      .join('');
  });
}
