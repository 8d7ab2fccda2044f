/**
 * One browser per build: launched on first use, shared by every PDF and screenshot, and
 * closed at the end (also on failure). Pages are opened and closed around each job.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import type { Browser, Page } from 'puppeteer';
import { PrintError } from '../../errors.js';
import { onInterrupt } from '../../interrupt.js';
import { traced } from '../../trace.js';
import { requireBrowser } from './find-browser.js';
import { DocumentPage, type Viewport } from './serve-document.js';

// Flags for a closed network and for running as root in containers and CI.
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // No network but this machine: documents come from memory (serve-document.ts), and left
  // alone the browser looks up and calls Google's update, sign-in and component servers.
  // Every name but localhost and its addresses is left unresolved (no DNS), and anything
  // that still tries goes to a proxy on a closed loopback port. Loopback itself goes direct
  // (a page of `lectern watch`, on 127.0.0.1, still loads: tests/watch).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE [::1]',
  '--proxy-server=127.0.0.1:9',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-pings',
  '--no-default-browser-check',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  // Pages print side by side; one in the background must still draw its slides when captured.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** Profile folders are named after the Lectern process that made them: lectern-chrome-<pid>-XXXXXX. */
const PROFILE_PREFIX = 'lectern-chrome-';

/**
 * Deletes the browser profiles of Lectern processes that no longer run (killed outright,
 * they could not tidy up), so that they do not pile up in the temporary folder.
 */
function sweepStaleProfiles(tmp: string = os.tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(PROFILE_PREFIX) ? Number(/^(\d+)-/.exec(name.slice(PROFILE_PREFIX.length))?.[1]) : 0;
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') continue;
      try {
        rmSync(path.join(tmp, name), { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // Tidying is best effort: a profile that cannot go (another user's, on a shared
        // machine) never stops a build.
      }
    }
  }
}

export class BrowserManager {
  private launching: Promise<Browser> | undefined;
  private profileDir: string | undefined;
  private forgetInterrupt: (() => void) | undefined;
  private pid: number | undefined;
  /** Pages set up for documents and free to take the next one. */
  private idle: DocumentPage[] = [];
  /**
   * Documents in the browser at once: more than the cores only makes each one slower. The
   * deck goes first when several wait: its slide pictures take longest.
   */
  private readonly slots = new PQueue({ concurrency: Number(process.env.LECTERN_PAGES) || os.availableParallelism() + 1 });
  /** Only the page in front draws, so pictures are taken one page at a time. */
  private readonly camera = new PQueue({ concurrency: 1 });
  private closed = false;
  /** How many times a browser was launched; tests check that a build launches one. */
  launches = 0;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  browser(): Promise<Browser> {
    // Work still queued when a build stops must not start a new browser behind it.
    if (this.closed) return Promise.reject(new PrintError('The browser was closed: the build has stopped.'));
    this.launching ??= traced('browser launch', () => this.launch());
    return this.launching;
  }

  private async launch(): Promise<Browser> {
    const found = await requireBrowser(this.env);
    this.forgetInterrupt = onInterrupt(() => this.kill());
    sweepStaleProfiles();
    this.profileDir = mkdtempSync(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
    this.launches += 1;
    try {
      // Loaded here, not at start-up: a build with nothing to print never needs it.
      const { default: puppeteer } = await import('puppeteer');
      const browser = await puppeteer.launch({
        executablePath: found.path,
        headless: true,
        args: LAUNCH_ARGS,
        userDataDir: this.profileDir,
        // Talk over a pipe, not a port: the browser then ends when Lectern does, however
        // Lectern ends (even killed outright, when it can tidy nothing up), as the pipe closes.
        pipe: true,
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

  /** Starts the browser now, so that it is ready by the time the first page is printed. */
  warmUp(): void {
    this.browser().catch(() => undefined);
  }

  /** A fresh page of its own, closed afterwards. */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const browser = await this.browser();
    return this.explainCrash(browser, async () => {
      const page = await browser.newPage();
      try {
        return await fn(page);
      } finally {
        await page.close().catch(() => undefined);
      }
    });
  }

  /**
   * `html` loaded into a page that may fetch only `assets` (see serve-document.ts). Pages
   * are kept and reused: a new one costs several times what loading a document does.
   */
  async withDocument<T>(
    label: string,
    html: string,
    assets: ReadonlyMap<string, string>,
    options: { viewport?: Viewport; first?: boolean },
    fn: (page: Page) => Promise<T>,
  ): Promise<T> {
    const browser = await this.browser();
    const run = () => this.explainCrash(browser, async () => {
      const doc = this.idle.pop() ?? (await traced('new page', async () => DocumentPage.open(await browser.newPage())));
      let result: T;
      try {
        await traced(`load ${label}`, doc.load(html, assets, options.viewport));
        result = await traced(`print ${label}`, fn(doc.page));
      } catch (error) {
        // A page that failed may be in any state: it is not used again.
        await doc.page.close().catch(() => undefined);
        throw error;
      }
      this.idle.push(doc);
      return result;
    });
    return this.slots.add(run, { priority: options.first ? 1 : 0 }) as Promise<T>;
  }

  /**
   * Runs `capture` with `page` in front. A page behind others is not drawn, so a
   * screenshot of it would wait for ever; pages therefore take turns.
   */
  inFront<T>(page: Page, capture: () => Promise<T>): Promise<T> {
    return this.camera.add(async () => {
      await page.bringToFront();
      return capture();
    }) as Promise<T>;
  }

  private async explainCrash<T>(browser: Browser, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
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
    this.closed = true;
    this.forgetInterrupt?.();
    const launching = this.launching;
    this.launching = undefined;
    this.idle = [];
    if (launching) {
      const browser = await launching.catch(() => undefined);
      await browser?.close().catch(() => undefined);
    }
    if (this.profileDir) rmSync(this.profileDir, { recursive: true, force: true });
    this.profileDir = undefined;
    // Also at the end of a build that printed nothing, so killed builds' profiles never stay.
    sweepStaleProfiles();
  }
}
