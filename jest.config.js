/** Jest: TypeScript through ts-jest (type-checking is done once by `tsc --noEmit` in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  // office-addin-mock imports office-addin-manifest, whose dependencies are ESM-only on Node 20:
  // the mock only needs its OfficeApp enum, so a stub stands in for it.
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.ts',
  },
  testTimeout: 30000,
};
