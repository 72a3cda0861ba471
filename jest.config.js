/** @type {import('jest').Config} */
const unit = {
  displayName: 'unit',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-shim.js' },
  transform: {
    // Type checking is done once by `tsc --noEmit` in `npm test`; jest only transpiles.
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // The browser tests (test/e2e/*.e2e.ts) build dist/web first; `jest --selectProjects unit` skips them.
  projects: [unit, require('./test/e2e/jest.config.js')],
};
