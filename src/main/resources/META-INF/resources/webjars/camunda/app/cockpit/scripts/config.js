// The network's settings for this Camunda webapp (served before the webjar's own config.js).
// Japanese for browsers whose first language is Japanese, English for everyone else;
// a key the Japanese file lacks falls back to English (docs/webapps.md).
export default {
  locales: {
    availableLocales: ['en', 'ja'],
    fallbackLocale: 'en'
  }
};
