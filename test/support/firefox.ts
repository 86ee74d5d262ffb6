// Debian's Firefox ESR, driven over WebDriver BiDi through executablePath (never `npx puppeteer browsers install`).
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_PREFS = {
  // Chromium's tests run in en-US (the widgets' copy follows navigator.language); Firefox's must too.
  'intl.accept_languages': 'en-US',
  'intl.locale.requested': 'en-US',
  // Firefox fetches /favicon.ico for its tab (headless Chromium does not); under a host's `img-src 'none'` that is a
  // CSP violation of the browser's own making, not the page's.
  'browser.chrome.site_icons': false,
};
