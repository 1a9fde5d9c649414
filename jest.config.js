// Jest runs TypeScript through ts-jest; integration tests share one throw-away Neo4j.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  setupFiles: ['reflect-metadata'],
  testResultsProcessor: '<rootDir>/tests/support/summaryProcessor.js',
  testTimeout: 120000,
  verbose: false,
};
