// How sources write first-level divisions that GeoNames names otherwise: abbreviations, local names and
// ISO 3166-2 letters, mapped to GeoNames admin1 codes (admin-names.ts adds GeoNames' own names; US
// states are keyed by their postal codes, which are their GeoNames codes).
export const ADMIN1_ALIASES: Record<string, Record<string, string>> = {
  // postal abbreviations
  CA: {
    AB: '01',
    BC: '02',
    MB: '03',
    NB: '04',
    NL: '05',
    NS: '07',
    ON: '08',
    PE: '09',
    QC: '10',
    SK: '11',
    YT: '12',
    NT: '13',
    NU: '14',
  },
  // abbreviations
  AU: {
    ACT: '01',
    NSW: '02',
    NT: '03',
    QLD: '04',
    SA: '05',
    TAS: '06',
    VIC: '07',
    WA: '08',
  },
  // German names
  DE: {
    Bayern: '02',
    Niedersachsen: '06',
    'Nordrhein-Westfalen': '07',
    Hessen: '05',
    Sachsen: '13',
    'Sachsen-Anhalt': '14',
    Thüringen: '15',
  },
  // Italian names
  IT: {
    Lombardia: '09',
    Piemonte: '12',
    Toscana: '16',
    Sicilia: '15',
    Sardegna: '14',
    Puglia: '13',
    Marche: '10',
    "Valle d'Aosta": '19',
    Basilicata: '02',
  },
  // Spanish and regional names
  ES: {
    Andalucía: '51',
    Cataluña: '56',
    Catalunya: '56',
    'Comunidad Valenciana': '60',
    'Comunitat Valenciana': '60',
    'País Vasco': '59',
    Euskadi: '59',
    'Castilla y León': '55',
    'Castilla-La Mancha': '54',
    Navarra: '32',
    'Islas Baleares': '07',
    'Illes Balears': '07',
    Canarias: '53',
    'Principado de Asturias': '34',
  },
  // French names
  FR: {
    Bretagne: '53',
    Normandie: '28',
    'Nouvelle-Aquitaine': '75',
    Corse: '94',
  },
  // Czech names
  CZ: {
    Praha: '52',
    'Hlavní město Praha': '52',
  },
  // GeoNames keeps the old "Takao" for Kaohsiung
  TW: {
    'Taipei City': '03',
    Kaohsiung: '02',
    'Kaohsiung City': '02',
  },
  // Spanish names
  MX: {
    'Ciudad de México': '09',
    CDMX: '09',
    'Distrito Federal': '09',
    'Estado de México': '15',
  },
  // the city of Buenos Aires, and the ISO 3166-2 letters that ClinicalTrials.gov records use ("Pilar, B")
  AR: {
    CABA: '07',
    'Ciudad Autónoma de Buenos Aires': '07',
    'Ciudad de Buenos Aires': '07',
    'Capital Federal': '07',
    A: '17',
    B: '01',
    C: '07',
    D: '19',
    E: '08',
    F: '12',
    G: '22',
    H: '03',
    J: '18',
    K: '02',
    L: '11',
    M: '13',
    N: '14',
    P: '09',
    Q: '15',
    R: '16',
    S: '21',
    T: '24',
    U: '04',
    V: '23',
    W: '06',
    X: '05',
    Y: '10',
    Z: '20',
  },
};
