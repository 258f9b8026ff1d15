/**
 * Hand-kept general knowledge: canonical-name overrides and extra surface forms of country names in Spanish
 * and English news (abbreviations, older or local spellings). Merged by the build with the package names.
 */
export interface CountryVariants {
  readonly es?: string;
  readonly en?: string;
  readonly aliasesEs?: readonly string[];
  readonly aliasesEn?: readonly string[];
}

export const COUNTRY_VARIANTS: Readonly<Record<string, CountryVariants>> = {
  US: {
    aliasesEs: [
      'EE UU',
      'EE. UU.',
      'EE.UU.',
      'EEUU',
      'EUA',
      'E.U.A.',
      'USA',
      'Estados Unidos de América',
      'Estados Unidos de Norteamérica',
    ],
    aliasesEn: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'the States'],
  },
  GB: {
    aliasesEs: ['Gran Bretaña', 'Reino Unido de Gran Bretaña e Irlanda del Norte'],
    aliasesEn: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  },
  KP: {
    aliasesEs: ['Norcorea', 'RPDC', 'República Popular Democrática de Corea'],
    aliasesEn: ['DPRK', "Democratic People's Republic of Korea"],
  },
  KR: { aliasesEs: ['Surcorea', 'República de Corea'], aliasesEn: ['ROK', 'Republic of Korea'] },
  RU: { aliasesEs: ['Federación Rusa', 'Federación de Rusia'], aliasesEn: ['Russian Federation'] },
  CN: {
    aliasesEs: ['República Popular China', 'República Popular de China'],
    aliasesEn: ["People's Republic of China", 'PRC'],
  },
  CD: {
    es: 'República Democrática del Congo',
    en: 'Democratic Republic of the Congo',
    aliasesEs: ['RDC', 'RD Congo', 'RD del Congo', 'Congo-Kinsasa', 'Congo Kinshasa'],
    aliasesEn: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  },
  CG: {
    es: 'República del Congo',
    en: 'Republic of the Congo',
    aliasesEs: ['Congo-Brazzaville', 'Congo Brazzaville', 'Congo'],
    aliasesEn: ['Congo-Brazzaville', 'Congo'],
  },
  CI: {
    es: 'Costa de Marfil',
    en: 'Ivory Coast',
    aliasesEs: ["Côte d'Ivoire"],
    aliasesEn: ["Côte d'Ivoire", "Cote d'Ivoire"],
  },
  NL: { aliasesEs: ['Holanda'], aliasesEn: ['Holland', 'The Netherlands'] },
  CZ: { aliasesEs: ['República Checa'], aliasesEn: ['Czech Republic'] },
  MM: { es: 'Myanmar', en: 'Myanmar', aliasesEs: ['Birmania'], aliasesEn: ['Burma'] },
  SZ: { aliasesEs: ['Suazilandia', 'Eswatini'], aliasesEn: ['Swaziland'] },
  MK: { aliasesEs: ['Macedonia'], aliasesEn: ['Macedonia'] },
  AE: { aliasesEs: ['EAU', 'Emiratos'], aliasesEn: ['UAE', 'Emirates'] },
  SA: { aliasesEs: ['Arabia Saudita', 'Reino de Arabia Saudí'], aliasesEn: ['KSA'] },
  VA: {
    es: 'Ciudad del Vaticano',
    aliasesEs: ['Vaticano', 'Santa Sede', 'Estado de la Ciudad del Vaticano'],
    aliasesEn: ['Vatican', 'Holy See'],
  },
  PS: {
    es: 'Palestina',
    en: 'Palestine',
    aliasesEs: ['Estado de Palestina', 'Territorios Palestinos'],
    aliasesEn: ['State of Palestine', 'Palestinian Territories'],
  },
  HK: { es: 'Hong Kong', en: 'Hong Kong' },
  MO: { es: 'Macao', en: 'Macao', aliasesEs: ['Macau'], aliasesEn: ['Macau'] },
  TL: {
    es: 'Timor Oriental',
    en: 'East Timor',
    aliasesEs: ['Timor-Leste', 'Timor Leste'],
    aliasesEn: ['Timor-Leste'],
  },
  TR: { en: 'Turkey', aliasesEs: ['Türkiye'], aliasesEn: ['Türkiye', 'Turkiye'] },
  BA: {
    aliasesEs: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia Herzegovina'],
    aliasesEn: ['Bosnia', 'Bosnia-Herzegovina'],
  },
  BD: { aliasesEs: ['Bangladesh'] },
  BH: { aliasesEs: ['Bahréin', 'Bahrein', 'Bahrain'] },
  BW: { aliasesEs: ['Botswana'] },
  BY: { aliasesEs: ['Belarús', 'Belarus'], aliasesEn: ['Byelorussia'] },
  QA: { aliasesEs: ['Qatar'] },
  KE: { aliasesEs: ['Kenya'] },
  KZ: { aliasesEs: ['Kazajstán', 'Kazakhstán'] },
  KG: { aliasesEs: ['Kirguizistán', 'Kirguistan', 'Kirguisia'] },
  TJ: { aliasesEs: ['Tadjikistán'] },
  MW: { aliasesEs: ['Malawi'] },
  LS: { aliasesEs: ['Lesotho'] },
  ZW: { aliasesEs: ['Zimbabwe'] },
  DJ: { aliasesEs: ['Djibouti', 'Yibutí'] },
  FJ: { aliasesEs: ['Fiji'] },
  SR: { aliasesEs: ['Suriname'] },
  GW: { aliasesEs: ['Guinea-Bissau', 'Guinea Bissau', 'Guinea Bisáu'] },
  RW: { aliasesEs: ['Rwanda'] },
  IQ: { aliasesEs: ['Iraq'] },
  KW: { aliasesEs: ['Kuwéit'] },
  TW: { aliasesEs: ['Formosa'], aliasesEn: ['Formosa', 'Republic of China'] },
  YE: { aliasesEs: ['Yemén'] },
  BN: { aliasesEs: ['Brunei', 'Brunei Darussalam'] },
  CV: { aliasesEn: ['Cabo Verde'] },
  VN: { aliasesEs: ['Viet Nam'], aliasesEn: ['Viet Nam'] },
  SY: { aliasesEs: ['República Árabe Siria'] },
  MD: { aliasesEs: ['Moldova', 'República de Moldavia'] },
  XK: { aliasesEs: ['República de Kosovo'] },
  EH: { aliasesEs: ['Sahara Occidental'] },
  SS: { aliasesEs: ['Sudán Meridional'] },
  DO: { aliasesEs: ['Dominicana'] },
  GQ: { aliasesEs: ['Guinea Ecuatorial'] },
  PG: { aliasesEs: ['Papúa-Nueva Guinea', 'Papua Nueva Guinea'] },
  LA: { aliasesEs: ['República Democrática Popular Lao'] },
  IR: { aliasesEs: ['República Islámica de Irán'], aliasesEn: ['Islamic Republic of Iran'] },
  AF: { aliasesEs: ['Emirato Islámico de Afganistán'] },
  IN: { aliasesEs: ['República de la India'] },
  MX: { aliasesEs: ['Méjico', 'Estados Unidos Mexicanos'] },
  UM: { en: 'United States Minor Outlying Islands' },
};
