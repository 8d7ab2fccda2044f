/** quiz-qti.zip: the manifest, the assessment and the questions' pictures, zipped as Canvas's "QTI .zip file" import takes them. */
import { createHash } from 'node:crypto';
import type JSZipType from 'jszip';
import { platformKey, type ExportInputs } from '../export-kind.js';
import { platformPlain } from '../../make/platform-text.js';
import { assessmentXml, qtiPicturePath } from './assessment.js';
import { manifestXml } from './manifest.js';

// A fixed date for every entry, so that the same lecture gives the same bytes (and no needless rebuild).
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * The quiz's identifier, from its course and output folder (platformKey): the same for the
 * same lecture whatever its title, so that Canvas sees a re-import as the same quiz, and
 * two lectures titled alike ("Revision") as two.
 */
export function quizIdent(inputs: Pick<ExportInputs, 'lecture' | 'outPath'>): string {
  const hash = createHash('sha1').update(JSON.stringify(platformKey(inputs))).digest('hex');
  return `lectern_${hash.slice(0, 24)}`;
}

export async function qtiPackage(inputs: ExportInputs): Promise<Uint8Array> {
  const { lecture, labels } = inputs;
  const ident = quizIdent(inputs);
  const title = platformPlain(lecture.title);
  const assessmentFile = `${ident}/${ident}.xml`;
  const { default: JSZip } = (await import('jszip')) as unknown as { default: typeof JSZipType };
  const zip = new JSZip();
  // Each picture once, however many questions show it.
  const pictures = new Map(lecture.questions.flatMap((q) => (q.image ? [[qtiPicturePath(q)!, q.image.file] as const] : [])));
  zip.file('imsmanifest.xml', manifestXml({ ident, title, assessmentFile, pictures: [...pictures.keys()] }), { date: ZIP_DATE, createFolders: false });
  for (const [zipPath, file] of pictures) zip.file(zipPath, await inputs.readImage(file), { date: ZIP_DATE, createFolders: false, binary: true });
  zip.file(assessmentFile, assessmentXml({ ident: `${ident}_assessment`, title, questions: lecture.questions, labels, language: lecture.language }), { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
