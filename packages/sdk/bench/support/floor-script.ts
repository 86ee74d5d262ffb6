import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { floorChecklist } from './floor-checklist.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Builds the floor page's script (floor-widget.ts) the way the SDK's files are built: one minified classic script,
 * JSX and stylesheets as the widget chunks have them. Returned as text, to be served in growthkit.js's place.
 */
export async function buildFloorScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root: here('../..'),
    define: { __FLOOR_CHECKLIST__: JSON.stringify(floorChecklist()) },
    oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
    build: {
      write: false,
      target: 'es2022',
      cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
      minify: true,
      lib: {
        entry: fileURLToPath(import.meta.resolve('./floor-widget.ts')),
        formats: ['iife'],
        name: 'growthkitFloor',
        fileName: () => 'floor.js',
      },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0].output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('the floor script did not build');
  return chunk.code;
}
