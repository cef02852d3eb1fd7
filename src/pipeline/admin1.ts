// First-level divisions that sources name in full ("Alabama", "Ontario") mapped to GeoNames admin1 codes.
// cities500 carries only the codes; these are the countries whose sites commonly give a state.
import { foldName } from '../core/text-fold';

const TABLES: Record<string, string> = {
  US:
    'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|' +
    'DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|' +
    'KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|' +
    'MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|' +
    'NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|' +
    'SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|' +
    'WV West Virginia|WI Wisconsin|WY Wyoming',
  CA:
    '01 Alberta|02 British Columbia|03 Manitoba|04 New Brunswick|05 Newfoundland and Labrador|07 Nova Scotia|' +
    '08 Ontario|09 Prince Edward Island|10 Quebec|11 Saskatchewan|12 Yukon|13 Northwest Territories|14 Nunavut',
  AU:
    '01 Australian Capital Territory|02 New South Wales|03 Northern Territory|04 Queensland|05 South Australia|' +
    '06 Tasmania|07 Victoria|08 Western Australia',
};

const lookup = new Map<string, Map<string, string>>();
for (const [country, table] of Object.entries(TABLES)) {
  const names = new Map<string, string>();
  for (const entry of table.split('|')) {
    const [code = '', ...words] = entry.split(' ');
    names.set(foldName(words.join(' ')), code);
    names.set(foldName(code), code);
  }
  lookup.set(country, names);
}

/** The GeoNames admin1 code for a state or province, or null when it cannot be known offline. */
export function admin1Code(country: string, state: string | null): string | null {
  if (!state) return null;
  return lookup.get(country)?.get(foldName(state)) ?? null;
}
