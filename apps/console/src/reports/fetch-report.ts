import type { z } from 'zod';
import { adminApi } from '../api/admin-api.ts';

/**
 * One of the collector's reports (`/v1/admin/reports/…`), checked against core's schema of its answer, so the console
 * shows only what the report's one definition says it holds.
 */
export async function fetchReport<T extends z.ZodType>(schema: T, path: string): Promise<z.infer<T>> {
  const answer = schema.safeParse(await adminApi<unknown>(`reports/${path}`));
  if (!answer.success)
    throw new Error(
      'The collector answered with a report this console does not know. Update the console and the collector to the same version.',
    );
  return answer.data;
}
