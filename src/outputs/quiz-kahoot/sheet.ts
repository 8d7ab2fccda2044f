/**
 * quiz-kahoot.xlsx in the layout of Kahoot's "Quiz spreadsheet template", which its importer
 * reads: the template's title and instructions above, its header on row 8 (columns B–H:
 * question, answers 1–4, time limit, correct answer(s)), one question a row from row 9 with
 * its number in column A. The header and instructions are Kahoot's own words, as in its
 * template (the teacher reads them, not the students; Kahoot ships the template in English).
 */
// exceljs is loaded when a sheet is made, not by every command that lists the outputs.
import type ExcelJSType from 'exceljs';
import { TIME_LIMIT, type KahootRow } from './rows.js';

export const HEADER_ROW = 8;
export const FIRST_ROW = 9;

export const HEADERS = [
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
];

const WIDTHS = [12.5, 49.3, 31.8, 31.8, 31.8, 31.8, 26.3, 33.2];

// Kahoot's template gives no date; a fixed one keeps the same lecture's file the same bytes.
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export async function kahootSheet(rows: KahootRow[]): Promise<Uint8Array> {
  const { default: ExcelJS } = (await import('exceljs')) as unknown as { default: typeof ExcelJSType };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lectern';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Sheet1');
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getCell('B2').value = 'Quiz template';
  sheet.getCell('B2').font = { bold: true, size: 16 };
  const note = (row: number, text: string) => {
    sheet.getCell(`B${row}`).value = text;
    sheet.mergeCells(`B${row}:H${row}`);
  };
  note(3, 'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!');
  note(4, 'Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma.');
  note(6, "And remember,  if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!");
  const header = sheet.getRow(HEADER_ROW);
  HEADERS.forEach((text, i) => (header.getCell(i + 2).value = text));
  header.font = { bold: true };
  rows.forEach((row, i) => {
    const line = sheet.getRow(FIRST_ROW + i);
    line.getCell(1).value = i + 1;
    line.getCell(2).value = row.question;
    row.answers.forEach((answer, a) => (line.getCell(3 + a).value = answer));
    line.getCell(7).value = TIME_LIMIT;
    line.getCell(8).value = row.correct;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
