/**
 * Text inside the XML files the exports write (Moodle XML, Canvas's QTI): escaped as XML
 * character data, or HTML in a CDATA section. Characters XML 1.0 does not allow at all (a
 * control character pasted from a word processor) are dropped: one would make the whole
 * file unreadable to the platform.
 */
import { escapeHtml } from './handouts/html-text.js';

// Control characters but tab, line feed and return, and the two non-characters.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Plain text as XML character data or a double-quoted attribute value (& < > " escaped, as in HTML). */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

/**
 * HTML in a CDATA section (as Moodle's documentation asks for it); a "]]>" inside it (which
 * would end the section) is split across two sections.
 */
export function cdata(html: string): string {
  return `<![CDATA[${html.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
