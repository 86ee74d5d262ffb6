// Debian's Firefox ESR, driven over WebDriver BiDi through executablePath (never `npx puppeteer browsers install`).
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Chromium's tests run in en-US (the widgets' copy follows navigator.language); Firefox's must too. */
export const FIREFOX_PREFS = { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' };
