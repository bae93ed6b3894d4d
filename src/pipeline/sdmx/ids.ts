/**
 * SDMX identifiers: what a component (column), a code and a time period may look like, and how a column that
 * has no SDMX concept gets a valid id while keeping its own name as closely as ids allow.
 */

/** A component id (SDMX 2.1 NCNameIDType): it becomes a CSV header and an XML attribute name. */
export const COMPONENT_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** A code id (SDMX IDType). */
export const CODE_ID = /^[A-Za-z0-9_@$-]+$/;
/** An SDMX-style concept name as Open SDG repositories write them (SEX, UNIT_MEASURE, REF_AREA). */
export const CONCEPT_LIKE = /^[A-Z][A-Z0-9_]*$/;

/**
 * ObservationalTimePeriod: a year (2015), a month (2015-03), a day, a reporting period (2015-Q1, 2015-S2,
 * 2015-M03, 2015-W12, 2015-A1, 2015-D100), or a time range (2015-01-01/P1Y).
 */
const TIME_PERIOD = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-A1|-S[12]|-T[1-3]|-Q[1-4]|-M(0[1-9]|1[0-2])|-W(0[1-9]|[1-4]\d|5[0-3])|-D(00[1-9]|0[1-9]\d|[1-2]\d\d|3[0-5]\d|36[0-6]))?$/;
const TIME_RANGE = /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?\/P(\d+[YMWD])*(T(\d+[HMS])+)?$/;

export const isTimePeriod = (text: string): boolean => TIME_PERIOD.test(text) || TIME_RANGE.test(text);

/** Cyrillic (Russian, Kazakh, Kyrgyz) in Latin letters, so a column such as "Пол" gets a readable id. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', ә: 'a', ғ: 'g', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

function latin(text: string): string {
  return [...text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')].map((ch) => {
    const lower = ch.toLowerCase();
    const mapped = CYRILLIC[lower];
    if (mapped === undefined) return ch;
    return ch === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }).join('');
}

/**
 * The component id of a column with no SDMX concept: its name where that is already an id ("Region"), else
 * the name with every run of other characters made one "_" ("Country of birth" → "Country_of_birth",
 * "Пол" → "Pol"); `C_` in front where it would not start with a letter.
 */
export function componentIdOf(name: string): string {
  if (COMPONENT_ID.test(name)) return name;
  const id = latin(name).replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
  if (id === '') return `C_${[...name].map((ch) => ch.codePointAt(0)!.toString(16)).join('_')}`.slice(0, 60);
  return /^[A-Za-z]/.test(id) ? id : `C_${id}`;
}
