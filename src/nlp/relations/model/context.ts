/**
 * What the feature extractor reads about one article, computed once: sentence views, trigger and role
 * hits per token, certainty per sentence, quotation spans, and the rule relations indexed by pair.
 */
import { categoryOf, type Predicate, type RelationCategory } from '../../../schema/index.js';
import type { Knowledge } from '../../knowledge.js';
import type { GrammarLexicon } from '../../lang/index.js';
import type { Certainty } from '../../../schema/index.js';
import { sentenceCertainty } from '../certainty.js';
import type { SentenceView } from '../sentence-view.js';
import type { TriggerLexicon, VerbTrigger } from '../../lang/index.js';
import { triggersMatching } from '../verbs.js';
import type { ArticleRelation } from '../types.js';

export interface RuleHit {
  readonly predicate: Predicate;
  readonly category: RelationCategory;
  /** The rule's subject is this end of the pair (entity id). */
  readonly subject: number;
  readonly sentenceIndex: number;
  readonly relation: ArticleRelation;
}

export interface ArticleContext {
  readonly views: readonly SentenceView[];
  /** Per sentence, per token: predicates of the verb triggers whose stem matches the token. */
  readonly triggers: readonly (readonly (readonly Predicate[])[])[];
  /** Predicate of the role phrase starting at token `k` of sentence `sentence`, if any (memoised). */
  readonly roleAt: (sentence: number, k: number) => Predicate | undefined;
  readonly certainty: readonly Certainty[];
  /** Per sentence, per token: inside a quotation. */
  readonly quoted: readonly (readonly boolean[])[];
  readonly negations: ReadonlySet<string>;
  /** Rule relations by unordered pair "min|max". */
  readonly rules: ReadonlyMap<string, readonly RuleHit[]>;
  /** Number of sentences in which both entities of a pair are named, by unordered pair. */
  readonly pairSentences: ReadonlyMap<string, number>;
}

const OPEN = new Set(['“', '«', '"']);
const CLOSE = new Set(['”', '»', '"']);

function quotedTokens(lower: readonly string[]): boolean[] {
  const out = lower.map(() => false);
  let open = false;
  lower.forEach((w, i) => {
    if (!open && OPEN.has(w)) open = true;
    else if (open && CLOSE.has(w)) open = false;
    else out[i] = open;
  });
  return out;
}

/**
 * Predicates of the triggers whose stem matches a word: those of the verb rules' own (memoised)
 * matches, made once per match list.
 */
const predicatesOf = new WeakMap<readonly VerbTrigger[], readonly Predicate[]>();
function triggerPredicates(lexicon: TriggerLexicon, word: string): readonly Predicate[] {
  const matches = triggersMatching(lexicon, word);
  let hit = predicatesOf.get(matches);
  if (!hit) predicatesOf.set(matches, (hit = matches.map((t) => t.predicate)));
  return hit;
}

export function buildContext(
  views: readonly SentenceView[],
  rules: readonly ArticleRelation[],
  knowledge: Knowledge,
  grammar: GrammarLexicon,
  lexicon: TriggerLexicon,
): ArticleContext {
  const triggers = views.map((v) => v.lower.map((w) => triggerPredicates(lexicon, w)));
  const roleMemo = views.map((v) => new Array<Predicate | null | undefined>(v.lower.length));
  const roleAt = (sentence: number, k: number): Predicate | undefined => {
    const memo = roleMemo[sentence]!;
    if (k < 0 || k >= memo.length) return undefined;
    if (memo[k] === undefined)
      memo[k] = knowledge.roleAt(views[sentence]!.lower, k)?.role.predicate ?? null;
    return memo[k] ?? undefined;
  };
  const byPair = new Map<string, RuleHit[]>();
  for (const r of rules) {
    const key = r.subject < r.object ? `${r.subject}|${r.object}` : `${r.object}|${r.subject}`;
    const list = byPair.get(key) ?? [];
    list.push({
      predicate: r.predicate,
      category: categoryOf(r.predicate),
      subject: r.subject,
      sentenceIndex: r.sentenceIndex,
      relation: r,
    });
    byPair.set(key, list);
  }
  const pairSentences = new Map<string, number>();
  for (const v of views) {
    const ids = [...new Set(v.mentions.map((r) => r.entity.id))].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        pairSentences.set(key, (pairSentences.get(key) ?? 0) + 1);
      }
  }
  return {
    views,
    pairSentences,
    triggers,
    roleAt,
    certainty: views.map((v) => sentenceCertainty(v)),
    quoted: views.map((v) => quotedTokens(v.lower)),
    negations: grammar.negations,
    rules: byPair,
  };
}
