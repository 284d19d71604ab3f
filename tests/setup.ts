import { beforeEach } from 'vitest';
import { ALL_DATE_LANGUAGES } from '../utils/core/dates/all-date-languages';
import { addDateLanguages } from '../utils/core/dates/date-languages';
import { useCatalog } from './helpers/i18n';

// The core reads dates in every language chrono reads, as the command line does.
addDateLanguages(ALL_DATE_LANGUAGES);

// The interface's words are English in every unit test, unless the test itself chooses another catalog.
beforeEach(() => useCatalog('en'));
