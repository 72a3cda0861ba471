// The browser tests as a jest project (listed in the root jest.config.js): they need a production build of
// dist/web, which the global setup makes — jest runs it only when a test of this project is selected — and
// Debian's Chromium. `npm test` runs them after the unit tests; `npm run test:e2e` runs them alone.
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: path.join(__dirname, '..', '..'),
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
};
