/**
 * Finds a Chrome or Chromium without configuration, in this order: an explicit path
 * (PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH), Puppeteer's own browser cache, then a
 * system Chrome or Chromium. Lectern never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { PrintError } from '../../errors.js';

const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export interface FoundBrowser {
  path: string;
  /** Where it was found, for messages and --debug. */
  via: 'PUPPETEER_EXECUTABLE_PATH' | 'CHROME_PATH' | 'puppeteer cache' | 'system';
}

/** Puppeteer's cached Chrome, if one was ever downloaded on this machine. */
async function puppeteerCacheBrowser(): Promise<string | undefined> {
  try {
    const { default: puppeteer } = await import('puppeteer');
    const candidate = puppeteer.executablePath();
    return candidate && existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

export async function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  systemPaths: readonly string[] = SYSTEM_BROWSERS[process.platform] ?? [],
): Promise<FoundBrowser | undefined> {
  for (const variable of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const value = env[variable];
    if (!value) continue;
    if (existsSync(value)) return { path: value, via: variable };
    // An explicit setting that is wrong is a mistake to report, not to paper over.
    throw new PrintError(`${variable} is set to "${value}", but no browser is there. Fix the path, or unset ${variable} to let Lectern find Chromium itself.`);
  }
  const cached = await puppeteerCacheBrowser();
  if (cached) return { path: cached, via: 'puppeteer cache' };
  const system = systemPaths.find((p) => existsSync(p));
  return system ? { path: system, via: 'system' } : undefined;
}

/** The command that installs a browser on this kind of machine, for the "no browser" message. */
export function installHint(): string {
  if (process.platform === 'darwin') return 'install Google Chrome from google.com/chrome, or run: brew install --cask chromium';
  if (process.platform === 'win32') return 'install Google Chrome, or set CHROME_PATH to your chrome.exe';
  return 'run: sudo apt-get update && sudo apt-get install -y chromium   (or set CHROME_PATH to a Chrome or Chromium you have)';
}

export async function requireBrowser(
  env: NodeJS.ProcessEnv = process.env,
  systemPaths?: readonly string[],
): Promise<FoundBrowser> {
  const found = await findBrowser(env, systemPaths);
  if (!found) {
    throw new PrintError(`No Chrome or Chromium was found; Lectern needs one to make PDFs and PowerPoint files.\nTo fix it, ${installHint()}`);
  }
  return found;
}
