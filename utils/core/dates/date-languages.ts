/**
 * chrono's parsers for dates in words, by the page's language. English is always here: it is the
 * fallback for every page, and the language of most. The others (about two thirds of chrono's
 * size) are added by whoever runs the extractor: the command line, the tests and the background's
 * parser page add them all at start-up (`all-date-languages.ts`); the popup injects them into a
 * page, as a script of their own, only when the page is in one of them.
 */
import { en } from 'chrono-node';

/** The languages chrono reads besides English, by their two-letter code. */
export const DATE_LANGUAGES = [
  'ar',
  'de',
  'es',
  'fi',
  'fr',
  'id',
  'it',
  'ja',
  'nl',
  'pt',
  'ru',
  'sv',
  'uk',
  'vi',
  'zh',
] as const;
export type DateLanguage = (typeof DATE_LANGUAGES)[number];

/** What the core needs of one of chrono's language modules: its casual parser. */
export type DateParser = Pick<typeof en, 'casual'>;
export type DateParsers = Partial<Record<DateLanguage, DateParser>>;

export { en };

const added: DateParsers = {};

/** Makes these languages' parsers available to every later extraction. */
export function addDateLanguages(parsers: DateParsers): void {
  Object.assign(added, parsers);
}

/** The parser for a language other than English, if it has been added. */
export const dateParser = (code: string): DateParser | undefined => added[code as DateLanguage];

/**
 * The language whose parser reading a page in `language` (a page's `lang`, "de-AT") needs beyond
 * English, or null when English does, or chrono reads no such language.
 */
export function dateLanguageOf(language: string | null): DateLanguage | null {
  const code = language?.slice(0, 2).toLowerCase();
  return DATE_LANGUAGES.find((known) => known === code) ?? null;
}
