// Runs every check and ends with the one line CI reads: "N passed, N failed".
// Vitest's own summary is not recognised there (shared/TOOLCHAIN.md §5.15), so the type check, the lint (Biome:
// rules, formatting, runtime import cycles; knip: unused exports and dependencies) and the build count as one check
// each beside vitest's tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const step = (args) => spawnSync('pnpm', args, { stdio: 'inherit' }).status === 0;

let passed = 0;
let failed = 0;
/** tests that did not run here (the GrowthBook vectors on a clone without ../shared); CI has none */
let skipped = 0;
for (const [name, args] of [
  ['typecheck', ['typecheck']],
  ['lint', ['lint']],
  ['build', ['build']],
]) {
  const ok = step(args);
  if (ok) passed++;
  else failed++;
  console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
}

rmSync('test-results/vitest.json', { force: true });
mkdirSync('test-results', { recursive: true });
const vitestOk = step([
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
  ...process.argv.slice(2),
]);
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no failed test of its own but fails the run.
  if (!vitestOk && report.numFailedTests === 0) failed++;
} catch {
  failed++;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
