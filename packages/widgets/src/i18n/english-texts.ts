/**
 * Campaign texts shown in English in a widget of another language: texts the project left untranslated, which
 * localize gives in English. The runtime notes each one as it localises it, and the element that holds one says so
 * with lang="en" (mount.ts), so a screen reader reads it in an English voice, not the widget's (WCAG 3.1.2). Keyed by
 * the text itself: widget props carry content as plain strings.
 */
export const englishTexts = new Set<string>();
