/**
 * Builds the extractor's `Knowledge` from the committed resources: gazetteers (places, demonyms,
 * roles, cue words, given names) and, when present, the statistical NER model.
 */
import { foldName } from '../schema/index.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import type { Language, Predicate } from '../schema/index.js';
import {
  containingCountry,
  countryByCode,
  isOrgSuffix,
  countryNameIn,
  lookupCues,
  lookupDemonym,
  nameIn,
  startsDemonymPhrase,
  placeNameIn,
  lookupPlace,
  matchRoleAt,
  type RoleEntry,
} from './gazetteer/index.js';
import { packFor } from './lang/index.js';
import { parseRelationModel } from './relations/model/io.js';
import type { RelationModel } from './relations/model/model.js';
import type {
  CueType,
  DemonymInfo,
  Knowledge,
  NerSpan,
  PlaceInfo,
  RoleInfo,
  RoleMatch,
} from './knowledge.js';
import { loadNerModel, type NerTagger } from './ner/index.js';
import { boundedMemo } from '../util/memo.js';

/** The lexicon's per-country predicates keyed by the country's canonical name in `language`, folded. */
function predicateIn(
  entry: RoleEntry,
  language: Language,
): ReadonlyMap<string, Predicate> | undefined {
  if (!entry.predicateIn) return undefined;
  const byName = new Map<string, Predicate>();
  for (const [code, predicate] of Object.entries(entry.predicateIn)) {
    const country = countryByCode(code);
    if (!country)
      throw new Error(
        `role lexicon: "${entry.lemma}" names an unknown country code ${JSON.stringify(code)}`,
      );
    byName.set(foldName(nameIn(country, language)), predicate);
  }
  return byName;
}

function roleInfo(entry: RoleEntry, language: Language): RoleInfo {
  const lemma = foldName(entry.lemma);
  const byCountry = predicateIn(entry, language);
  return {
    lemma: entry.lemma,
    group: packFor(language).roles.groups[lemma] ?? lemma,
    predicate: entry.predicate,
    ...(byCountry ? { predicateIn: byCountry } : {}),
    ...(entry.number === 'pl' ? { plural: true as const } : {}),
    national: entry.attachesTo === 'Country' || entry.attachesTo === 'OrganizationOrCountry',
    organizational:
      entry.attachesTo === 'Organization' ||
      entry.attachesTo === 'OrganizationOrCountry' ||
      entry.attachesTo === 'Any',
  };
}

const CUE_TYPES: Readonly<Record<string, CueType>> = {
  organization: 'Organization',
  orgSuffix: 'Organization',
  event: 'Event',
  law: 'Law',
};

/** IOB2 tags with per-token confidences → spans; a span's confidence is its weakest token's. */
export function spansFromTags(tags: readonly string[], confidences: readonly number[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let start = -1;
  let label = '';
  const close = (end: number): void => {
    if (start < 0) return;
    spans.push({
      start,
      end,
      label: label as NerSpan['label'],
      confidence: Math.min(...confidences.slice(start, end)),
    });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const [prefix, type] = tag.split('-') as [string, string | undefined];
    if (prefix === 'B' || (prefix === 'I' && type !== label) || prefix === 'O') close(i);
    if (prefix === 'B' || (prefix === 'I' && start < 0)) {
      start = i;
      label = type!;
    }
  });
  close(tags.length);
  return spans;
}

export interface KnowledgeOptions {
  /** Use the statistical NER model (Spanish only for now). Default: on for Spanish. */
  ner?: boolean;
  /**
   * Use the trained relation model of the language (models/relations-<lang>.model.json.gz) when there is
   * one. Default: on together with the NER model (the relation model was trained on the NER pipeline's
   * entities), off with TRAMA_REL_MODEL=off.
   */
  relations?: boolean;
  /**
   * A tagger to use instead of the committed model (the entity cross-validation trains one per fold).
   * Knowledge built with one is not cached.
   */
  nerTagger?: NerTagger;
}

/** The relation model file of a language, loaded once (undefined when the language has none). */
const relationModels = new Map<Language, RelationModel | undefined>();
export function relationModelPath(language: Language): string {
  return join(PACKAGE_ROOT, 'models', `relations-${language}.model.json.gz`);
}
function loadRelationModel(language: Language): RelationModel | undefined {
  if (!relationModels.has(language)) {
    const path = relationModelPath(language);
    relationModels.set(
      language,
      existsSync(path) ? parseRelationModel(readFileSync(path), path) : undefined,
    );
  }
  return relationModels.get(language);
}

