// Builds the web bundle (task pane + demo page) once before the browser tests, in production mode:
// the tests drive what a user would be served. E2E_SKIP_BUILD=1 reuses dist/web when iterating locally.
import { existsSync } from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';

const root = path.join(__dirname, '..', '..');
export const DIST = path.join(root, 'dist', 'web');

function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(root, 'webpack.config.js'));
  const config: webpack.Configuration = typeof factory === 'function' ? factory({}, { mode: 'production' }) : factory;
  return new Promise((resolve, reject) =>
    webpack({ ...config, mode: 'production' }, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(DIST, 'demo.html'))) return;
  const started = Date.now();
  await build();
  process.stderr.write(`e2e: built dist/web in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
