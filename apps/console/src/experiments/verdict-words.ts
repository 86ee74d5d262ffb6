import type { Verdict } from '@growthkit/stats';

const VERDICTS: Record<Verdict, string> = {
  winner: 'Winner',
  loser: 'Worse',
  // the sequential test may not have seen enough yet: "no clear difference" would read as "no effect"
  inconclusive: 'Not conclusive yet',
  'insufficient-data': 'Too little data',
  'invalid-split': 'No verdict: split mismatch',
};

/** A verdict as the console words it; a winner or loser before any goal window has closed is provisional. */
export function verdictWords(verdict: Verdict | null, provisional: boolean): string {
  if (!verdict) return '—';
  const decided = verdict === 'winner' || verdict === 'loser';
  return decided && provisional ? `${VERDICTS[verdict]} (provisional)` : VERDICTS[verdict];
}
