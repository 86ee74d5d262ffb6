const RTL = ['ar', 'he', 'fa', 'ur'];

/** Text direction of the widget root for a BCP 47 locale. */
export function direction(locale: string): 'rtl' | 'ltr' {
  return RTL.includes(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
