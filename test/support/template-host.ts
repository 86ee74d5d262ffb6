import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATES = fileURLToPath(new URL('../../node_modules/create-vite/', import.meta.url));

/** The templates' lint-only tool (react-ts): a host's build never runs it, so it is not installed. */
const LINT_ONLY = ['oxlint'];

export interface CommandResult {
  ok: boolean;
  output: string;
}

/**
 * A new app made from one of create-vite's templates (the files `npm create vite` copies) in `dir`, which depends on
 * the packed `@growthkit/sdk` tarball and installs everything from the npm registry, as a customer's app would.
 */
export async function createTemplateHost(template: string, dir: string, { tarball, npmCache }: { tarball: string; npmCache: string }) {
  await cp(join(TEMPLATES, `template-${template}`), dir, { recursive: true });
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  for (const name of LINT_ONLY) delete manifest.devDependencies?.[name];
  manifest.dependencies['@growthkit/sdk'] = `file:${tarball}`;
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));

  /** Runs a command in the app; never throws, so a test can expect a failure (a type error) too. */
  const run = (command: string, args: string[], env: Record<string, string> = {}) =>
    new Promise<CommandResult>((resolve) => {
      execFile(command, args, { cwd: dir, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ ok: !error, output: `${stdout}${stderr}` }),
      );
    });

  return {
    dir,
    run,
    install: () => run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', npmCache]),
    /** replaces `from` (which must be there) with `to` in one of the app's files */
    async edit(file: string, from: string, to: string) {
      const path = join(dir, file);
      const text = await readFile(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no "${from}": the template changed`);
      await writeFile(path, text.replace(from, to));
    },
    write: (file: string, text: string) => writeFile(join(dir, file), text),
  };
}
