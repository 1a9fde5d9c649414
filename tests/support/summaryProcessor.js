// Writes jest's totals to test-output/jest-summary.json, which .ci/run prints as one plain line.
const fs = require('node:fs');
const path = require('node:path');

module.exports = (results) => {
  const dir = path.join(__dirname, '..', '..', 'test-output');
  fs.mkdirSync(dir, { recursive: true });
  const summary = {
    passed: results.numPassedTests,
    failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
    skipped: results.numPendingTests + results.numTodoTests,
    suites: results.numTotalTestSuites,
  };
  fs.writeFileSync(path.join(dir, 'jest-summary.json'), JSON.stringify(summary));
  return results;
};
