/**
 * axe-core, as a school's accessibility office runs it: WCAG 2.0 and 2.1, levels A and AA,
 * in the real browser, on the page as a reader sees it (and in each frame of it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Frame, Page } from 'puppeteer';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One element axe found wrong, with what a fixer needs: rule, impact, where, and why. */
export interface Finding {
  id: string;
  impact: string;
  help: string;
  /** The frame it is in ("" for the page itself) and the element's selector there. */
  frame: string;
  target: string;
  html: string;
  /** axe's own explanation, e.g. the colours and contrast it measured. */
  summary: string;
  /** The class of the slide the element is on, when it is on one (e.g. "divider"). */
  slideClass: string | undefined;
}

async function runIn(frame: Frame): Promise<Finding[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE);
  const results = (await frame.evaluate(
    // Each frame is checked on its own (below): axe's messages between frames of a file:// page
    // go unanswered, and a frame it cannot reach would pass unseen.
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false }),
    WCAG_21_AA,
  )) as AxeResults;
  const where = frame.parentFrame() ? frame.url().replace(/^.*\//, '') : '';
  const findings: Finding[] = [];
  for (const v of results.violations) {
    for (const node of v.nodes) {
      const target = node.target.map(String).join(' ');
      const slideClass = await frame.evaluate((sel) => document.querySelector(sel)?.closest('section')?.className, target).catch(() => undefined);
      findings.push({ id: v.id, impact: node.impact ?? v.impact ?? 'unknown', help: v.help, frame: where, target, html: node.html.slice(0, 160), summary: node.failureSummary ?? '', slideClass });
    }
  }
  return findings;
}

/** Every WCAG 2.1 A/AA violation axe finds on the page and in each of its frames. */
export async function axeFindings(page: Page): Promise<Finding[]> {
  const all: Finding[] = [];
  for (const frame of page.frames()) all.push(...(await runIn(frame)));
  return all;
}

/** Serious and critical: what stops a student using the page, and what this project promises never to ship. */
export const blocking = (f: Finding) => f.impact === 'serious' || f.impact === 'critical';

/** One line per finding, with all a fixer needs. */
export const describeFindings = (findings: readonly Finding[], where: string) =>
  findings
    .map((f) => `${where}: ${f.id} (${f.impact}) ${f.help}\n    at ${f.frame ? `${f.frame} → ` : ''}${f.target}${f.slideClass ? ` [slide class "${f.slideClass}"]` : ''}: ${f.html}\n    ${f.summary.replace(/\n\s*/g, ' | ')}`)
    .join('\n');
