/**
 * Hand-kept general knowledge: canonical-name overrides and extra surface forms of country names in Spanish
 * and English news (abbreviations, older or local spellings), keyed by language code. Merged by the build
 * with the package names.
 */
import type { Language } from '../../../src/nlp/gazetteer/types.js';

export interface CountryVariants {
  /** Canonical-name overrides by language. */
  readonly names?: { readonly [L in Language]?: string };
  /** Extra surface forms by language. */
  readonly aliases?: { readonly [L in Language]?: readonly string[] };
}

export const COUNTRY_VARIANTS: Readonly<Record<string, CountryVariants>> = {
  US: {
    aliases: {
      es: [
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
      en: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'the States'],
    },
  },
  GB: {
    aliases: {
      es: ['Gran Bretaña', 'Reino Unido de Gran Bretaña e Irlanda del Norte'],
      en: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    },
  },
  KP: {
    aliases: {
      es: ['Norcorea', 'RPDC', 'República Popular Democrática de Corea'],
      en: ['DPRK', "Democratic People's Republic of Korea"],
    },
  },
  KR: { aliases: { es: ['Surcorea', 'República de Corea'], en: ['ROK', 'Republic of Korea'] } },
  RU: { aliases: { es: ['Federación Rusa', 'Federación de Rusia'], en: ['Russian Federation'] } },
  CN: {
    aliases: {
      es: ['República Popular China', 'República Popular de China'],
      en: ["People's Republic of China", 'PRC'],
    },
  },
  CD: {
    names: { es: 'República Democrática del Congo', en: 'Democratic Republic of the Congo' },
    aliases: {
      es: ['RDC', 'RD Congo', 'RD del Congo', 'Congo-Kinsasa', 'Congo Kinshasa'],
      en: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
    },
  },
  CG: {
    names: { es: 'República del Congo', en: 'Republic of the Congo' },
    aliases: {
      es: ['Congo-Brazzaville', 'Congo Brazzaville', 'Congo'],
      en: ['Congo-Brazzaville', 'Congo'],
    },
  },
  CI: {
    names: { es: 'Costa de Marfil', en: 'Ivory Coast' },
    aliases: { es: ["Côte d'Ivoire"], en: ["Côte d'Ivoire", "Cote d'Ivoire"] },
  },
  NL: { aliases: { es: ['Holanda'], en: ['Holland', 'The Netherlands'] } },
  CZ: { aliases: { es: ['República Checa'], en: ['Czech Republic'] } },
  MM: { names: { es: 'Myanmar', en: 'Myanmar' }, aliases: { es: ['Birmania'], en: ['Burma'] } },
  SZ: { aliases: { es: ['Suazilandia', 'Eswatini'], en: ['Swaziland'] } },
  MK: { aliases: { es: ['Macedonia'], en: ['Macedonia'] } },
  AE: { aliases: { es: ['EAU', 'Emiratos'], en: ['UAE', 'Emirates'] } },
  SA: { aliases: { es: ['Arabia Saudita', 'Reino de Arabia Saudí'], en: ['KSA'] } },
  VA: {
    names: { es: 'Ciudad del Vaticano' },
    aliases: {
      es: ['Vaticano', 'Santa Sede', 'Estado de la Ciudad del Vaticano'],
      en: ['Vatican', 'Holy See'],
    },
  },
  PS: {
    names: { es: 'Palestina', en: 'Palestine' },
    aliases: {
      es: ['Estado de Palestina', 'Territorios Palestinos'],
      en: ['State of Palestine', 'Palestinian Territories'],
    },
  },
  HK: { names: { es: 'Hong Kong', en: 'Hong Kong' } },
  MO: { names: { es: 'Macao', en: 'Macao' }, aliases: { es: ['Macau'], en: ['Macau'] } },
  TL: {
    names: { es: 'Timor Oriental', en: 'East Timor' },
    aliases: { es: ['Timor-Leste', 'Timor Leste'], en: ['Timor-Leste'] },
  },
  TR: { names: { en: 'Turkey' }, aliases: { es: ['Türkiye'], en: ['Türkiye', 'Turkiye'] } },
  BA: {
    aliases: {
      es: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia Herzegovina'],
      en: ['Bosnia', 'Bosnia-Herzegovina'],
    },
  },
  BD: { aliases: { es: ['Bangladesh'] } },
  BH: { aliases: { es: ['Bahréin', 'Bahrein', 'Bahrain'] } },
  BW: { aliases: { es: ['Botswana'] } },
  BY: { aliases: { es: ['Belarús', 'Belarus'], en: ['Byelorussia'] } },
  QA: { aliases: { es: ['Qatar'] } },
  KE: { aliases: { es: ['Kenya'] } },
  KZ: { aliases: { es: ['Kazajstán', 'Kazakhstán'] } },
  KG: { aliases: { es: ['Kirguizistán', 'Kirguistan', 'Kirguisia'] } },
  TJ: { aliases: { es: ['Tadjikistán'] } },
  MW: { aliases: { es: ['Malawi'] } },
  LS: { aliases: { es: ['Lesotho'] } },
  ZW: { aliases: { es: ['Zimbabwe'] } },
  DJ: { aliases: { es: ['Djibouti', 'Yibutí'] } },
  FJ: { aliases: { es: ['Fiji'] } },
  SR: { aliases: { es: ['Suriname'] } },
  GW: { aliases: { es: ['Guinea-Bissau', 'Guinea Bissau', 'Guinea Bisáu'] } },
  RW: { aliases: { es: ['Rwanda'] } },
  IQ: { aliases: { es: ['Iraq'] } },
  KW: { aliases: { es: ['Kuwéit'] } },
  TW: { aliases: { es: ['Formosa'], en: ['Formosa', 'Republic of China'] } },
  YE: { aliases: { es: ['Yemén'] } },
  BN: { aliases: { es: ['Brunei', 'Brunei Darussalam'] } },
  CV: { aliases: { en: ['Cabo Verde'] } },
  VN: { aliases: { es: ['Viet Nam'], en: ['Viet Nam'] } },
  SY: { aliases: { es: ['República Árabe Siria'] } },
  MD: { aliases: { es: ['Moldova', 'República de Moldavia'] } },
  XK: { aliases: { es: ['República de Kosovo'] } },
  EH: { aliases: { es: ['Sahara Occidental'] } },
  SS: { aliases: { es: ['Sudán Meridional'] } },
  DO: { aliases: { es: ['Dominicana'] } },
  GQ: { aliases: { es: ['Guinea Ecuatorial'] } },
  PG: { aliases: { es: ['Papúa-Nueva Guinea', 'Papua Nueva Guinea'] } },
  LA: { aliases: { es: ['República Democrática Popular Lao'] } },
  IR: { aliases: { es: ['República Islámica de Irán'], en: ['Islamic Republic of Iran'] } },
  AF: { aliases: { es: ['Emirato Islámico de Afganistán'] } },
  IN: { aliases: { es: ['República de la India'] } },
  MX: { aliases: { es: ['Méjico', 'Estados Unidos Mexicanos'] } },
  UM: { names: { en: 'United States Minor Outlying Islands' } },
};
