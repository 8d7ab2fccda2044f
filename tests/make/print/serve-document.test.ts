import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGIN } from '../../../src/make/print/serve-document.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();

describe('a page being printed', () => {
  it('gets the files it is given, and nothing else: no network, no other local file', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => void (hits.push(req.url ?? ''), res.end('x')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-serve-'));
    writeFileSync(path.join(dir, 'ok.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    const html = `<img id="ok" src="images/ok.svg"><img id="web" src="http://127.0.0.1:${port}/a.png"><img id="disk" src="file:///etc/hostname"><img id="other" src="images/not-given.png">`;
    try {
      const loaded = await browser.withDocument('test', html, new Map([['images/ok.svg', path.join(dir, 'ok.svg')]]), {}, async (page) => {
        const fetched = await page.evaluate(async (url) => fetch(url).then(() => 'fetched', () => 'blocked'), `http://127.0.0.1:${port}/fetch`);
        const sizes = await page.$$eval('img', (imgs) => imgs.map((i) => `${i.id}:${(i as HTMLImageElement).naturalWidth}`));
        return { fetched, sizes, url: page.url() };
      });
      expect(loaded.url).toBe(`${ORIGIN}/index.html`);
      expect(loaded.sizes).toEqual(['ok:4', 'web:0', 'disk:0', 'other:0']);
      expect(loaded.fetched).toBe('blocked');
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });
});
