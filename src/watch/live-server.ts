/**
 * Serves output/ on localhost for watch mode. HTML pages get a small script that listens
 * for rebuilds (server-sent events): it reloads the page after a good build and shows
 * the error over the page after a broken one, until the next good save.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { mimeType } from '../mime.js';
import { isInside } from '../paths.js';

export const EVENTS_PATH = '/__lectern/events';

// Injected into every HTML page served; never written to disk.
const CLIENT = `<script>(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  const overlay = () => document.getElementById('lectern-error') || Object.assign(document.body.appendChild(document.createElement('pre')), { id: 'lectern-error' });
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('problem', (e) => {
    const box = overlay();
    box.textContent = 'Lectern could not rebuild — your last good outputs are shown.\\n\\n' + JSON.parse(e.data).message;
    box.style.cssText = 'position:fixed;inset:auto 16px 16px 16px;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:16px 20px;background:#fff4f0;color:#5a1600;border:3px solid #b4441a;border-radius:6px;font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap;box-shadow:0 8px 30px rgba(0,0,0,.3)';
  });
})();</script>`;

export interface LiveServer {
  url: string;
  /** Tells every open page: reload, or show a problem. */
  send(event: 'reload' | 'problem', data: object): void;
  close(): Promise<void>;
}

function serveFile(root: string, urlPath: string, res: ServerResponse): void {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]!).replace(/^\/+/, '');
  } catch {
    res.writeHead(400).end('bad address');
    return;
  }
  let file = path.resolve(root, rel);
  // Only files inside output/: nothing beside or above it.
  if (!isInside(root, file, { orSame: true })) {
    res.writeHead(403).end('forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not built yet');
    return;
  }
  const type = mimeType(file);
  res.setHeader('cache-control', 'no-store');
  if (type.startsWith('text/html')) {
    const html = readFileSync(file, 'utf8');
    res.writeHead(200, { 'content-type': type }).end(html.includes('</body>') ? html.replace(/<\/body>(?![\s\S]*<\/body>)/, `${CLIENT}</body>`) : html + CLIENT);
    return;
  }
  res.writeHead(200, { 'content-type': type });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export async function startLiveServer(root: string, port: number): Promise<LiveServer> {
  const clients = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    if (req.url === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    serveFile(root, req.url ?? '/', res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the preview is for the teacher's own browser.
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    send(event, data) {
      for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
      }),
  };
}
