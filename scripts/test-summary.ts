/**
 * Prints one closing line for the whole `npm test` run, from the JSON reports that Vitest and
 * Playwright write to .test-output/: "tests: N passed, N failed, N skipped". Exits 1 on any
 * failure, or when a report is missing or counts no test at all.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function unit(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

function e2e(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return {
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  };
}

const parts: [string, string, (f: string) => Counts][] = [
  ['unit', '.test-output/unit.json', unit],
  ['e2e', '.test-output/e2e.json', e2e],
];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
for (const [name, file, read] of parts) {
  if (!existsSync(file)) {
    console.error(`${name}: no report at ${file} (did that suite run?)`);
    ok = false;
    continue;
  }
  const c = read(file);
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
if (total.passed === 0) ok = false;
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(ok && total.failed === 0 ? 0 : 1);
