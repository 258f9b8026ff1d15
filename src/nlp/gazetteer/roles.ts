/**
 * Role and title lexicon lookups: "presidenta", "ministro de Asuntos Exteriores", "jefes de Estado",
 * "expresidente", "former prime minister". Each entry carries the predicate it implies and what it attaches to.
 */
import { foldName } from '../../schema/index.js';
import { inflectSpanish, type InflectedForm } from './inflect.js';
import { PORTFOLIOS_EN, ROLES_EN } from './lexicon/roles-en.js';
import { ROLES_ES } from './lexicon/roles-es.js';
import type { RoleSpec } from './lexicon/role-spec.js';
import { PhraseIndex } from './phrase-index.js';
import { lazy } from './resources.js';
import type { Language, RoleEntry, RoleMatch } from './types.js';

function englishForms(spec: string): InflectedForm[] {
  const gendered = /^(m|f):/.exec(spec);
  const gender = gendered ? (gendered[1] as 'm' | 'f') : undefined;
  const body = gendered ? spec.slice(2) : spec;
  const [sg, explicitPl] = body.split('/') as [string, string | undefined];
  const pl = explicitPl ?? (/(s|sh|ch|x)$/.test(sg) ? `${sg}es` : `${sg}s`);
  return [
    { form: sg, ...(gender ? { gender } : {}), number: 'sg' },
    { form: pl, ...(gender ? { gender } : {}), number: 'pl' },
  ];
}

/** How each language's role specs become inflected forms (a registry: a language is one entry). */
const INFLECTIONS: Readonly<Record<Language, (forms: string) => InflectedForm[]>> = {
  es: inflectSpanish,
  en: englishForms,
};

function stripPreposition(portfolio: string): string {
  return portfolio.replace(/^(de la|de los|de las|del|de)\s+/i, '');
}

function addSpec(index: PhraseIndex<RoleEntry>, spec: RoleSpec, lang: Language): void {
  const forms = INFLECTIONS[lang](spec.forms);
  const lemma = (forms[0] as InflectedForm).form;
  const base = {
    predicate: spec.predicate,
    attachesTo: spec.attachesTo,
    lang,
    denotesPerson: true as const,
    ...(spec.predicateIn ? { predicateIn: spec.predicateIn } : {}),
  };
  for (const f of forms) {
    const form = f.form.toLowerCase();
    for (const p of spec.portfolios ?? []) {
      index.add(`${form} ${p}`, {
        ...base,
        lemma: `${lemma} ${p}`,
        form: `${form} ${p.toLowerCase()}`,
        portfolio: stripPreposition(p),
        ...(f.gender ? { gender: f.gender } : {}),
        number: f.number,
      });
    }
    index.add(form, {
      ...base,
      lemma,
      form,
      ...(f.gender ? { gender: f.gender } : {}),
      number: f.number,
    });
  }
  for (const abbr of spec.abbreviations ?? []) {
    index.add(abbr, { ...base, lemma, form: abbr.toLowerCase(), number: 'sg', abbreviation: true });
  }
}

const indexes = lazy((): Record<Language, PhraseIndex<RoleEntry>> => {
  const es = new PhraseIndex<RoleEntry>();
  const en = new PhraseIndex<RoleEntry>();
  for (const spec of ROLES_ES) addSpec(es, spec, 'es');
  for (const spec of ROLES_EN) addSpec(en, spec, 'en');
  for (const p of PORTFOLIOS_EN) {
    addSpec(en, { forms: `${p} minister`, predicate: 'MINISTER_OF', attachesTo: 'Country' }, 'en');
    // British usage: "Foreign Secretary", "Home Secretary", "Defence Secretary".
    addSpec(
      en,
      { forms: `${p} secretary/${p} secretaries`, predicate: 'MINISTER_OF', attachesTo: 'Country' },
      'en',
    );
  }
  return { es, en };
});

const FORMER_WORDS: Readonly<Record<Language, readonly string[]>> = {
  es: ['ex'],
  en: ['former', 'ex'],
};

/**
 * The longest role phrase starting at token `i` ("ministra", "de", "Defensa" -> length 3), or undefined.
 * Tokens are compared case- and accent-insensitively. A leading "ex"/"former" token or an "ex" prefix
 * ("expresidente", "ex-presidente") gives an entry marked `former`.
 */
export function matchRoleAt(
  tokens: readonly string[],
  i: number,
  lang: Language = 'es',
): RoleMatch | undefined {
  const index = indexes()[lang];
  const direct = index.matchAt(tokens, i);
  if (direct !== undefined) return { entry: direct.value, length: direct.length };
  const head = foldName(tokens[i] ?? '');
  if (FORMER_WORDS[lang].includes(head)) {
    const next = index.matchAt(tokens, i + 1);
    if (next !== undefined)
      return { entry: { ...next.value, former: true }, length: next.length + 1 };
  }
  if (head.startsWith('ex') && head.length > 4) {
    const prefixed = index.matchWithHead(tokens, i, head.replace(/^ex ?/, ''));
    if (prefixed !== undefined)
      return { entry: { ...prefixed.value, former: true }, length: prefixed.length };
  }
  return undefined;
}

/** The role a whole phrase or token list names ("jefe de Gobierno", ["Primera", "ministra"]), or undefined. */
export function lookupRole(
  phraseOrTokens: string | readonly string[],
  lang: Language = 'es',
): RoleEntry | undefined {
  const tokens =
    typeof phraseOrTokens === 'string'
      ? foldName(phraseOrTokens).split(' ').filter(Boolean)
      : phraseOrTokens;
  const m = matchRoleAt(tokens, 0, lang);
  return m !== undefined && m.length === tokens.length ? m.entry : undefined;
}
