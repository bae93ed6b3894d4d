/** The editors' preview (`npm run dev`): the banner listing the problems in the data, stories and concepts. */
export const enPreview = {
  'preview.label': 'Problems in the data (preview only)',
  'preview.errors': '{count, plural, one {# problem stops} other {# problems stop}} the build',
  'preview.warnings': '{count, plural, one {# warning} other {# warnings}}: the build goes ahead',
  'preview.fix': 'Fix them and save the file: this page reloads by itself. npm run validate lists the same problems.',
  'preview.failure': 'The data could not be read; the pages show the last reading that worked.',
  'preview.more': '{count, plural, one {# more is} other {# more are}} not listed here; the terminal and npm run validate list them all.',
};
