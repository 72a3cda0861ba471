// Drives the demo page in Debian's Chromium through playwright-core. Every request that is not to
// our own static server is aborted and recorded, and a test fails if the list is not empty: budget
// data never leaves the machine, and the page must not need the internet to work.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = path.join(__dirname, '..', '..', 'dist', 'web');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Demo {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** Requests that tried to leave our origin (aborted). */
  outside: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Schemes that never leave the machine: in-memory downloads, inline data, the about page. */
const LOCAL_SCHEME = /^(data|blob|about):/;

export async function openDemo(viewport = { width: 1440, height: 1000 }): Promise<Demo> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!existsSync(path.join(DIST, 'demo.html'))) throw new Error('dist/web/demo.html is missing: the e2e global setup builds it');
  const server: StaticServer = await serveStatic(DIST);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'budget-check-e2e-'));
  let browser: Browser | undefined;
  let context: BrowserContext;
  try {
    // A persistent context on a fresh directory: nothing from another run (cache, storage) leaks in.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport,
      acceptDownloads: true,
      serviceWorkers: 'block',
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    browser = context.browser() ?? undefined;
  } catch (e) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const outside: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + '/') || LOCAL_SCHEME.test(url)) return route.continue();
    if (!outside.includes(url)) outside.push(url);
    return route.abort('blockedbyclient');
  });
  // Belt and braces: anything the router did not see (a websocket, a request from a worker) is recorded too.
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.origin + '/') && !LOCAL_SCHEME.test(url) && !outside.includes(url)) outside.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('websocket', (ws) => outside.push(ws.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  return {
    page,
    context,
    origin: server.origin,
    outside,
    pageErrors,
    async close() {
      await context.close();
      await browser?.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
