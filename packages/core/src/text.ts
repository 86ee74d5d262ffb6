import { z } from 'zod';

/** Text per locale, e.g. `{ "en": "Get started", "zh-CN": "开始使用" }`. English is the fallback, so it is required. */
export const TextSchema = z
  .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 locale such as "en" or "zh-CN"'), z.string().max(2000))
  .refine((text) => typeof text.en === 'string', { message: 'must have an "en" text, the fallback for every locale' });

export type Text = z.infer<typeof TextSchema>;
