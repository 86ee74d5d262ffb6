import { z } from 'zod';

/** A report's share or rate: part / whole rounded to 3 decimals, null when the whole is 0 (docs/API.md, Reports). */
export const ReportRatioSchema = z.number().min(0).nullable();
