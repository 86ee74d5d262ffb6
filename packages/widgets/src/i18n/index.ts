// intlLocale on its own path: the first script formats user placeholders with it, and the package's index would
// bring Preact along (byte budget: about 4 KB gzip).
export { intlLocale } from './intl-locale.ts';
export { englishTexts } from './english-texts.ts';
