/** The widgets' colour scheme: light, dark, or `auto`, which follows the user's system setting. */
export type Theme = 'light' | 'dark' | 'auto';
