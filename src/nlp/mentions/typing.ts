/**
 * Typing a name span: a registry of rules, each proposing a type with a confidence; the strongest
 * proposal wins. Rules use the knowledge base, the left context, the name's own head word and shape.
 */
import { foldName, type EntityType } from '../../schema/index.js';
import { packFor, type GrammarLexicon } from '../lang/index.js';
import { isSmallTown, type Knowledge, type NerSpan } from '../knowledge.js';
import type { Sentence } from '../types.js';
import { HONORIFICS } from '../gazetteer/lexicon/honorifics.js';
import type { LeftContext } from './context.js';
import { opensWithOrganizationCue } from './heads.js';
import { isAcronym, isCapitalized, isHandle, isRomanNumeral } from './shape.js';
import { registerAblatable, ruleOn } from '../ablation.js';

export interface TypeProposal {
  readonly type: EntityType;
  readonly source: string;
  readonly confidence: number;
}

export interface TypingInput {
  readonly sentence: Sentence;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly text: string;
  readonly context: LeftContext;
  readonly knowledge: Knowledge;
  readonly grammar: GrammarLexicon;
  readonly ner?: NerSpan;
}

type TypingRule = (input: TypingInput) => TypeProposal | undefined;

const CODE = /^\p{Lu}+-?\d{3,}$/u;
const NORM_CODE = /^[A-Z]{2,}(-[A-Z0-9]+)+-(19|20)\d{2}$/;

const NER_TYPE: Record<NerSpan['label'], EntityType> = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  MISC: 'Other',
};

/**
 * The model's confidence above which its person or organisation label outweighs a gazetteer place of
 * the same name: a team or party named like a town ("el Sevilla ganó"), a person named like a city.
 * Countries keep the gazetteer's word: the model often reads a country acting as its government as ORG.
 * (esp.testa pipeline 70.6 → 71.1 at 0.9, 71.5 at 0.75; news-train tra 72.5 at 0.9, 72.3 at 0.75. Session 6, with
 * the article-trained CV models: esp.testa 76.3 / 76.6 / 76.8 and article CV 78.86 / 78.95 / 78.95 at 0.9 / 0.8 / 0.7.)
 */
export const MODEL_OVER_GAZETTEER = 0.8;

/** The model's confidence above which its ORG/LOC/MISC label stands against a title in front of the name. */
const MODEL_NOT_PERSON = 0.9;
const modelSureNotPerson = (ner: NerSpan | undefined): boolean =>
  ner !== undefined && ner.label !== 'PER' && ner.confidence >= MODEL_NOT_PERSON;

const modelDisputes = (ner: NerSpan | undefined): boolean =>
  (ner?.label === 'ORG' || ner?.label === 'PER') && ner.confidence >= MODEL_OVER_GAZETTEER;

