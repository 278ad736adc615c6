// Prints one closing line for the whole test run, "N passed, N failed", from the JSON reports that
// `npm test` writes (unit/property/component and browser journeys).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['.tmp/results-unit.json', '.tmp/results-e2e.json']) {
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing`);
    process.exit(1);
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
