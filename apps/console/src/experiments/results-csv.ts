import type { ExperimentAnswer } from './experiment-answer.ts';
import type { Comparison } from '@growthkit/stats';

type Figures = Omit<Comparison, 'comparator' | 'shortfall' | 'summary' | 'verdict'> & { verdict: Comparison['verdict'] | null };

/** The columns of one comparison, each named for the arm compared with (`vs_holdout`, not a generic "control"). */
const comparisonHeader = (comparator: string) => [
  `lift_vs_${comparator}`,
  `lift_vs_${comparator}_low`,
  `lift_vs_${comparator}_high`,
  `always_valid_p_vs_${comparator}`,
  `adjusted_always_valid_p_vs_${comparator}`,
  `chance_to_beat_${comparator}`,
  `verdict_vs_${comparator}`,
  `single_look_p_vs_${comparator}`,
  `single_look_lift_vs_${comparator}`,
  `single_look_lift_vs_${comparator}_low`,
  `single_look_lift_vs_${comparator}_high`,
];

const comparisonCells = (figures: Figures | null) => [
  figures?.alwaysValidLift?.relative,
  figures?.alwaysValidLift?.low,
  figures?.alwaysValidLift?.high,
  figures?.alwaysValidPValue,
  figures?.adjustedAlwaysValidPValue,
  figures?.chanceToBeatControl,
  figures?.verdict,
  figures?.pValue,
  figures?.lift?.relative,
  figures?.lift?.low,
  figures?.lift?.high,
];

const cell = (value: unknown) => {
  if (value == null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The results table as CSV, one row per arm with the endpoint's unrounded numbers, so a spreadsheet can check them;
 * with a holdout and two or more variants, the comparison with the first variant (the copy test) in further columns.
 */
export function resultsCsv(results: ExperimentAnswer): string {
  const first = results.firstVariant;
  const header = [
    'variant',
    'holdout',
    'control',
    'exposed',
    'converted',
    'rate',
    'rate_low',
    'rate_high',
    ...comparisonHeader(results.control),
    ...(first ? comparisonHeader(first) : []),
  ];
  const rows = results.variants.map((arm) => [
    arm.key,
    arm.holdout,
    arm.control,
    arm.exposed,
    arm.converted,
    arm.rate,
    arm.rateInterval?.low,
    arm.rateInterval?.high,
    ...comparisonCells(arm),
    ...(first ? comparisonCells(arm.versusFirstVariant) : []),
  ]);
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
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
