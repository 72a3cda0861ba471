// A static server over dist/web on a free localhost port: the e2e page's only origin. It is the same
// handler `npm run demo` serves with (scripts/serve.ts), so the tests see what a user sees.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handler } from '../../scripts/serve';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
