/** Which slides were added, removed or changed between two builds: printed, and kept in CHANGES.md. */
import type { SlideSummary } from '../make/deck/slide-summary.js';

export const CHANGES_FILE = 'CHANGES.md';

/** Which slides were added, removed or changed between two builds, by number and title. */
export function slideChanges(before: SlideSummary[], after: SlideSummary[]): string[] {
  const key = (s: SlideSummary, i: number, all: SlideSummary[]) => `${s.title}#${all.slice(0, i).filter((o) => o.title === s.title).length}`;
  const old = new Map(before.map((s, i) => [key(s, i, before), { ...s, number: i + 1 }]));
  const now = new Map(after.map((s, i) => [key(s, i, after), { ...s, number: i + 1 }]));
  const added = [...now].filter(([k]) => !old.has(k)).map(([, s]) => s);
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, s]) => s);
  const lines: string[] = [];
  for (const [k, s] of now) {
    const was = old.get(k);
    if (was && was.hash !== s.hash) lines.push(`changed: slide ${s.number} “${s.title}”`);
  }
  for (const s of added) {
    // A slide whose title was edited in place reads better as one change than as two.
    const renamed = removed.findIndex((r) => r.number === s.number);
    if (renamed >= 0) lines.push(`changed: slide ${s.number} “${s.title}” (was “${removed.splice(renamed, 1)[0]!.title}”)`);
    else lines.push(`added: slide ${s.number} “${s.title}”`);
  }
  for (const s of removed) lines.push(`removed: slide ${s.number} “${s.title}” (of the previous deck)`);
  return lines.sort((a, b) => Number(a.match(/slide (\d+)/)![1]) - Number(b.match(/slide (\d+)/)![1]));
}

/** CHANGES.md with one more dated entry: `before` is the file as it is (absent for a new one). */
export function changesFile(before: string | undefined, title: string, lines: string[], when: Date): string {
  const head = before ?? `# Changes to “${title}”\n\nWhat changed in the deck at each build, newest last.\n`;
  const entry = `## ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
  return `${head.trimEnd()}\n\n${entry}`;
}
