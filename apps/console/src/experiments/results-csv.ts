import type { ExperimentAnswer } from './experiment-answer.ts';

const HEADER = [
  'variant',
  'holdout',
  'control',
  'exposed',
  'converted',
  'rate',
  'rate_low',
  'rate_high',
  'lift',
  'lift_low',
  'lift_high',
  'p_value',
  'always_valid_p_value',
  'chance_to_beat_control',
  'verdict',
];

const cell = (value: unknown) => {
  if (value == null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The results table as CSV, one row per arm with the endpoint's unrounded numbers, so a spreadsheet can check them. */
export function resultsCsv(results: ExperimentAnswer): string {
  const rows = results.variants.map((arm) => [
    arm.key,
    arm.holdout,
    arm.control,
    arm.exposed,
    arm.converted,
    arm.rate,
    arm.rateInterval?.low,
    arm.rateInterval?.high,
    arm.lift?.relative,
    arm.lift?.low,
    arm.lift?.high,
    arm.pValue,
    arm.alwaysValidPValue,
    arm.chanceToBeatControl,
    arm.verdict,
  ]);
  return `${[HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Hands the text to the browser as a file download, built in the page: nothing goes back to the collector. */
export function download(name: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
