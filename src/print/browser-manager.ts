/**
 * One browser per build: launched on first use, shared by every PDF and screenshot, and
 * closed at the end (also on failure). Pages are opened and closed around each job.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { PrintError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { requireBrowser } from './find-browser.js';

// Flags for a closed network and for running as root in containers and CI.
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

export class BrowserManager {
  private launching: Promise<Browser> | undefined;
  private profileDir: string | undefined;
  private forgetInterrupt: (() => void) | undefined;
  private pid: number | undefined;
  /** How many times a browser was launched; tests check that a build launches one. */
  launches = 0;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  browser(): Promise<Browser> {
    this.launching ??= this.launch();
    return this.launching;
  }

  private async launch(): Promise<Browser> {
    const found = await requireBrowser(this.env);
    this.forgetInterrupt = onInterrupt(() => this.kill());
    this.profileDir = mkdtempSync(path.join(os.tmpdir(), 'lectern-chrome-'));
    this.launches += 1;
    try {
      // Loaded here, not at start-up: a build with nothing to print never needs it.
      const { default: puppeteer } = await import('puppeteer');
      const browser = await puppeteer.launch({
        executablePath: found.path,
        headless: true,
        args: LAUNCH_ARGS,
        userDataDir: this.profileDir,
        // Lectern handles Ctrl-C itself (see bin/lectern.ts), so that it can tidy up first.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      this.pid = browser.process()?.pid;
      return browser;
    } catch (cause) {
      throw new PrintError(`Could not start the browser at ${found.path} (found via ${found.via}): ${(cause as Error).message}`, { cause });
    }
  }

  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const browser = await this.browser();
    try {
      const page = await browser.newPage();
      try {
        return await fn(page);
      } finally {
        await page.close().catch(() => undefined);
      }
    } catch (cause) {
      if (browser.connected) throw cause;
      throw new PrintError(
        `The browser stopped while printing (${(cause as Error).message.split('\n')[0]}). Nothing was written: your previous outputs are unchanged. Build again; if it keeps happening, run with --debug.`,
        { cause },
      );
    }
  }

  /** Ends the browser at once, for Ctrl-C: synchronous, since the process exits right after. */
  kill(): void {
    if (this.pid !== undefined) {
      try {
        process.kill(this.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    const profile = this.profileDir;
    // A browser still starting up has no pid yet; Puppeteer kills it when the process
    // exits, so the profile is removed then, after it (exit listeners run in order).
    if (profile) process.once('exit', () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 }));
  }

  async close(): Promise<void> {
    this.forgetInterrupt?.();
    const launching = this.launching;
    this.launching = undefined;
    if (launching) {
      const browser = await launching.catch(() => undefined);
      await browser?.close().catch(() => undefined);
    }
    if (this.profileDir) rmSync(this.profileDir, { recursive: true, force: true });
    this.profileDir = undefined;
  }
}
