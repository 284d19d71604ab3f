/**
 * Writes `utils/core/actors/countries.json`, the compact country table the actor finder ships,
 * from the `world-countries` package (ODbL-1.0, © Mohammed Le Doze). The package's own JSON is
 * 1.4 MB with every translation; the extension needs only English names, demonyms and capitals
 * (about 20 KB), so the table is generated here and a test keeps it equal to this output.
 *
 *   npx tsx scripts/build-country-table.ts          # rewrite the table
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCountryTable } from './country-table';

const out = fileURLToPath(new URL('../utils/core/actors/countries.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(buildCountryTable(), null, 0)}\n`);
console.log(`wrote ${out}`);
