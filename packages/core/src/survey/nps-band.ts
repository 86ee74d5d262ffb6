export type NpsBand = 'detractor' | 'passive' | 'promoter';

/** NPS's bands: 0–6 detractor, 7–8 passive, 9–10 promoter. */
export function npsBand(score: number): NpsBand {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** The follow-up question for this score: its band's wording, else the one for any score (the schema's or localised). */
export function npsFollowUp<T>(followUp: { any: T } & Partial<Record<NpsBand, T>>, score: number): T {
  return followUp[npsBand(score)] ?? followUp.any;
}
