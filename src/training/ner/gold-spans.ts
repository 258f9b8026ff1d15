/**
 * NER training sentences from a hand-annotated article: the article is split into sentences and tokens
 * exactly as the pipeline splits it, and every occurrence of a gold entity's name or alias written as a
 * proper name (its first kept word capitalised) is tagged in IOB2 with the entity's coarse CoNLL type
 * (Person → PER, Organization → ORG, places → LOC, Event/Law/Other → MISC). Lower-case aliases (role
 * nominals such as "el presidente"), demonyms and entities evoked only by an adjective are not names in
 * CoNLL's sense and stay `O`. Longest forms win; at equal length a form that is an entity's name beats
 * one that is another entity's alias. Matching is case-sensitive on whole tokens.
 *
 * A form whose only capital is a leading determiner ("El presidente electo", an alias written where it
 * opened a sentence) owes that capital to its position, not to being a name: it is tagged only where it
 * does not open its sentence (a title such as "El complot mongol" in mid-sentence), never at the start.
 */
import { packFor } from '../../nlp/index.js';
import { splitSentences, tokenize } from '../../nlp/training.js';
import { COARSE_TYPE, type EntityType, type Language } from '../../schema/index.js';
import type { LabelledSentence } from './lexicon-build.js';

export interface GoldEntityForms {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
}

export interface Form {
  readonly tokens: readonly string[];
  readonly label: string;
  /** 0 for an entity's name, 1 for an alias: names win ties. */
  readonly rank: number;
  /** Capitalised only by a leading determiner: not tagged where it opens the sentence. */
  readonly sentenceCase?: boolean;
}

/** Only the first token starts with a capital, and it is a determiner ("El presidente electo"). */
function isSentenceCase(tokens: readonly string[], determiners: ReadonlySet<string>): boolean {
  return (
    tokens.length >= 2 &&
    determiners.has(tokens[0]!.toLowerCase()) &&
    tokens.slice(1).every((t) => !/^[\p{Lu}\p{N}]/u.test(t))
  );
}

/**
 * The proper-name part of a surface form: the form itself when it starts with a capital or a digit, or
 * what follows one leading lower-case word ("la Corona" → "Corona"); none otherwise ("el presidente").
 */
export function nameTokens(surface: string): string[] | undefined {
  const tokens = tokenize(surface).map((t) => t.text);
  if (tokens.length > 0 && /^[\p{Lu}\p{N}]/u.test(tokens[0]!)) return tokens;
  if (tokens.length > 1 && /^\p{Ll}/u.test(tokens[0]!) && /^\p{Lu}/u.test(tokens[1]!))
    return tokens.slice(1);
  return undefined;
}

function formsOf(entities: readonly GoldEntityForms[], determiners: ReadonlySet<string>): Form[] {
  const seen = new Map<string, Form>();
  for (const entity of entities) {
    const label = COARSE_TYPE[entity.type];
    [entity.name, ...entity.aliases].forEach((surface, k) => {
      const tokens = nameTokens(surface);
      if (!tokens) return;
      const form: Form = {
        tokens,
        label,
        rank: k === 0 ? 0 : 1,
        ...(isSentenceCase(tokens, determiners) ? { sentenceCase: true } : {}),
      };
      const key = tokens.join('\u0001');
      const prior = seen.get(key);
      if (!prior || form.rank < prior.rank) seen.set(key, form);
    });
  }
  return [...seen.values()].sort((a, b) => b.tokens.length - a.tokens.length || a.rank - b.rank);
}

/** IOB2 tags for one token sequence given the forms to find (longest first, no overlaps). */
export function tagTokens(tokens: readonly string[], forms: readonly Form[]): string[] {
  const tags = tokens.map(() => 'O');
  // Tokens before the first word (an opening quote or dash): a form starting there opens the sentence.
  let opening = 0;
  while (opening < tokens.length && !/[\p{L}\p{N}]/u.test(tokens[opening]!)) opening++;
  for (const form of forms) {
    const n = form.tokens.length;
    for (let i = form.sentenceCase ? opening + 1 : 0; i + n <= tokens.length; i++) {
      let match = true;
      for (let k = 0; k < n && match; k++) match = tokens[i + k] === form.tokens[k];
      if (!match) continue;
      let free = true;
      for (let k = 0; k < n && free; k++) free = tags[i + k] === 'O';
      if (!free) continue;
      for (let k = 0; k < n; k++) tags[i + k] = `${k === 0 ? 'B' : 'I'}-${form.label}`;
      i += n - 1;
    }
  }
  return tags;
}

/** The article's sentences (pipeline tokenisation) with the gold names tagged. */
export function projectGoldMentions(
  text: string,
  entities: readonly GoldEntityForms[],
  language: Language = 'es',
): LabelledSentence[] {
  const forms = formsOf(entities, packFor(language).grammar.determiners);
  return splitSentences(text).map((sentence) => {
    const tokens = sentence.tokens.map((t) => t.text);
    return { tokens, tags: tagTokens(tokens, forms) };
  });
}
