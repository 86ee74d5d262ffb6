import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

// `pnpm lint` (run by `pnpm test`) fails the run on a runtime import cycle in any src/: Biome's noImportCycles with
// ignoreTypes, so a cycle made only of `import type` is allowed (it vanishes at run time). Shown on a planted tree.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const tree = mkdtempSync(join(tmpdir(), 'growthkit-cycles-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function plant(files: Record<string, string>): void {
  copyFileSync(join(ROOT, 'biome.jsonc'), join(tree, 'biome.jsonc'));
  mkdirSync(join(tree, 'src'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(tree, 'src', name), text);
}

const lint = () => spawnSync(BIOME, ['lint', '--vcs-enabled=false', 'src'], { cwd: tree, encoding: 'utf8' });

test('a runtime import cycle fails the lint, naming the files', () => {
  plant({
    'rate.ts': "import { round } from './round.ts';\nexport const rate = (a: number, b: number) => round(a / b);\n",
    'round.ts':
      "import { rate } from './rate.ts';\nexport const round = (x: number) => Math.round(x * 100) / 100;\nexport const half = () => rate(1, 2);\n",
  });
  const run = lint();
  const output = run.stdout + run.stderr;
  expect(run.status).not.toBe(0);
  expect(output).toContain('noImportCycles');
  expect(output).toMatch(/rate\.ts|round\.ts/);
});

test('a cycle made only of type imports passes', () => {
  rmSync(join(tree, 'src'), { recursive: true, force: true });
  plant({
    'node.ts':
      "import type { Edge } from './edge.ts';\nexport interface Node { edges: Edge[] }\nexport const node = (): Node => ({ edges: [] });\n",
    'edge.ts': "import type { Node } from './node.ts';\nexport interface Edge { to: Node }\nexport const weight = 1;\n",
  });
  const run = lint();
  expect(run.stdout + run.stderr).not.toContain('noImportCycles');
  expect(run.status).toBe(0);
});
