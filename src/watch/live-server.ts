/**
 * Serves output/ on localhost for watch mode. HTML pages get a small script that listens
 * for rebuilds (server-sent events): it reloads the page after a good build and shows
 * the error over the page after a broken one, until the next good save.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LecternError } from '../errors.js';
import { mimeType } from '../mime.js';
import { isLocalHost, resolveRequest } from './request-guard.js';

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

function serveFile(root: string, url: string, res: ServerResponse): void {
  const found = resolveRequest(root, url);
  if (found.status !== 200) {
    res.writeHead(found.status, { 'content-type': 'text/plain' }).end(found.why);
    return;
  }
  const { file } = found;
  const type = mimeType(file);
  res.setHeader('cache-control', 'no-store');
  if (type.startsWith('text/html')) {
    const html = readFileSync(file, 'utf8');
    res.writeHead(200, { 'content-type': type }).end(html.includes('</body>') ? html.replace(/<\/body>(?![\s\S]*<\/body>)/, `${CLIENT}</body>`) : html + CLIENT);
    return;
  }
  createReadStream(file)
    .once('open', () => res.writeHead(200, { 'content-type': type }))
    .on('error', () => (res.headersSent ? res.destroy() : res.writeHead(500, { 'content-type': 'text/plain' }).end('could not read the file')))
    .pipe(res);
}

/** Why the server could not start, in words a teacher can act on. */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') return new LecternError(`port ${port} is in use by another program: try --port ${port < 65535 ? port + 1 : 4700}, or stop that program`, { cause: error });
  if (error.code === 'EACCES') return new LecternError(`port ${port} needs administrator rights on this computer: use a port from 1024 up, e.g. --port 4700`, { cause: error });
  return error;
}

export async function startLiveServer(root: string, askedPort: number): Promise<LiveServer> {
  const clients = new Set<ServerResponse>();
  let port = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // Only the teacher's own browser: a page from another site, even one whose name was
    // made to lead here, names its own host.
    if (!isLocalHost(req.headers.host, port)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('this preview answers only http://localhost, http://127.0.0.1 and http://[::1]');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('only GET');
      return;
    }
    if (req.url === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    serveFile(root, req.url ?? '/', res);
  };
  const server: Server = createServer((req, res) => {
    // Whatever a request meets (a file gone mid-read, a folder where a file was), the
    // server answers it and keeps serving.
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('could not serve this');
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, askedPort)));
    // Loopback only: the preview is for the teacher's own browser.
    server.listen(askedPort, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
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
