/** A random id that matches core's EventIdSchema (32 hex characters). */
export const newId = (): string => crypto.randomUUID().replaceAll('-', '');
