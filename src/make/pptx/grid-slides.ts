/**
 * The layouts set in columns and rows: compare (a heading bar over a panel of points per
 * column) and the table, as a real PowerPoint table a teacher can add rows to.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Bullet, Slide } from '../../load/lecture.js';
import { addText, inch, linesFor, pt, widthOf } from './canvas.js';
import { bodySize, bulletParagraphs, caption, contentArea, mirrored, subPointSize, type LayoutContext } from './layout-context.js';
import { runsText, textRuns } from './text-runs.js';

type PptxSlide = PptxGenJS.default.Slide;

/** The height a list of points takes in a column `width` px wide: an estimate, to size the panels alike. */
function pointsHeight(bullets: readonly Bullet[], size: number, width: number): number {
  return bullets.reduce((sum, b) => sum + linesFor(b.text, size, width) * size * 1.4 + 10 + pointsHeight(b.children, subPointSize(size), width - size), 0);
}

export function compareSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  const { look } = context;
  const columns = content.columns ?? [];
  const n = Math.max(1, columns.length);
  const gap = n === 3 ? 28 : 40;
  const area = contentArea();
  const w = (area.w - gap * (n - 1)) / n;
  const size = bodySize(fit) * (n === 3 ? 0.82 : 1);
  const barH = 52;
  const panelH = Math.min(area.h - barH, Math.max(...columns.map((c) => pointsHeight(c.bullets, size, w - 68))) + 30);
  columns.forEach((column, i) => {
    const x = area.x + i * (w + gap);
    addText(slide, [{ runs: textRuns(column.heading, { codeFont: look.codeFont }), size: 28, style: { bold: true }, ...(context.rtl && { align: 'right' as const }) }], mirrored({ x, y: area.y, w, h: barH }, context.rtl), {
      color: look.barInk,
      font: look.font,
      lineHeight: 1.15,
      fill: look.barBg,
      padding: [10, 20, 10, 20],
      valign: 'middle',
      name: 'Column heading',
      rtl: context.rtl,
      lang: context.lang,
    });
    addText(slide, bulletParagraphs(column.bullets, size, context), mirrored({ x, y: area.y + barH, w, h: panelH }, context.rtl), {
      color: look.ink,
      font: look.font,
      lineHeight: 1.4,
      fill: look.panel,
      padding: [18, 20, 12, 20],
      name: 'Column',
      rtl: context.rtl,
      lang: context.lang,
    });
  });
}

/**
 * Column widths as a browser sets an automatic table: each at least as wide as its longest
 * word (bold in the first column and the header), the rest shared by the length of the text.
 */
function columnWidths(table: { header: string[]; rows: string[][] }, size: number, width: number, context: LayoutContext): number[] {
  const plain = (text: string) => runsText(textRuns(text, context.emphasis));
  const cells = table.header.map((h, c) => [h, ...table.rows.map((r) => r[c] ?? '')].map(plain));
  const least = cells.map((column, c) => Math.max(...column.map((text, r) => Math.max(0, ...text.split(/\s+/).map((word) => widthOf(word, size, c === 0 || r === 0))))) + 36);
  const spare = Math.max(0, width - least.reduce((a, b) => a + b, 0));
  const lengths = cells.map((column) => Math.min(60, Math.max(...column.map((t) => t.length))));
  const total = lengths.reduce((a, b) => a + b, 0) || 1;
  const widths = least.map((l, c) => l + (spare * lengths[c]!) / total);
  // Words too long for the slide: shrink every column alike.
  const sum = widths.reduce((a, b) => a + b, 0);
  return sum > width ? widths.map((w) => (w * width) / sum) : widths;
}

export function tableSlide(slide: PptxSlide, content: Slide, fit: number, context: LayoutContext): void {
  const { look } = context;
  const table = content.table ?? { header: [], rows: [] };
  const area = contentArea();
  const size = bodySize(fit) * 0.8125;
  const widths = columnWidths(table, size, area.w, context);
  const order = context.rtl ? [...widths.keys()].reverse() : [...widths.keys()];
  const rule = { type: 'solid' as const, pt: 1.5, color: look.line };
  const none = { type: 'none' as const };
  const align = context.rtl ? ('right' as const) : ('left' as const);
  const cell = (text: string, options: Record<string, unknown>) => ({ text: textRuns(text, options.color ? { codeFont: look.codeFont } : context.emphasis).map((r) => ({ text: r.text, options: { ...r.options, ...(context.rtl && { rtlMode: true }) } })), options: { align, valign: 'top' as const, margin: [pt(10), pt(16), pt(10), pt(16)] as [number, number, number, number], ...options } });
  const header = order.map((c) => cell(table.header[c] ?? '', { bold: true, fill: { color: look.barBg }, color: look.barInk, border: [none, none, none, none] }));
  const rows = table.rows.map((row, r) => order.map((c) => cell(row[c] ?? '', { ...(c === 0 && { bold: true }), ...(r % 2 === 1 && { fill: { color: look.panel } }), border: [none, none, rule, none] })));
  const rowHeights = [table.header, ...table.rows].map((row) => Math.max(...widths.map((w, c) => linesFor(row[c] ?? '', size, w - 32, true))) * size * 1.45 + 20);
  slide.addTable([header, ...rows], {
    x: inch(area.x),
    y: inch(area.y),
    w: inch(area.w),
    colW: order.map((c) => inch(widths[c]!)),
    rowH: rowHeights.map(inch),
    fontFace: look.font,
    fontSize: pt(size),
    color: look.ink,
    autoPage: false,
    ...(context.lang && { lang: context.lang }),
  });
  if (content.caption) caption(slide, content.caption, area.y + rowHeights.reduce((a, b) => a + b, 0) + 16, bodySize(fit) * 0.75, 'start', context);
}
