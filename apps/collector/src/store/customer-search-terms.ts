/**
 * The traits a customer search looks in, besides the id: what a success manager knows a customer by. Hosts that
 * identify with `first_name` / `last_name` (the demo, the widgets' `{{user.first_name}}`) have no `name`.
 */
export const SEARCHED_TRAITS = ['name', 'first_name', 'last_name', 'email', 'company'] as const;

/**
 * The search text as both engines compare it: A–Z lowered, as SQLite's lower() and PostgreSQL's under the "C"
 * collation lower the stored side, so "ADA" finds "ada" and a letter outside A–Z matches itself only, on either engine.
 */
export const foldedSearchText = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
