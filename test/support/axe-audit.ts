import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA as axe tags it. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFindings {
  /** violations on nodes inside GrowthKit's widget hosts (their open shadow roots included), as "rule: target (why)" */
  widgets: string[];
  /** violations on the host page's own nodes, which are not GrowthKit's to fix */
  page: string[];
}

/**
 * Runs axe over the whole document (axe walks open shadow roots) once entrance animations have ended, and splits the violations between GrowthKit's
 * widgets and the host page. The page needs a context created with `bypassCSP: true`: the demo's Trusted Types
 * policy rightly refuses an injected script.
 */
export async function auditAxe(page: Page): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    interface Node {
      element?: Element;
      target: unknown;
      any: { message: string }[];
      all: { message: string }[];
    }
    // colours mid fade-in are not the colours a user reads; a shadow root's animations are not the document's
    await new Promise(requestAnimationFrame);
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap((element) => element.shadowRoot ?? [])];
    const ending = roots
      .flatMap((root) => root.getAnimations())
      .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime));
    await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: Node[] }[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, elementRef: true });
    const inWidget = (element: Element | undefined) => {
      const host =
        (element?.getRootNode() as ShadowRoot | Document | undefined) instanceof ShadowRoot
          ? (element!.getRootNode() as ShadowRoot).host
          : element;
      return Boolean(host?.closest('[data-growthkit-widget]'));
    };
    const findings = { widgets: [] as string[], page: [] as string[] };
    for (const violation of result.violations)
      for (const node of violation.nodes)
        (inWidget(node.element) ? findings.widgets : findings.page).push(
          `${violation.id}: ${JSON.stringify(node.target)} (${[...node.any, ...node.all].map((check) => check.message).join(' ')})`,
        );
    return findings;
  }, TAGS);
}
