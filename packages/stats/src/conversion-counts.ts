/** Users exposed to one arm of an experiment and how many of them converted. */
export interface ConversionCounts {
  exposed: number;
  converted: number;
}

/** One named arm (variant or control) of an experiment. */
export interface Arm extends ConversionCounts {
  key: string;
}

/** Conversion rate; 0 for an arm nobody was exposed to, so no NaN reaches a report. */
export function conversionRate(counts: ConversionCounts): number {
  return counts.exposed > 0 ? counts.converted / counts.exposed : 0;
}
