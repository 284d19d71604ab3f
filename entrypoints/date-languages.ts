import { ALL_DATE_LANGUAGES } from '@/utils/core/dates/all-date-languages';
import { DATE_LANGUAGES_KEY } from '@/utils/messages';

/**
 * Injected before the extractor only into a page in a language other than English that chrono
 * reads: its parsers, left in the isolated world for the extractor (`extract.ts`).
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[DATE_LANGUAGES_KEY] = ALL_DATE_LANGUAGES;
});
