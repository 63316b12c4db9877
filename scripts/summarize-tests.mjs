// Sums the suites into the closing line CI reads: "N passed, N failed, N skipped".
// A step without its own test counts (typecheck, lint, build) that failed counts as one failure,
// and so does a test step that failed without reporting any failed test (it crashed).
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, e2eFile, failedStepList = ''] = process.argv.slice(2);
const failedSteps = failedStepList.split('|').filter(Boolean);

function read(file, pick) {
  if (!existsSync(file)) return null;
  return pick(JSON.parse(readFileSync(file, 'utf8')));
}
const suites = {
  vitest: read(vitestFile, (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  })),
  e2e: read(e2eFile, (r) => ({ passed: r.passed, failed: r.failed, skipped: r.skipped ?? 0 })),
};
let passed = 0;
let failed = 0;
let skipped = 0;
for (const s of Object.values(suites)) {
  if (!s) continue;
  passed += s.passed;
  failed += s.failed;
  skipped += s.skipped;
}
for (const step of failedSteps) {
  const suite = step.startsWith('unit') ? suites.vitest : step.startsWith('browser') ? suites.e2e : null;
  if (!suite || suite.failed === 0) failed += 1;
  console.log(`failed step: ${step}`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
