import { ar, de, es, fi, fr, id, it, ja, nl, pt, ru, sv, uk, vi, zh } from 'chrono-node';
import type { DateParsers } from './date-languages';

/** chrono's parsers for every language it reads besides English. */
export const ALL_DATE_LANGUAGES: Required<DateParsers> = { ar, de, es, fi, fr, id, it, ja, nl, pt, ru, sv, uk, vi, zh };
