import axe from 'axe-core';

/** axe's WCAG 2.2 AA violations under an element, one readable line each, so a failure names the rule and the node. */
export async function violations(context: Element) {
  const result = await axe.run(context, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' > ')).join(', ')}`);
}
