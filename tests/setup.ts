import { beforeEach } from 'vitest';
import { useCatalog } from './helpers/i18n';

// The interface's words are English in every unit test, unless the test itself chooses another catalog.
beforeEach(() => useCatalog('en'));
