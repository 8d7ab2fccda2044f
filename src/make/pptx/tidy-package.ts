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
export async function tidyPackage(data: Uint8Array, language?: string): Promise<Uint8Array> {
  const { default: JSZip } = (await import('jszip')) as unknown as { default: typeof JSZipType };
  const zip = await JSZip.loadAsync(data);
  const types = await zip.file(CONTENT_TYPES)!.async('string');
  zip.file(
    CONTENT_TYPES,
    types.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (zip.file(part) ? override : '')),
  );
  if (language) {
    for (const file of Object.values(zip.files).filter((f) => /^ppt\/notes(Slides|Masters)\/[^/]+\.xml$/.test(f.name))) {
      zip.file(file.name, (await file.async('string')).replace(/\blang="en-US"/g, `lang="${language}"`));
    }
  }
  // Stored as they came: jszip then copies their bytes as they are, without reading them.
  for (const file of Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('ppt/media/'))) {
    (file as unknown as { options: { compression: string } }).options.compression = 'STORE';
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
