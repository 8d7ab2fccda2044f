/**
 * The preview server under attack and faults: it serves output/ and nothing else, only to
 * the teacher's own browser, and no request ever stops it. The real server, on a free port,
 * against a folder on disk.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../../src/watch/live-server.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-live-server-'));
const out = path.join(work, 'output');
const outside = path.join(work, 'private');
let server: LiveServer;

beforeAll(async () => {
  mkdirSync(path.join(out, 'physics', 'waves'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<html><body>Course index</body></html>');
  writeFileSync(path.join(out, 'physics', 'waves', 'deck.html'), '<html><body>Waves deck</body></html>');
  // A lecture named index.html.yaml builds to a folder called index.html.
  mkdirSync(path.join(out, 'physics', 'index.html', 'nested'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0:secret');
  symlinkSync(outside, path.join(out, 'leak'));
  symlinkSync(path.join(outside, 'passwd'), path.join(out, 'leak-file.html'));
  server = await startLiveServer(out, 0);
});
afterAll(async () => {
  await server.close();
});

/** A request sent as typed: the path unnormalised, any Host header. */
function raw(rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

const stillAnswers = async () => expect((await raw('/physics/waves/deck.html')).status).toBe(200);

describe('the watch preview server', () => {
  it('answers a folder whose index.html is itself a folder with "not found", and keeps answering', async () => {
    const folder = await raw('/physics/');
    expect(folder.status).toBe(404);
    expect((await raw('/physics/index.html')).status).toBe(404);
    await stillAnswers();
  });

  it('serves the index.html of a folder when it is a file', async () => {
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('Course index');
  });

  it('does not follow a link out of the output folder', async () => {
    for (const p of ['/leak/passwd', '/leak/', '/leak-file.html']) {
      const res = await raw(p);
      expect([403, 404]).toContain(res.status);
      expect(res.body).not.toContain('secret');
    }
    await stillAnswers();
  });

  it('refuses a page asked for under another host name (DNS rebinding)', async () => {
    const evil = await raw('/physics/waves/deck.html', { host: 'evil.example' });
    expect([403, 421]).toContain(evil.status);
    expect(evil.body).not.toContain('Waves deck');
    expect([403, 421]).toContain((await raw('/physics/waves/deck.html', { host: `evil.example:${new URL(server.url).port}` })).status);
    expect([403, 421]).toContain((await raw('/__lectern/events', { host: 'evil.example' })).status);
    const { port } = new URL(server.url);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await raw('/physics/waves/deck.html', { host })).status).toBe(200);
    }
  });

  it('answers malformed, climbing, encoded-slash and NUL addresses with a 4xx, and keeps answering', async () => {
    for (const p of ['/%E0%A4%A', '/%', '/../private/passwd', '/physics/../../private/passwd', '/%2e%2e/private/passwd', '/physics%2fwaves%2fdeck.html', '/..%2fprivate%2fpasswd', '/..%5cprivate%5cpasswd', '/physics/waves/deck.html%00', '/%00']) {
      const res = await raw(p);
      expect(res.status, p).toBeGreaterThanOrEqual(400);
      expect(res.status, p).toBeLessThan(500);
      expect(res.body).not.toContain('secret');
      await stillAnswers();
    }
  });
});
