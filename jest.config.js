/**
 * Jest: TypeScript through ts-jest (type-checking is done once by `tsc --noEmit` in `npm test`).
 * Two projects: `unit` (everything but the browser) and `e2e` (Playwright drives the demo in Chromium;
 * its global set-up builds the demo and serves it on a free localhost port).
 */
const transform = { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] };
// office-addin-mock imports office-addin-manifest, whose dependencies are ESM-only on Node 20:
// the mock only needs its OfficeApp enum, so a stub stands in for it.
const moduleNameMapper = { '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.ts' };

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.test.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/tests/e2e/setup/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/e2e/setup/globalTeardown.ts',
    },
  ],
};
