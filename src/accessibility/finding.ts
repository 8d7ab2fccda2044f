/**
 * What `lectern check-accessibility` reports of a lecture: per topic, what was checked (a
 * line saying so, whether or not anything was found) and the problems a teacher should fix,
 * as located problems like every other message of Lectern's.
 */
import type { Problem } from '../problems/problem.js';

export type Topic = 'alt text' | 'language' | 'contrast' | 'type size' | 'deck.html';

export interface TopicReport {
  topic: Topic;
  /** One line: what was looked at, e.g. "3 pictures, each with alt text". */
  checked: string;
  problems: Problem[];
}
