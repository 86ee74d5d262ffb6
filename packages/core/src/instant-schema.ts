import { z } from 'zod';

/**
 * An instant as the admin API takes it in a query, and a batch of events its `sentAt`: ISO 8601 date and time with `Z`
 * or an offset (`+08:00`). A time without one would be read in the server's zone, and other forms `Date` accepts ("1",
 * "December 17, 2025") are guesses.
 */
export const InstantSchema = z.iso.datetime({ offset: true });
