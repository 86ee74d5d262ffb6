import { readmeSnippet } from './readme-snippet.ts';

export interface SnippetCalls {
  key: string;
  endpoint: string;
  userId: string;
  traits: Record<string, unknown>;
  /** more init options (the header offset, when that is the mechanism) */
  init?: Record<string, unknown>;
}

/** The body of the official snippet's inline script: the README's stub, then init and identify as the README calls them. */
export function officialSnippet({ key, endpoint, userId, traits, init = {} }: SnippetCalls): string {
  const call = (method: string, ...args: unknown[]) => `growthkit.${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')});`;
  return [readmeSnippet().stub, call('init', { key, endpoint, ...init }), call('identify', userId, traits)].join('\n');
}
