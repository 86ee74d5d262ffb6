import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium.ts';

export default defineConfig({
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  // Pre-bundled up front so browser mode does not reload mid-run when it discovers them.
  optimizeDeps: { include: ['preact', 'preact/hooks', 'axe-core'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // test/eligibility: the SDK and the collector against each other
          include: [
            'packages/*/test/**/*.test.{ts,tsx}',
            'apps/*/test/**/*.test.{ts,tsx}',
            'test/eligibility/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/build/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.browser.test.{ts,tsx}', 'apps/collector/test/store-postgres*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The PostgreSQL store and collectors sharing one database, against a throwaway cluster (never skipped:
          // scripts/install.sh installs the server when it is missing)
          name: 'postgres',
          environment: 'node',
          include: ['apps/collector/test/store-postgres*.test.ts', 'test/e2e/postgres-*.test.ts'],
          globalSetup: ['test/support/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // one file at a time: the acceptance tests' collector processes measure nothing if they fight each other
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: { name: 'budgets', environment: 'node', include: ['test/budgets/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'test/e2e/postgres-*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // a page that answers in 100 ms on an idle machine may take seconds on a loaded CI runner: a poll fails
          // only once the behaviour is clearly missing, not when the machine is slow
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // GrowthKit's script-tag build embedded in third-party hosts (swagger-ui, docsify, a Vue app) in real Chromium
          name: 'embedding',
          environment: 'node',
          include: ['test/embedding/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
