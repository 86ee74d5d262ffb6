import { readFileSync } from 'node:fs';

const README = new URL('../../README.md', import.meta.url);

/**
 * The snippet's stub as the README's "Add it to your app" gives it (the lines of its inline script that are not calls),
 * read at test time so the embedding tests follow the documented snippet when it changes.
 */
function readmeStub(): string {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## Add it to your app'));
  const script = /```html\s*<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/.exec(section);
  if (!script) throw new Error('README.md: no <script> in the "Add it to your app" html block');
  return script[1]
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('growthkit('))
    .join('\n');
}

export interface SnippetCalls {
  key: string;
  endpoint: string;
  userId: string;
  traits: Record<string, unknown>;
  /** more init options (the header offset, when that is the mechanism) */
  init?: Record<string, unknown>;
}

/** The body of the official snippet's inline script: the README's stub, then init and identify as a host calls them. */
export function officialSnippet({ key, endpoint, userId, traits, init = {} }: SnippetCalls): string {
  const call = (...args: unknown[]) => `growthkit(${args.map((arg) => JSON.stringify(arg)).join(', ')});`;
  return [readmeStub(), call('init', { key, endpoint, ...init }), call('identify', userId, traits)].join('\n');
}
