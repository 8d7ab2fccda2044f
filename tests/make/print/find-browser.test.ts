import { describe, expect, it } from 'vitest';
import { PrintError } from '../../../src/errors.js';
import { findBrowser, requireBrowser } from '../../../src/make/print/find-browser.js';

const chromium = '/usr/bin/chromium';

describe('findBrowser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first, then CHROME_PATH', async () => {
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: chromium, CHROME_PATH: '/nowhere' }, [])).toEqual({
      path: chromium,
      via: 'PUPPETEER_EXECUTABLE_PATH',
    });
    expect(await findBrowser({ CHROME_PATH: chromium }, [])).toEqual({ path: chromium, via: 'CHROME_PATH' });
  });

  it('says so when an explicit path points at nothing', async () => {
    await expect(findBrowser({ CHROME_PATH: '/no/such/chrome' }, [chromium])).rejects.toThrow(
      'CHROME_PATH is set to "/no/such/chrome", but no browser is there',
    );
  });

  it('falls back to a system Chromium without configuration', async () => {
    expect(await findBrowser({}, ['/no/such/browser', chromium])).toEqual({ path: chromium, via: 'system' });
  });

  it('names what is missing and the command that fixes it when there is no browser at all', async () => {
    const error = await requireBrowser({}, ['/no/such/browser']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintError);
    expect((error as Error).message).toContain('No Chrome or Chromium was found');
    expect((error as Error).message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
  });
});
