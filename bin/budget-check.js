#!/usr/bin/env node
// Runs the compiled CLI (npm run build:cli); falls back to the TypeScript sources in a dev checkout.
const path = require('node:path');
const fs = require('node:fs');
const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled).buildProgram().parseAsync(process.argv);
} else {
  require('ts-node').register({ transpileOnly: true });
  require('../src/cli/main.ts').buildProgram().parseAsync(process.argv);
}
