/**
 * Runs at `npm install`: makes sure a Chrome or Chromium is there for printing. On Debian
 * or Ubuntu, as root, it installs Debian's chromium package and says so; it never
 * downloads a browser build from anywhere else. It never fails the install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, installHint } from '../make/print/find-browser.js';

const say = (line: string) => process.stdout.write(`lectern: ${line}\n`);

async function run(): Promise<void> {
  const found = await findBrowser().catch(() => undefined);
  if (found) {
    say(`using ${found.path} (found via ${found.via}) to print PDFs`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    say("no Chrome or Chromium found; installing Debian's chromium package (apt-get install -y chromium)…");
    const apt = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt(['update']).status === 0 && apt(['install', '-y', '--no-install-recommends', 'chromium']).status === 0) {
      say('installed chromium at /usr/bin/chromium');
      return;
    }
    say('could not install chromium with apt-get; see the messages above');
  }
  say(`no Chrome or Chromium found; builds will stop until one is installed. To fix it, ${installHint()}`);
}

await run();
