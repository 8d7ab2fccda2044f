/**
 * deck.html as a browser shows it, checked by axe-core against WCAG 2.1 A and AA: what a
 * school's accessibility office runs on a web page. The deck is rendered as the build
 * renders it, in the build's browser; nothing is written.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the first few elements that fail. */
  targets: string[];
}

let axeSource: Promise<string> | undefined;
const readAxe = () => (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/** Runs axe-core in a loaded page: the WCAG 2.1 A/AA rules' violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: await readAxe() });
  return page.evaluate(async (tags) => {
    type Result = { id: string; impact: AxeViolation['impact']; help: string; helpUrl: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, [...WCAG_TAGS]);
}
