import { en } from 'chrono-node';
import type { DateParsers } from '@/utils/core/dates/date-languages';
import { DATE_LANGUAGES_KEY } from '@/utils/messages';

/**
 * Injected before the extractor only into a page whose dates the extractor could not read without
 * chrono's English (a line the fast path does not read, such as "Nov 25, 2025 5:00 am PST" beside
 * a machine date in UTC): chrono's English, left in the isolated world for the extractor.
 */
export default defineUnlistedScript(() => {
  const parsers: DateParsers = { en };
  (globalThis as Record<string, unknown>)[DATE_LANGUAGES_KEY] = parsers;
});
