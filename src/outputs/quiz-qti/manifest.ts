/**
 * imsmanifest.xml, the table of contents Canvas reads first in a QTI package: one resource of
 * type imsqti_xmlv1p2 for the assessment, naming its file (as Canvas's own exports and
 * text2qti's packages do), and one of type webcontent for each picture the questions show.
 */
import { escapeXml } from '../../make/xml-text.js';

export function manifestXml(options: { ident: string; title: string; assessmentFile: string; pictures?: readonly string[] }): string {
  const pictures = (options.pictures ?? []).map((file, i) => {
    const href = escapeXml(file.split('/').map(encodeURIComponent).join('/'));
    return `<resource identifier="${options.ident}_picture${i + 1}" type="webcontent" href="${href}">\n<file href="${href}"/>\n</resource>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${options.ident}_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2">`,
    '<metadata>',
    '<schema>IMS Content</schema>',
    '<schemaversion>1.1.3</schemaversion>',
    `<imsmd:lom><imsmd:general><imsmd:title><imsmd:string>${escapeXml(options.title)}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom>`,
    '</metadata>',
    '<organizations/>',
    '<resources>',
    `<resource identifier="${options.ident}" type="imsqti_xmlv1p2">`,
    `<file href="${escapeXml(options.assessmentFile)}"/>`,
    '</resource>',
    ...pictures,
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
}
