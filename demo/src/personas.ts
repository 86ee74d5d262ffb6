const day = 86_400_000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);

/** The five kinds of customer the demo can play; each makes widgets appear for a reason you can see. */
export const PERSONAS = {
  trial: { first_name: 'Tess', plan: 'trial', role: 'marketer', signed_up_at: isoDate(-3), trial_ends_at: isoDate(11) },
  basic: { first_name: 'Ben', plan: 'basic', role: 'engineer', signed_up_at: isoDate(-40), renews_at: isoDate(120) },
  growth: { first_name: 'Gia', plan: 'growth', role: 'manager', signed_up_at: isoDate(-150), renews_at: isoDate(60) },
  'high-value': { first_name: 'Hal', plan: 'business', role: 'admin', signed_up_at: isoDate(-400), renews_at: isoDate(200) },
  'at-risk': { first_name: 'Ari', plan: 'basic', role: 'engineer', signed_up_at: isoDate(-330), renews_at: isoDate(15), nps: 4 },
} as const;

export type Persona = keyof typeof PERSONAS;

/**
 * Each persona's account (set by `group`): the seats and the monthly price in cents the value scorecard weighs use
 * against. The demo workspace is a team of five whatever its plan, so unused seats show in the renewal recap.
 */
export const ACCOUNTS: Record<Persona, { seats: number; plan_price: number }> = {
  trial: { seats: 5, plan_price: 0 },
  basic: { seats: 5, plan_price: 1900 },
  growth: { seats: 5, plan_price: 4900 },
  'high-value': { seats: 5, plan_price: 19900 },
  'at-risk': { seats: 5, plan_price: 1900 },
};

export const isPersona = (value: unknown): value is Persona => typeof value === 'string' && value in PERSONAS;
