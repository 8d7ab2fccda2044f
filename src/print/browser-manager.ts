/**
 * One browser per build: launched on first use, shared by every PDF and screenshot, and
 * closed at the end (also on failure). Pages are opened and closed around each job.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { PrintError } from '../errors.js';
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
  /** How many times a browser was launched; tests check that a build launches one. */
  launches = 0;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  browser(): Promise<Browser> {
    this.launching ??= this.launch();
    return this.launching;
  }

  private async launch(): Promise<Browser> {
    const found = await requireBrowser(this.env);
    this.profileDir = mkdtempSync(path.join(os.tmpdir(), 'lectern-chrome-'));
    this.launches += 1;
    try {
      return await puppeteer.launch({
        executablePath: found.path,
        headless: true,
        args: LAUNCH_ARGS,
        userDataDir: this.profileDir,
      });
    } catch (cause) {
      throw new PrintError(`Could not start the browser at ${found.path} (found via ${found.via}): ${(cause as Error).message}`, { cause });
    }
  }

  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const browser = await this.browser();
    const page = await browser.newPage();
    try {
      return await fn(page);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
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
