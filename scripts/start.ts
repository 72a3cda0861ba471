// `npm start`: sideloads the add-in into desktop Excel where that exists (Windows, macOS), else serves
// the browser demo. Sideloading uses Microsoft's office-addin-debugging and office-addin-dev-certs
// (https with a trusted localhost certificate, which Excel requires); they are not dependencies of this
// project because their install needs native modules and admin rights — install them when you want
// to sideload: `npm i -D office-addin-debugging office-addin-dev-certs`.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..');
const serveArgs = ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'serve.ts')];

function installed(name: string): boolean {
  try {
    require.resolve(name, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

function serveDemo(reason: string): void {
  process.stdout.write(`${reason}\nServing the browser demo instead (the same task pane over an in-memory workbook).\n`);
  run(process.execPath, serveArgs);
}

function main(): void {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    serveDemo(
      `Desktop Excel does not run on ${process.platform}, so there is nothing to sideload into.\n` +
        'To try the add-in in Excel on the web: serve over https (npm i -D office-addin-dev-certs; then\n' +
        '`node -r ts-node/register/transpile-only scripts/serve.ts --https`) and upload manifest.xml via\n' +
        'Home → Add-ins → More add-ins → Upload my add-in.',
    );
    return;
  }
  if (!installed('office-addin-debugging') || !installed('office-addin-dev-certs')) {
    serveDemo('To sideload into desktop Excel, first run: npm i -D office-addin-debugging office-addin-dev-certs');
    return;
  }
  const devServer = `"${process.execPath}" ${serveArgs.map((a) => `"${a}"`).join(' ')} --https`;
  run('npx', ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', devServer, '--dev-server-port', '3000']);
}

main();
