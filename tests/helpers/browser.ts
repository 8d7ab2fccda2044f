/** One real browser per test file, as in a build. */
import { afterAll } from 'vitest';
import { BrowserManager } from '../../src/make/print/browser-manager.js';

export function sharedBrowser(): BrowserManager {
  const manager = new BrowserManager();
  afterAll(() => manager.close());
  return manager;
}
