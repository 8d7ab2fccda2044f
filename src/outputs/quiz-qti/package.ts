/** quiz-qti.zip: the manifest and the assessment, zipped as Canvas's "QTI .zip file" import takes them. */
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Lecture } from '../../load/lecture.js';
import type { Labels } from '../../make/labels.js';
import { platformPlain } from '../../make/platform-text.js';
import { assessmentXml } from './assessment.js';
import { manifestXml } from './manifest.js';

// A fixed date for every entry, so that the same lecture gives the same bytes (and no needless rebuild).
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** The quiz's identifier: the same for the same lecture, so that Canvas sees a re-import as the same quiz. */
export function quizIdent(lecture: Pick<Lecture, 'title' | 'course' | 'lesson'>): string {
  const hash = createHash('sha1').update(JSON.stringify([lecture.course ?? '', lecture.lesson ?? '', lecture.title])).digest('hex');
  return `lectern_${hash.slice(0, 24)}`;
}

export async function qtiPackage(lecture: Lecture, labels: Labels): Promise<Uint8Array> {
  const ident = quizIdent(lecture);
  const title = platformPlain(lecture.title);
  const assessmentFile = `${ident}/${ident}.xml`;
  const zip = new JSZip();
  zip.file('imsmanifest.xml', manifestXml({ ident, title, assessmentFile }), { date: ZIP_DATE, createFolders: false });
  zip.file(assessmentFile, assessmentXml({ ident: `${ident}_assessment`, title, questions: lecture.questions, labels }), { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
