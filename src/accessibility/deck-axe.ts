/**
 * deck.html as a browser shows it, checked by axe-core against WCAG 2.1 A and AA: what a
 * school's accessibility office runs on a web page. The deck is rendered as the build
 * renders it, in the build's browser; nothing is written.
 */
import { readFileSync } from 'node:fs';
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

const axePath = (file: string) => createRequire(import.meta.url).resolve(`axe-core/${file}`);
let axeSource: Promise<string> | undefined;
const readAxe = () => (axeSource ??= readFile(axePath('axe.min.js'), 'utf8'));
let version: string | undefined;

/** The axe-core that checks, e.g. "4.14.1": named in the report. Read once. */
export const axeVersion = (): string => (version ??= (JSON.parse(readFileSync(axePath('package.json'), 'utf8')) as { version: string }).version);

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
