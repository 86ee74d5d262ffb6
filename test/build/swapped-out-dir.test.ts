// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, test } from 'vitest';
import { swappedOutDir } from '../../scripts/swapped-out-dir.ts';

// dist/console and dist/demo are served while `pnpm build` rebuilds them: at every moment of a build the served folder
// must be a whole build, the old one until the new one is complete, never emptied (a 404) nor half written.
const dir = mkdtempSync(join(tmpdir(), 'growthkit-swapped-out-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = join(dir, 'app');
const served = join(dir, 'served');

/** The text of the script the page in `folder` names, as a server would answer both; undefined when either is missing. */
function pageScript(folder: string): string | undefined {
  const page = join(folder, 'index.html');
  if (!existsSync(page)) return undefined;
  const script = /src="\/(assets\/[^"]+\.js)"/.exec(readFileSync(page, 'utf8'))?.[1];
  const file = script === undefined ? undefined : join(folder, script);
  return file !== undefined && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Builds the page saying `word`; `whileWriting` looks at the served folder as the new build's files are written. */
async function buildSaying(word: string, whileWriting: () => void = () => undefined) {
  writeFileSync(join(root, 'main.js'), `document.title = ${JSON.stringify(word)};\n`);
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [swappedOutDir(served), { name: 'look', writeBundle: whileWriting }],
  });
}

test('a build swaps the served folder whole: the old build while the new one is written, then the new one', async () => {
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
  await buildSaying('build-one');
  expect(pageScript(served)).toContain('build-one');
  const first = realpathSync(served);

  let duringSecond: string | undefined;
  await buildSaying('build-two', () => {
    duringSecond = pageScript(served);
  });
  expect(duringSecond).toContain('build-one');
  expect(pageScript(served)).toContain('build-two');
  // a server that keeps the build it started with (the demo) still has all of it
  expect(pageScript(first)).toContain('build-one');
}, 20_000);

test('a build that fails leaves the served folder as it was', async () => {
  const before = realpathSync(served);
  writeFileSync(join(root, 'main.js'), "import { missing } from './no-such-module.js';\ndocument.title = missing;\n");
  await expect(build({ root, logLevel: 'silent', configFile: false, plugins: [swappedOutDir(served)] })).rejects.toThrow();
  expect(realpathSync(served)).toBe(before);
  expect(pageScript(served)).toContain('build-two');
}, 20_000);
