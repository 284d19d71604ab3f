/**
 * chrono's parsers for dates in words, by language, added by whoever runs the extractor: the
 * command line, the tests and the background's parser page add them all at start-up
 * (`all-date-languages.ts`). The popup's injected extractor starts with none: it reads most pages'
 * dates without chrono, and when a line needs it the popup injects English (`date-english.js`),
 * or every language (`date-languages.js`) into a page in another language chrono reads, and asks
 * again.
 */
import type { en } from 'chrono-node';

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
/** English also in its British order, for English pages outside the US. */
export type EnglishDateParser = Pick<typeof en, 'casual' | 'GB'>;
export type DateParsers = Partial<Record<DateLanguage, DateParser>> & { en?: EnglishDateParser };

const added: DateParsers = {};

/** Makes these languages' parsers available to every later extraction. */
export function addDateLanguages(parsers: DateParsers): void {
  Object.assign(added, parsers);
}

/** The parser for a language other than English, if it has been added. */
export const dateParser = (code: string): DateParser | undefined =>
  code === 'en' ? undefined : added[code as DateLanguage];

/** Thrown when a line needs chrono's English and it has not been added: add it and read again. */
export class EnglishDatesMissing extends Error {
  constructor() {
    super('chrono’s English parser is needed and has not been added');
  }
}

/** chrono's English parser, every page's fallback; throws `EnglishDatesMissing` when not added. */
export function englishParser(): EnglishDateParser {
  if (!added.en) throw new EnglishDatesMissing();
  return added.en;
}

/**
 * The language whose parser reading a page in `language` (a page's `lang`, "de-AT") needs beyond
 * English, or null when English does, or chrono reads no such language.
 */
export function dateLanguageOf(language: string | null): DateLanguage | null {
  const code = language?.slice(0, 2).toLowerCase();
  return DATE_LANGUAGES.find((known) => known === code) ?? null;
}