export const TYPING_RULES: Readonly<Record<string, TypingRule>> = {
  country: ({ text, knowledge }) => {
    const best = knowledge.places(text)[0];
    return best?.type === 'Country'
      ? { type: 'Country', source: 'gazetteer', confidence: 0.95 }
      : undefined;
  },
  // "el presidente X": a title before a name makes it a person — unless the model is sure it is something
  // else (a title word before a body or a place). A surname named like a city keeps the title's word
  // ("el presidente Toledo").
  role: ({ context, ner }) =>
    context.role && !(ruleOn('roleYields') && modelSureNotPerson(ner))
      ? { type: 'Person', source: `role:${context.role.role.lemma}`, confidence: 0.9 }
      : undefined,
  // "la vicesecretaria de X", "fundador de X": an unknown X that a role is "of" is an organisation.
  // (An adviser or spokesman may also be a person's: "asesor de Ana Gómez" — the model's confident PER stands.)
  roleOf: ({ context, text, knowledge, ner }) =>
    context.roleOf?.role.organizational &&
    !context.apposition &&
    knowledge.places(text).length === 0 &&
    !(ner?.label === 'PER' && ner.confidence >= 0.6)
      ? { type: 'Organization', source: `role-of:${context.roleOf.role.lemma}`, confidence: 0.8 }
      : undefined,
  // "el caso X", "el escándalo X" name an affair after its protagonist: weak evidence that X is an event.
  honorific: ({ sentence, tokenStart }) =>
    HONORIFICS.has(sentence.lower[tokenStart - 1] ?? '')
      ? { type: 'Person', source: `honorific:${sentence.lower[tokenStart - 1]}`, confidence: 0.9 }
      : undefined,
  // "Ana Ruiz, directora de …": a role in apposition after the name.
  // A name that opens with an institution's head is no person ("la Policía Foral, el presidente …").
  appositiveRole: ({ sentence, tokenStart, tokenEnd, text, knowledge }) => {
    const lower = sentence.lower;
    if (lower[tokenEnd] !== ',' || knowledge.places(text).length > 0) return undefined;
    if (ruleOn('institutionNotPerson') && opensWithOrganizationCue(sentence, tokenStart, knowledge))
      return undefined;
    const { roleArticles } = packFor(knowledge.language).roles;
    const at = roleArticles.has(lower[tokenEnd + 1] ?? '') ? tokenEnd + 2 : tokenEnd + 1;
    const role = knowledge.roleAt(lower, at);
    return role && !role.role.plural
      ? { type: 'Person', source: `apposition:${role.role.lemma}`, confidence: 0.8 }
      : undefined;
  },
  // An organisation cue is weak before what looks like a person's name ("el centro derechista Juan Pérez").
  cue: ({ context, sentence, tokenStart, tokenEnd, knowledge, ner }) => {
    if (!context.cue) return undefined;
    const personLike =
      (ner?.label === 'PER' && ner.confidence >= 0.8) ||
      (tokenEnd - tokenStart >= 2 && knowledge.isGivenName(sentence.tokens[tokenStart]!.text));
    const eponym = packFor(knowledge.language).mentions.eponymCues.has(context.cue.word);
    // "un departamento de investigación de la Universidad de X": a cue of another kind further left (a
    // place, an event) does not retype a name that opens with an institution's head.
    const institution =
      ruleOn('headOverPlaceCue') &&
      context.cue.type !== 'Organization' &&
      opensWithOrganizationCue(sentence, tokenStart, knowledge);
    const weak = eponym || institution || (context.cue.type === 'Organization' && personLike);
    return {
      type: context.cue.type,
      source: `cue:${context.cue.word}`,
      confidence: weak ? 0.5 : 0.85,
    };
  },
  place: ({ text, knowledge, sentence, tokenStart, tokenEnd, ner }) => {
    const best = knowledge.places(text)[0];
    if (!best) return undefined;
    // Small towns share names with people and words: weak evidence unless the town is large. So is a
    // city named like a common noun after an article ("la Corona", "la Conquista"): cities take none.
    const commonNoun =
      tokenEnd - tokenStart === 1 &&
      packFor(knowledge.language).grammar.definiteArticles.has(
        sentence.lower[tokenStart - 1] ?? '',
      ) &&
      knowledge.isCommonWord(text.toLowerCase());
    if (best.type === 'City' && commonNoun)
      return { type: best.type, source: 'gazetteer', confidence: 0.3 };
    // "SORIA" for a programme: initials that happen to spell a town's name are initials; a town whose
    // own short form is in capitals ("DF" for a federal district) does not spell its name.
    if (
      ruleOn('acronymNotTown') &&
      best.type !== 'Country' &&
      isAcronym(text) &&
      text !== best.name &&
      foldName(text) === foldName(best.name)
    )
      return { type: best.type, source: 'gazetteer', confidence: 0.3 };
    const weak = isSmallTown(best) || modelDisputes(ner);
    return { type: best.type, source: 'gazetteer', confidence: weak ? 0.4 : 0.8 };
  },
  head: ({ sentence, tokenStart: spanStart, tokenEnd, knowledge }) => {
    const pack = packFor(knowledge.language);
    // An ordinal in front of the head: "XIII Cumbre", "V Temporada".
    const tokenStart =
      ruleOn('ordinalOpensName') &&
      tokenEnd - spanStart > 1 &&
      isRomanNumeral(sentence.tokens[spanStart]!.text)
        ? spanStart + 1
        : spanStart;
    const first = sentence.tokens[tokenStart]!.text.toLowerCase();
    if (
      pack.mentions.territoryOrBodyHeads.has(first) &&
      pack.grammar.ofWords.has(sentence.lower[tokenStart + 1] ?? '') &&
      tokenEnd - tokenStart > 2
    ) {
      const complement = sentence.tokens
        .slice(tokenStart + 2, tokenEnd)
        .map((t) => t.text)
        .join(' ');
      // "Departamento de Antioquia" is a territory; "Departamento de Justicia" a body, though a small
      // town is called Justicia.
      const place = knowledge.places(complement)[0];
      if (!place || (ruleOn('territoryNeedsPlace') && isSmallTown(place)))
        return { type: 'Organization', source: `head:${first}`, confidence: 0.8 };
    }
    const cue =
      ruleOn('ambiguousHeads') && pack.mentions.ambiguousHeads.has(first)
        ? undefined
        : knowledge.cue(first);
    if (
      cue &&
      (tokenEnd - tokenStart > 1 || cue === 'Organization' || cue === 'Law' || cue === 'Event')
    )
      return { type: cue, source: `head:${first}`, confidence: 0.8 };
    return undefined;
  },
  // English puts the head noun last: "International Olympic Committee", "Black Sea", "Ohio State".
  headFinal: ({ sentence, tokenStart, tokenEnd, knowledge }) => {
    const { headFinal } = packFor(knowledge.language).typology;
    if (!headFinal || tokenEnd - tokenStart < 2) return undefined;
    const last = sentence.lower[tokenEnd - 1]!;
    const cue = knowledge.cue(last);
    return cue ? { type: cue, source: `head-final:${last}`, confidence: 0.8 } : undefined;
  },
  // "Casa Editorial S.A.", "Nature Channel", "TVR Televisión": a closing company word or medium. It
  // outweighs a head noun of another kind ("Cumbre TV" is a channel, not a summit).
  tail: ({ sentence, tokenStart, tokenEnd, knowledge }) => {
    const last = sentence.lower[tokenEnd - 1]!;
    return tokenEnd - tokenStart >= 2 && knowledge.isOrgSuffix(last)
      ? { type: 'Organization', source: `tail:${last}`, confidence: 0.81 }
      : undefined;
  },
  model: ({ ner, text, knowledge }) => {
    if (!ner) return undefined;
    const type = NER_TYPE[ner.label];
    if (type === 'Place') {
      // A location the gazetteers do not know is as often a mislabelled person or company.
      const place = knowledge.places(text)[0];
      return place
        ? { type: place.type, source: 'model', confidence: 0.5 + 0.3 * ner.confidence }
        : { type: 'Place', source: 'model', confidence: 0.4 };
    }
    return { type, source: 'model', confidence: 0.5 + 0.28 * ner.confidence };
  },
  // "NOM-004-STPS-1999", "ISO-9001-2015": a coded norm with its year.
  normCode: ({ text }) =>
    NORM_CODE.test(text) ? { type: 'Law', source: 'norm-code', confidence: 0.85 } : undefined,
  // "Banco Sur, banco al cual …", "Zentral, el partido de …": an organisation noun in apposition after the name.
  appositiveCue: ({ sentence, tokenEnd, knowledge }) => {
    const lower = sentence.lower;
    if (lower[tokenEnd] !== ',') return undefined;
    const at = packFor(knowledge.language).grammar.articles.has(lower[tokenEnd + 1] ?? '')
      ? tokenEnd + 2
      : tokenEnd + 1;
    const word = lower[at] ?? '';
    return sentence.tokens[at]?.text === word && knowledge.cue(word) === 'Organization'
      ? { type: 'Organization', source: `apposition-cue:${word}`, confidence: 0.82 }
      : undefined;
  },
  // "Nestlé México", "Telefónica España": a company's national branch, not a person or a place.
  countryTail: ({ sentence, tokenStart, tokenEnd, knowledge }) => {
    if (tokenEnd - tokenStart !== 2 || knowledge.isGivenName(sentence.tokens[tokenStart]!.text))
      return undefined;
    const last = sentence.tokens[tokenEnd - 1]!.text;
    const first = sentence.tokens[tokenStart]!.text;
    if (
      knowledge.places(last)[0]?.type !== 'Country' ||
      knowledge.places(first).length > 0 ||
      knowledge.demonym(first.toLowerCase())
    )
      return undefined;
    return { type: 'Organization', source: 'country-tail', confidence: 0.8 };
  },
  givenName: ({ sentence, tokenStart, tokenEnd, knowledge }) =>
    tokenEnd - tokenStart >= 2 && knowledge.isGivenName(sentence.tokens[tokenStart]!.text)
      ? { type: 'Person', source: 'given-name', confidence: 0.81 }
      : undefined,
  // "@usuario": an account, most often a person's; a confident model label says otherwise.
  handle: ({ text }) =>
    isHandle(text) ? { type: 'Person', source: 'handle', confidence: 0.6 } : undefined,
  // "ME2019", "A320": capitals run together with a number of three digits or more are a code (a product,
  // a model, a reference), not an organisation's initials.
  acronym: ({ text }) =>
    isAcronym(text)
      ? ruleOn('codes') && CODE.test(text)
        ? { type: 'Other', source: 'code', confidence: 0.55 }
        : { type: 'Organization', source: 'acronym', confidence: 0.55 }
      : undefined,
  // Orthography alone, where the model gave no label (or no model ran).
  shape: ({ sentence, tokenStart, tokenEnd, knowledge, ner }) => {
    if (ner && ruleOn('shapeYields')) return undefined;
    const pack = packFor(knowledge.language);
    const words = sentence.tokens.slice(tokenStart, tokenEnd).map((t) => t.text);
    // Person names do not start with an article ("La Alameda", "El Heraldo": mostly bodies and media) nor
    // contain English function words ("Stop The Trends": mostly titles).
    const articleLed = pack.grammar.definiteArticles.has(words[0]!.toLowerCase());
    const english = words.some((w) => pack.mentions.titleWords.has(w));
    if (words.length >= 2 && articleLed)
      return { type: 'Organization', source: 'shape', confidence: 0.46 };
    if (words.length >= 2 && english) return { type: 'Other', source: 'shape', confidence: 0.46 };
    if (words.length >= 2 && words.every(isCapitalized))
      return { type: 'Person', source: 'shape', confidence: 0.45 };
    if (words.length >= 2) return { type: 'Organization', source: 'shape', confidence: 0.35 };
    return { type: 'Other', source: 'shape', confidence: 0.15 };
  },
};

registerAblatable(Object.keys(TYPING_RULES));

/**
 * Sources whose proposal depends on the name alone (its gazetteer entry, its words, its shape), not on
 * the words around the mention: every mention of the same name repeats the same evidence, so an
 * entity counts it once, while what each context says (a cue, a role, a list, the model) counts per mention.
 */
const NAME_ONLY_SOURCES: ReadonlySet<string> = new Set([
  'gazetteer',
  'given-name',
  'shape',
  'acronym',
  'code',
  'handle',
  'norm-code',
  'country-tail',
  'default',
]);
const NAME_ONLY_PREFIXES = ['head:', 'head-final:', 'tail:'];
export const isNameOnlySource = (source: string): boolean =>
  NAME_ONLY_SOURCES.has(source) || NAME_ONLY_PREFIXES.some((p) => source.startsWith(p));

export function typeSpan(input: TypingInput): TypeProposal {
  let best: TypeProposal | undefined;
  for (const [name, rule] of Object.entries(TYPING_RULES)) {
    if (!ruleOn(name)) continue;
    const proposal = rule(input);
    if (proposal && (!best || proposal.confidence > best.confidence)) best = proposal;
  }
  return best ?? { type: 'Other', source: 'default', confidence: 0.1 };
}
