/** How many characters an axis label's line holds before it breaks. */
const LINE = 24;

/**
 * A category's name as the lines of a chart's axis label, broken between words (inside a word only where one word is
 * longer than a line): Chart.js neither wraps nor shrinks a label, and a long one is cut off at the canvas's edge.
 */
export function chartLabelLines(text: string): string[] {
  const words = text.split(' ').flatMap((word) => word.match(new RegExp(`.{1,${LINE}}`, 'g')) ?? []);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LINE) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
