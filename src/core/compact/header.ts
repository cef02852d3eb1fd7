// The headers of sites.bin and site-text.bin: where each section lies and what it holds. Shared by the
// pipeline's encoder (encode.ts) and the browser's decoder (decode.ts).
import * as z from 'zod/mini';
import { TRIAL_STATUSES } from '../dataset-enums';
import { builtFromSchema } from '../schema';

export const section = z.object({
  offset: z.int().check(z.nonnegative()),
  byteLength: z.int().check(z.nonnegative()),
});
export const column = z.extend(section, { type: z.enum(['u8', 'u16', 'u32', 'f64']) });
/**
 * A column of the sites stored by point when the sites at a point nearly all share its value (the country, city
 * and state of city-level geocoding): the value of each point's first site, and the sites that differ.
 */
export const byPoint = z.object({
  byPoint: column,
  exceptions: z.object({ count: z.int().check(z.nonnegative()), rows: column, values: column }),
});
/** A column of the sites: a value per site, or by point. */
export const siteColumn = z.union([column, byPoint]);
/** Coordinates stored as integers are the values times this: 5 decimals, as GeoNames gives them (about 1 m). */
export const COORDINATE_SCALE = 100_000;
/**
 * The points' latitudes or longitudes: doubles, or (when every value has at most 5 decimals, so nothing is
 * rounded) each value times COORDINATE_SCALE less the one before, zigzagged to an unsigned integer (0, -1, 1, -2…
 * as 0, 1, 2, 3…). The points are in the cluster hierarchy's order, so neighbours lie near and the differences are
 * small. The points without coordinates come last and are left out: `placed` counts the others.
 */
export const coordinateColumn = z.union([
  column,
  z.object({
    scale: z.literal(COORDINATE_SCALE),
    placed: z.int().check(z.nonnegative()),
    deltas: column,
  }),
]);
export const CODE_COLUMNS = [
  'point',
  'country',
  'status',
  'inherited',
  'trial',
  'city',
  'geocodeMethod',
] as const;
export const STRING_COLUMNS = ['facility', 'siteNumber', 'state'] as const;

export const headerSchema = z.object({
  name: z.string(),
  size: z.int().check(z.nonnegative()),
  pointCount: z.int().check(z.nonnegative()),
  ids: z.union([
    z.object({
      kind: z.literal('sequence'),
      prefix: z.string(),
      start: z.int(),
      pad: z.int(),
    }),
    z.object({ kind: z.literal('list'), section }),
  ]),
  pointLat: coordinateColumn,
  pointLon: coordinateColumn,
  codes: z.record(z.enum(CODE_COLUMNS), siteColumn),
  countries: section,
  cities: section,
  /** Each city's position when the cities are sorted for people (the site list's order), so no browser sorts them. */
  cityRank: z.optional(column),
  /** One section, or several (each a whole trials section) when one would be too long for a string. */
  trials: z.union([section, z.array(section)]),
  builtFrom: z.optional(builtFromSchema),
  clusters: z.object({
    radius: z.number(),
    extent: z.number(),
    maxZoom: z.int().check(z.gte(0), z.lte(24)),
    /**
     * Per zoom, the node of each point as a bit per point (u8, the lowest bit first): set where a node starts.
     * The points are in an order that keeps every node's points together (point-clusters.ts clusterPoints), so a point's node is
     * the count of set bits up to it, less one; points without coordinates, last, are in no node.
     */
    levels: z.array(z.object({ starts: column, nodeCount: z.int().check(z.nonnegative()) })),
  }),
});

/** Zip codes and contacts (site-text.ts). */
export const siteTextSchema = z.object({
  /** Distinct zip codes (null first) and each site's code into them. */
  zips: section,
  zip: column,
  /** The sites with contacts (rows, ascending) and each one's code into the distinct contact lists. */
  contactCount: z.int().check(z.nonnegative()),
  contactRows: column,
  contactLists: column,
  contacts: section,
});
export type SiteTextSections = z.infer<typeof siteTextSchema>;

/**
 * site-text.bin: the text of the sites that only the list and the details show (names, site numbers, states,
 * zip codes, contacts), fetched when they first ask.
 */
export const textHeaderSchema = z.object({
  size: z.int().check(z.nonnegative()),
  /** The CRC-32 of the sites.bin it belongs to: a pair from two builds is refused. */
  sites: z.int().check(z.nonnegative()),
  strings: z.record(z.enum(STRING_COLUMNS), z.object({ column: siteColumn, dictionary: section })),
  siteText: siteTextSchema,
});

export type CodeColumn = (typeof CODE_COLUMNS)[number];
export type StringColumn = (typeof STRING_COLUMNS)[number];

/** How many values each code column indexes (its codes must be below this). */
export function codeCounts(sizes: {
  point: number;
  country: number;
  trial: number;
  city: number;
}): Record<CodeColumn, number> {
  return { ...sizes, status: TRIAL_STATUSES.length, inherited: 2, geocodeMethod: 4 };
}
