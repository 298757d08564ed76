// The network's settings for Tasklist (served before the webjar's own config.js).
// Japanese for browsers whose first language is Japanese, English for everyone else;
// a key the Japanese file lacks falls back to English (docs/webapps.md).
export default {
  locales: {
    availableLocales: ['en', 'ja'],
    fallbackLocale: 'en'
  },

  // The webjar's keyboard shortcuts, kept: this file replaces its config.js as a whole.
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
