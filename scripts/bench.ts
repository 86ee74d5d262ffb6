// Runs every benchmark (apps/*/bench/*.ts, packages/*/bench/*.ts) in turn, each in its own process so one cannot warm
// or slow the next, and prints their figures. docs/BENCHMARKS.md records them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const files = ['apps', 'packages']
  .flatMap((group) => readdirSync(group).map((name) => `${group}/${name}/bench`))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${dir}/${name}`),
  )
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`✗ ${file} failed (exit ${run.status ?? run.signal})`);
  }
}
console.log(`\n${files.length - failed} of ${files.length} benchmarks ran`);
process.exit(failed === 0 ? 0 : 1);
