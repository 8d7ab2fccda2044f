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
  /** A last change to each slide's XML (`number` counts from 1, as the part names do). */
  slideXml?: (number: number, xml: string) => string;
}

export async function tidyPackage(data: Uint8Array, language?: string, options: TidyOptions = {}): Promise<Uint8Array> {
  const { default: JSZip } = (await import('jszip')) as unknown as { default: typeof JSZipType };
  const zip = await JSZip.loadAsync(data);
  const types = await zip.file(CONTENT_TYPES)!.async('string');
  zip.file(
    CONTENT_TYPES,
    types.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (zip.file(part) ? override : '')),
  );
  if (language) {
    for (const file of Object.values(zip.files).filter((f) => /^ppt\/(notesSlides|notesMasters|slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(f.name))) {
      zip.file(file.name, (await file.async('string')).replace(/\blang="en-US"/g, `lang="${language}"`));
    }
    // The document's language, for PowerPoint's proofing and for screen readers.
    const core = zip.file('docProps/core.xml');
    if (core) {
      const xml = await core.async('string');
      if (!xml.includes('<dc:language>')) zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`));
    }
  }
  for (const file of Object.values(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f.name))) {
    const xml = onePropertiesPerParagraph(await file.async('string'));
    zip.file(file.name, options.slideXml ? options.slideXml(Number(/(\d+)\.xml$/.exec(file.name)![1]), xml) : xml);
  }
  if (options.bulletColour) {
    const colour = `<a:buClr><a:srgbClr val="${options.bulletColour}"/></a:buClr>`;
    for (const file of Object.values(zip.files).filter((f) => /^ppt\/slides\/[^/]+\.xml$/.test(f.name))) {
      // buClr comes first among a paragraph's bullet properties (CT_TextParagraphProperties).
      zip.file(file.name, (await file.async('string')).replace(/(<a:buSzPct[^>]*\/>)?(<a:bu(?:Font|Char|AutoNum)\b)/g, (_all, size: string | undefined, bullet: string) => `${colour}${size ?? ''}${bullet}`));
    }
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
