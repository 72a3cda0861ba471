// `npm run demo` / `npm start`: serves dist/web on localhost (http://localhost:3000 by default) until
// Ctrl+C. Only files under dist/web are served; nothing is fetched from anywhere.
//   --port N        another port (or PORT=N)
//   --https         serve over https with office-addin-dev-certs' certificates (for Excel sideloading;
//                   needs `npm i -D office-addin-dev-certs`, not installed by default)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const WEB_ROOT = path.join(__dirname, '..', 'dist', 'web');

export function handler(root: string) {
  const base = path.resolve(root);
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const wanted = url.pathname === '/' ? '/demo.html' : decodeURIComponent(url.pathname);
    const file = path.resolve(base, '.' + wanted);
    const inside = file.startsWith(base + path.sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  };
}

async function httpsOptions(): Promise<{ key: string; cert: string; ca: string }> {
  try {
    // Optional dependency, resolved at run time only when --https is asked for.
    const certs = require('office-addin-dev-certs') as { getHttpsServerOptions: () => Promise<{ key: string; cert: string; ca: string }> };
    return await certs.getHttpsServerOptions();
  } catch (e) {
    throw new Error(`--https needs office-addin-dev-certs (npm i -D office-addin-dev-certs): ${(e as Error).message}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3000));
  const https = args.includes('--https');
  if (!existsSync(path.join(WEB_ROOT, 'demo.html'))) {
    process.stderr.write('dist/web/demo.html is missing: run `npm run build` first.\n');
    process.exit(2);
  }
  const serve = handler(WEB_ROOT);
  const server = https ? createHttps(await httpsOptions(), serve) : createHttp(serve);
  server.on('error', (e: NodeJS.ErrnoException) => {
    process.stderr.write(e.code === 'EADDRINUSE' ? `Port ${port} is in use: try --port ${port + 1}\n` : `${e.message}\n`);
    process.exit(2);
  });
  server.listen(port, 'localhost', () => {
    const origin = `${https ? 'https' : 'http'}://localhost:${port}`;
    process.stdout.write(`部门预算公开校验 demo: ${origin}/demo.html\n(task pane for Excel: ${origin}/taskpane.html) — Ctrl+C to stop\n`);
  });
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  });
}
