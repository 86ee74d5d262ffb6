import { readFileSync } from 'node:fs';

/**
 * The README's install snippet, the one official copy every test runs: its HTML (inline script and loader tag), the
 * inline script's text, and the stub at the script's top (trimmed lines), which every host page carries verbatim.
 */
export function readmeSnippet() {
  const install = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('## Add it to your app')[1];
  const start = install.indexOf('```html\n') + '```html\n'.length;
  const html = install.slice(start, install.indexOf('\n```', start));
  const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.indexOf('</script>'));
  const lines = script.split('\n').filter((line) => line.trim());
  const calls = lines.findIndex((line) => line.trim().startsWith('growthkit'));
  return {
    html,
    script,
    stub: lines
      .slice(0, calls)
      .map((line) => line.trim())
      .join('\n'),
  };
}
