// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { currentWidgetFiles, recordWidgetBuild } from '../widget-builds.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'growthkit-widget-builds-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What one build writes into the folder, as vite does before the plugin records it. */
function build(files: string[], startsRelease = true): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `/* ${file} */`);
  }
  recordWidgetBuild(dir, files, { startsRelease });
}
const release = (n: number) => [`checklist.js`, `quota.js`, `chunks/shared-REL${n}aaaa.js`, `chunks/dialog-REL${n}bbbb.js`];
const chunks = () => readdirSync(join(dir, 'chunks')).sort();

test('a new build keeps the chunks of the two builds before it and deletes older ones, so the folder stays bounded', () => {
  for (const n of [1, 2, 3, 4, 5]) build(release(n));
  expect(chunks()).toEqual([
    'dialog-REL3bbbb.js',
    'dialog-REL4bbbb.js',
    'dialog-REL5bbbb.js',
    'shared-REL3aaaa.js',
    'shared-REL4aaaa.js',
    'shared-REL5aaaa.js',
  ]);
  // readers of the build see only what the latest build wrote
  expect(currentWidgetFiles(dir).sort()).toEqual(release(5).sort());
});

test('the debug panel joins the current build; building the same release again keeps the earlier releases', () => {
  build(release(1));
  build(['debug-panel.js'], false);
  build(release(2));
  build(['debug-panel.js'], false);
  for (let again = 0; again < 4; again++) {
    build(release(2));
    build(['debug-panel.js'], false);
  }
  expect(chunks()).toEqual(['dialog-REL1bbbb.js', 'dialog-REL2bbbb.js', 'shared-REL1aaaa.js', 'shared-REL2aaaa.js']);
  expect(currentWidgetFiles(dir).sort()).toEqual([...release(2), 'debug-panel.js'].sort());
});

test('an entry file of a widget type a new release no longer has stays while its release is kept, then goes', () => {
  build([...release(1), 'survey.js']);
  build(release(2));
  expect(existsSync(join(dir, 'survey.js'))).toBe(true);
  expect(currentWidgetFiles(dir)).not.toContain('survey.js');
  build(release(3));
  build(release(4));
  expect(existsSync(join(dir, 'survey.js'))).toBe(false);
});

test('a folder built before the manifest counts as one build: its chunks are kept by the next', () => {
  mkdirSync(join(dir, 'chunks'));
  for (const file of release(0)) writeFileSync(join(dir, file), '/* old */');
  expect(currentWidgetFiles(dir).sort()).toEqual(release(0).sort());
  build(release(1));
  expect(chunks()).toEqual(['dialog-REL0bbbb.js', 'dialog-REL1bbbb.js', 'shared-REL0aaaa.js', 'shared-REL1aaaa.js']);
  expect(currentWidgetFiles(dir).sort()).toEqual(release(1).sort());
  build(release(2));
  build(release(3));
  expect(chunks()).toEqual([
    'dialog-REL1bbbb.js',
    'dialog-REL2bbbb.js',
    'dialog-REL3bbbb.js',
    'shared-REL1aaaa.js',
    'shared-REL2aaaa.js',
    'shared-REL3aaaa.js',
  ]);
});
