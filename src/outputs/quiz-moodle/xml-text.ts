/** Text inside Moodle XML: escaped as XML character data, HTML in a CDATA section. */

// Characters XML 1.0 does not allow at all (control characters but tab, line feed, return).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Plain text as XML character data or an attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * HTML as Moodle's documentation asks for it, in a CDATA section; a "]]>" inside it (which
 * would end the section) is split across two sections.
 */
export function cdata(html: string): string {
  return `<![CDATA[${html.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