/** Given names derived from CoNLL-2002 training data (scripts/build-given-names.ts). */
const givenNames = (() => {
  let names: Set<string> | undefined;
  return (): Set<string> => {
    if (!names) {
      const path = join(PACKAGE_ROOT, 'models', 'given-names-es.txt');
      names = new Set(
        existsSync(path)
          ? readFileSync(path, 'utf8')
              .split('\n')
              .filter((l) => l && !l.startsWith('#'))
          : [],
      );
    }
    return names;
  };
})();

const cache = new Map<string, Knowledge>();

export function loadKnowledge(language: Language, options: KnowledgeOptions = {}): Knowledge {
  const { nerModel } = packFor(language);
  const useNer = (options.ner ?? process.env.TRAMA_NER !== 'off') && nerModel;
  const useRel = (options.relations ?? Boolean(useNer)) && process.env.TRAMA_REL_MODEL !== 'off';
  const relationModel = useRel ? loadRelationModel(language) : undefined;
  const cacheKey = `${language}:${useNer}:${relationModel ? 'rel' : 'rules'}`;
  const cached = options.nerTagger ? undefined : cache.get(cacheKey);
  if (cached) return cached;
  let tagger: NerTagger | undefined = options.nerTagger;
  // roleAt runs at every token: each lexicon entry's RoleInfo is built once.
  const roleInfos = new WeakMap<RoleEntry, RoleInfo>();
  const roleMemo = new WeakMap<readonly string[], (RoleMatch | null)[]>();
  // Cue and demonym lookups run at almost every token, on few distinct words: each word is looked up once.
  const cueOf = boundedMemo((lowerWord: string): CueType | undefined => {
    const cue = lookupCues(lowerWord, language)[0];
    if (!cue) return undefined;
    return cue.kind === 'place'
      ? cue.placeType === 'Country'
        ? 'Region'
        : cue.placeType
      : CUE_TYPES[cue.kind];
  });
  // Both answers about a word in one memo entry: findDemonyms asks both at every word.
  const demonymWord = boundedMemo(
    (word: string): { info: DemonymInfo | undefined; phraseStart: boolean } => {
      const entry = lookupDemonym(word, language);
      return {
        // Gazetteer targets are canonical names; an article names places in its own language.
        info: entry && {
          target: placeNameIn(entry.target, entry.targetType, language),
          targetType: entry.targetType,
        },
        phraseStart: startsDemonymPhrase(word),
      };
    },
  );
  const demonymOf = (word: string): DemonymInfo | undefined => demonymWord(word).info;
  const knowledge: Knowledge = {
    language,
    places: boundedMemo((surface: string): readonly PlaceInfo[] =>
      lookupPlace(surface, language).map((p): PlaceInfo => {
        const containing = containingCountry(p);
        const country = containing && countryNameIn(containing, language);
        return {
          name: nameIn(p, language),
          type: p.type,
          ...(country ? { country } : {}),
          ...(p.population !== undefined ? { population: p.population } : {}),
        };
      }),
    ),
    demonym: demonymOf,
    demonymPhraseStart: (word) => demonymWord(word).phraseStart,
    roleAt(lowerTokens, i) {
      // Mention, role and relation rules ask about the same positions of a sentence's token array
      // again and again: the answer is kept per array (token arrays are not changed once built).
      let memo = roleMemo.get(lowerTokens);
      if (!memo) roleMemo.set(lowerTokens, (memo = []));
      const known = memo[i];
      if (known !== undefined) return known ?? undefined;
      const match = matchRoleAt(lowerTokens, i, language);
      let found: RoleMatch | undefined;
      if (match) {
        let role = roleInfos.get(match.entry);
        if (!role) roleInfos.set(match.entry, (role = roleInfo(match.entry, language)));
        found = { role, length: match.length };
      }
      if (Number.isInteger(i) && i >= 0 && i < lowerTokens.length) memo[i] = found ?? null;
      return found;
    },
    cue: cueOf,
    isOrgSuffix: (lowerWord) => isOrgSuffix(lowerWord, language),
    isGivenName: (word) => givenNames().has(word),
    isCommonWord(lowerWord) {
      if (!nerModel) return false;
      tagger ??= loadNerModel();
      return tagger.model.resources.commonLower.has(lowerWord);
    },
    ...(relationModel ? { relationModel } : {}),
    ...(useNer
      ? {
          ner(sentences: readonly (readonly string[])[]) {
            tagger ??= loadNerModel();
            const doc = tagger.documentContext(sentences);
            return sentences.map((tokens) => {
              const { tags, confidences } = tagger!.tagWithEntityScores(tokens, doc);
              return spansFromTags(tags, confidences);
            });
          },
        }
      : {}),
  };
  if (!options.nerTagger) cache.set(cacheKey, knowledge);
  return knowledge;
}
