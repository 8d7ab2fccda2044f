/**
 * imsmanifest.xml, the table of contents Canvas reads first in a QTI package: one resource of
 * type imsqti_xmlv1p2 for the assessment, naming its file (as Canvas's own exports and
 * text2qti's packages do).
 */
import { escapeXml } from '../../make/xml-text.js';

export function manifestXml(options: { ident: string; title: string; assessmentFile: string }): string {
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
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
}
