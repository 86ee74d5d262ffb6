// JSON's \u escapes can spell half of a UTF-16 pair alone; such text has no UTF-8 form, so SQLite would keep U+FFFD.
const LONE_SURROGATE = /\p{Surrogate}/u;
// Any surrogate code unit at all, pairs included: a far cheaper scan than the Unicode-aware one, which then runs only
// on the rare text that has one.
const ANY_SURROGATE = /[\ud800-\udfff]/;

/** Whether `text` holds half of a UTF-16 surrogate pair alone, which no UTF-8 text can hold. */
export const notUnicode = (text: string): boolean => ANY_SURROGATE.test(text) && LONE_SURROGATE.test(text);

/** Whether `text` holds U+0000, which PostgreSQL's text and JSON refuse (SQLite keeps it): refused on both engines alike. */
export const hasNul = (text: string): boolean => text.includes('\u0000');

/** Whether `text` can be stored exactly as sent, on either engine. */
export const storableText = (text: string): boolean => !hasNul(text) && !notUnicode(text);
