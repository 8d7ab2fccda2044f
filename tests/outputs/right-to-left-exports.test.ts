/**
 * An Arabic lecture's questions and cards in Moodle, Canvas and Anki: their pages are left to
 * right (an English Moodle, Canvas or Anki shows an Arabic course too), where an Arabic
 * sentence's "؟" lands at its start. Each text of a right-to-left lecture says its direction;
 * a left-to-right one's HTML is as before. Read back from each file's own form.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Lecture, Question } from '../../src/load/lecture.js';
import { englishLabels } from '../../src/make/labels.js';
import { ankiNotes } from '../../src/outputs/flashcards-anki/anki-package.js';
import { giftFile } from '../../src/outputs/quiz-gift/gift.js';
import { moodleXmlFile } from '../../src/outputs/quiz-moodle/moodle-xml.js';
import { assessmentXml } from '../../src/outputs/quiz-qti/assessment.js';
import { moodleReadGift } from '../helpers/moodle-gift-reader.js';

const QUESTION = 'ما هو الماء؟';
const questions: Question[] = [{ question: QUESTION, choices: ['ماء', 'هواء'], answer: 'ماء', kind: 'choice', explain: 'الماء سائل.' }];
const lecture = (language: string) => ({ title: 'الماء', questions, language, handouts: { shuffle: false } as Lecture['handouts'] });
const texts = (xml: string, tag: string) => Array.from(new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagName(tag)).map((e) => e.textContent ?? '');

describe('a right-to-left lecture’s exports', () => {
  it('Moodle XML: the question, its choices and its feedback are marked right to left', () => {
    const html = (xml: string, tag: string) => texts(xml, tag).map((t) => t.trim());
    const xml = moodleXmlFile(lecture('ar'));
    expect(html(xml, 'questiontext')).toEqual([`<div dir="rtl">${QUESTION}</div>`]);
    expect(html(xml, 'generalfeedback')).toEqual(['<div dir="rtl">الماء سائل.</div>']);
    expect(html(xml, 'answer')).toEqual(['<span dir="rtl">ماء</span>', '<span dir="rtl">هواء</span>']);
    expect(moodleXmlFile(lecture('en'))).not.toContain('dir=');
  });

  it('GIFT: so are its question’s choices and feedback, read as Moodle reads them', () => {
    const [, question] = moodleReadGift(giftFile(lecture('ar')));
    expect(question).toMatchObject({ qtype: 'multichoice', generalfeedback: '<div dir="rtl">الماء سائل.</div>', answers: [{ right: true, text: '<span dir="rtl">ماء</span>' }, { right: false, text: '<span dir="rtl">هواء</span>' }] });
    // GIFT escapes the attribute's "=", which Moodle reads back.
    expect(giftFile(lecture('ar'))).toContain(`[html]<div dir\\="rtl">${QUESTION}</div>`);
    expect(giftFile(lecture('fr'))).not.toContain('dir=');
  });

  it('Canvas QTI: the question, choices and feedback', () => {
    const mattexts = texts(assessmentXml({ ident: 'a', title: 'الماء', questions, labels: englishLabels(), language: 'ar' }), 'mattext');
    expect(mattexts).toEqual([`<div dir="rtl"><p>${QUESTION}</p></div>`, '<span dir="rtl">ماء</span>', '<span dir="rtl">هواء</span>', '<div dir="rtl"><p>الماء سائل.</p></div>']);
    expect(texts(assessmentXml({ ident: 'a', title: 'x', questions, labels: englishLabels(), language: 'hi' }), 'mattext').join('')).not.toContain('dir=');
  });

  it('Anki: both sides of a card', () => {
    const glossary = [{ term: 'الماء', definition: 'سائل شفاف؟' }];
    const [note] = ankiNotes({ lecture: { ...lecture('ar'), glossary } as unknown as Lecture, outPath: 'water' });
    expect(note!.fields).toEqual(['<div dir="rtl">الماء</div>', '<div dir="rtl">سائل شفاف؟</div>']);
    expect(note!.sortField).toBe('الماء');
    const [ltr] = ankiNotes({ lecture: { ...lecture('en'), glossary } as unknown as Lecture, outPath: 'water' });
    expect(ltr!.fields).toEqual(['الماء', 'سائل شفاف؟']);
  });
});

