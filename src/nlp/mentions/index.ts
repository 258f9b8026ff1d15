/**
 * Mention detection for one article: proper names (orthography + statistical NER), typed by rules;
 * demonyms; and role nominals. Returns mentions in text order.
 */
import { packFor, type GrammarLexicon } from '../lang/index.js';
import type { Knowledge, NerSpan } from '../knowledge.js';
import type { EntityMention, Sentence } from '../types.js';
import { isNonCountryPlaceType } from '../../schema/index.js';
import {
  capitalizedElsewhere,
  findNameCandidates,
  listExpansionEnd,
  type SpanCandidate,
} from './candidates.js';
import { bareCommonWord, inFixedExpression, shapeSpan, unsupportedInitial } from './cleanup.js';
import { findDescribedNames } from './descriptions.js';
import { findTitles } from './titles.js';
import { leftContext } from './context.js';
import { findClassNominals, findDemonyms, findRoleNominals } from './nominals.js';
import { portfolioTokens } from './portfolio.js';
import { isAcronym } from './shape.js';
import { coordinations, enumerationCue } from './coordination.js';
import { typeSpan, type TypeProposal } from './typing.js';
import { mergeWithModel } from './model-merge.js';
import { ruleOn } from '../ablation.js';

export { isAcronym, isCapitalized } from './shape.js';
export { leftContext, type LeftContext } from './context.js';

export function detectMentions(
  sentences: readonly Sentence[],
  knowledge: Knowledge,
  grammar: GrammarLexicon,
): EntityMention[] {
  const { rules } = packFor(knowledge.language);
  const elsewhere = capitalizedElsewhere(sentences);
  // Lower-case named events and laws ("la ley Villalba") take their words before proper-name spans do.
  // …and so do titles of works ("un libro titulado La confrontación política").
  const titles = rules.titlesOfWorks
    ? findTitles(sentences, packFor(knowledge.language).mentions.works)
    : new Map<number, EntityMention[]>();
  const described = new Map(
    sentences.map((s) => {
      const own = titles.get(s.index) ?? [];
      const covered = new Set(
        own.flatMap((t) =>
          [...Array(t.tokenEnd - t.tokenStart).keys()].map((k) => t.tokenStart + k),
        ),
      );
      return [
        s.index,
        [
          ...own,
          ...(rules.describedNames ? findDescribedNames(s, knowledge, grammar, covered) : []),
        ],
      ];
    }),
  );
  const portfolios = new Map(
    sentences.map((s) => [
      s.index,
      rules.portfolios && ruleOn('portfolios')
        ? portfolioTokens(s, knowledge, grammar)
        : new Set<number>(),
    ]),
  );
  const candidates = mergeWithModel(
    findNameCandidates(sentences, grammar, knowledge),
    sentences,
    knowledge,
  )
    .flatMap(({ candidate: proposed, ner }) => {
      const sentence = sentences[proposed.sentenceIndex]!;
      // A span that starts in a title's portfolio keeps only what follows it ("… de la Policía Regional").
      const candidate = afterPortfolio(proposed, portfolios.get(proposed.sentenceIndex)!);
      if (!candidate) return [];
      const shaped = shapeSpan(sentence, candidate, knowledge, grammar, ner);
      // A split name loses the model's label: each part is typed on its own evidence.
      return shaped.map((c) =>
        shaped.length === 1 && ner ? { candidate: c, ner } : { candidate: c },
      );
    })
    .filter(({ candidate, ner }) => {
      const sentence = sentences[candidate.sentenceIndex]!;
      // "personas ABC (Artistas, Bailarines y Cantantes)": a list spelling the acronym before it
      // is the acronym's common nouns, capitalised to show the letters — for the model too.
      if (ruleOn('listExpansion') && inListExpansion(sentence, candidate, grammar)) return false;
      const inDescribed = (described.get(candidate.sentenceIndex) ?? []).some(
        (d) => candidate.tokenStart < d.tokenEnd && d.tokenStart < candidate.tokenEnd,
      );
      return (
        !inDescribed &&
        !inFixedExpression(sentence, candidate, packFor(knowledge.language).mentions) &&
        !(ruleOn('insideRolePhrase') && insideRolePhrase(sentence, candidate, knowledge)) &&
        !(
          ruleOn('unsupportedInitial') &&
          !(ruleOn('modelOverInitial') && (ner?.confidence ?? 0) >= MODEL_OVER_INITIAL) &&
          unsupportedInitial(sentence, candidate, elsewhere, knowledge) &&
          // 'el diario "Reforma"': a cue noun in front vouches for a quoted capital.
          !(
            ruleOn('cueOverQuote') &&
            leftContext(sentence, candidate.tokenStart, knowledge, grammar).cue !== undefined
          )
        )
      );
    });
  const typed = candidates.map(({ candidate, ner }) => {
    const sentence = sentences[candidate.sentenceIndex]!;
    const first = sentence.tokens[candidate.tokenStart]!;
    const last = sentence.tokens[candidate.tokenEnd - 1]!;
    const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
    const context = leftContext(sentence, candidate.tokenStart, knowledge, grammar);
    return {
      candidate,
      text,
      ...(ner ? { ner } : {}),
      proposal: typeSpan({
        sentence,
        ...candidate,
        text,
        context,
        knowledge,
        grammar,
        ...(ner ? { ner } : {}),
      }),
    };
  });
  if (ruleOn('listContext')) shareListContext(typed, sentences, knowledge);
  // Words of the article's longer names: a bare "Roca" after "Xavier Roca" is a short form, not a common word.
  const inLongerName = new Set(
    typed
      .filter(({ candidate: c }) => c.tokenEnd - c.tokenStart > 1)
      .flatMap(({ candidate: c }) =>
        sentences[c.sentenceIndex]!.lower.slice(c.tokenStart, c.tokenEnd),
      ),
  );
  const mentions: EntityMention[] = [];
  const takenBySentence = new Map<number, Set<number>>();
  for (const { candidate, text, proposal } of typed) {
    if (
      knowledge.ner &&
      ruleOn('bareCommonWord') &&
      bareCommonWord(sentences[candidate.sentenceIndex]!, candidate, proposal, knowledge) &&
      !inLongerName.has(sentences[candidate.sentenceIndex]!.lower[candidate.tokenStart]!)
    )
      continue;
    const sentence = sentences[candidate.sentenceIndex]!;
    const first = sentence.tokens[candidate.tokenStart]!;
    const last = sentence.tokens[candidate.tokenEnd - 1]!;
    mentions.push({
      ...candidate,
      start: first.start,
      end: last.end,
      text,
      form: isAcronym(text) ? 'acronym' : 'name',
      type: proposal.type,
      typeSource: proposal.source,
      typeConfidence: proposal.confidence,
    });
    const taken = takenBySentence.get(candidate.sentenceIndex) ?? new Set<number>();
    for (let k = candidate.tokenStart; k < candidate.tokenEnd; k++) taken.add(k);
    takenBySentence.set(candidate.sentenceIndex, taken);
  }
  for (const sentence of sentences) {
    const taken = takenBySentence.get(sentence.index) ?? new Set<number>();
    const own = (described.get(sentence.index) ?? []).filter(
      (d) => ![...Array(d.tokenEnd - d.tokenStart).keys()].some((k) => taken.has(d.tokenStart + k)),
    );
    for (const d of own) for (let k = d.tokenStart; k < d.tokenEnd; k++) taken.add(k);
    mentions.push(...own);
    const nominals = findRoleNominals(sentence, knowledge, grammar, taken);
    if (ruleOn('classNominals'))
      nominals.push(...findClassNominals(sentence, knowledge, grammar, taken));
    const inNominal = new Set<number>();
    for (const n of nominals) for (let k = n.tokenStart; k < n.tokenEnd; k++) inNominal.add(k);
    // A demonym inside a name still evokes its country ("Universidad estadounidense de …", "elecciones gallegas").
    mentions.push(...nominals, ...findDemonyms(sentence, knowledge, inNominal));
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The candidate lies inside a bracketed list that spells the acronym before the bracket. */
function inListExpansion(
  sentence: Sentence,
  candidate: SpanCandidate,
  grammar: GrammarLexicon,
): boolean {
  const tokens = sentence.tokens;
  for (let open = candidate.tokenStart - 1; open >= 1; open--) {
    const w = tokens[open]!.text;
    if (w === ')') return false;
    if (w === '(') return listExpansionEnd(tokens, open + 1, grammar) >= candidate.tokenEnd;
  }
  return false;
}

function afterPortfolio(
  span: SpanCandidate,
  portfolio: ReadonlySet<number>,
): SpanCandidate | undefined {
  let start = span.tokenStart;
  while (start < span.tokenEnd && portfolio.has(start)) start++;
  if (start === span.tokenStart) return span;
  return start < span.tokenEnd ? { ...span, tokenStart: start } : undefined;
}

interface TypedCandidate {
  readonly candidate: SpanCandidate;
  readonly text: string;
  readonly ner?: NerSpan;
  proposal: TypeProposal;
}

/**
 * The model's confidence above which its label vouches for a lone capitalised word where a capital says
 * nothing (a sentence start, after a bracket or a quote: "( Sporting )").
 */
export const MODEL_OVER_INITIAL = 0.8;

/** The model's confidence above which a list member keeps the model's type against the list's. */
export const MODEL_OVER_LIST = 0.9;

/** Context-derived proposals (a role or cue in front of the list) that the other members of a coordination share. */
const SHARED_SOURCES = /^(role-of|cue):/;

/**
 * Members of "empresas como A, B y C" take the cue's type; members of "propietario de A, B y C" take what the
 * context said about the first one, unless their own evidence is stronger.
 */
function shareListContext(
  typed: TypedCandidate[],
  sentences: readonly Sentence[],
  knowledge: Knowledge,
): void {
  const bySpan = new Map(typed.map((t) => [t.candidate, t]));
  for (const sentence of sentences) {
    const own = typed.filter((t) => t.candidate.sentenceIndex === sentence.index);
    const chains = coordinations(
      sentence,
      own.map((t) => t.candidate),
      packFor(knowledge.language).grammar,
    );
    const inChain = new Set(chains.flat());
    const groups = [
      ...chains,
      ...own.filter((t) => !inChain.has(t.candidate)).map((t) => [t.candidate]),
    ];
    for (const group of groups) {
      const head = bySpan.get(group[0]!)!;
      const cue = enumerationCue(sentence, group[0]!.tokenStart, knowledge);
      const shared: TypeProposal | undefined = cue
        ? { type: cue.type, source: `list:${cue.word}`, confidence: 0.85 }
        : group.length > 1 && SHARED_SOURCES.test(head.proposal.source)
          ? {
              ...head.proposal,
              source: `list:${head.proposal.source}`,
              confidence: head.proposal.confidence - 0.01,
            }
          : undefined;
      if (!shared) {
        if (ruleOn('listPlaces')) placeListMembers(group, bySpan, knowledge);
        continue;
      }
      for (const span of group) {
        const member = bySpan.get(span)!;
        // "EFE, AFP y Reuters" after a place cue: the model's confident labels stand.
        const modelSure =
          ruleOn('listYields') &&
          member.ner !== undefined &&
          member.ner.confidence >= MODEL_OVER_LIST &&
          member.proposal.source === 'model';
        if (member.proposal.confidence < shared.confidence && !modelSure) member.proposal = shared;
      }
    }
  }
}

/** The confidence of a place type shared by a list of places (above the model's best, 0.78). */
const LIST_PLACE_CONFIDENCE = 0.82;

/**
 * "Burgos, Soria, León y Palencia", "Burgos y León": when every other member of a coordination is a
 * place the gazetteer knows, of one type, a member whose name is also a place of that type is one,
 * whatever else the name could be (a brand, a person). (Two members: entity CV 81.8 → 81.9, esp.testa
 * 79.39 → 79.41 against three or more.)
 */
function placeListMembers(
  group: readonly SpanCandidate[],
  bySpan: ReadonlyMap<SpanCandidate, TypedCandidate>,
  knowledge: Knowledge,
): void {
  if (group.length < 2) return;
  const members = group.map((span) => bySpan.get(span)!);
  for (const member of members) {
    const others = members.filter((m) => m !== member);
    const type = others[0]!.proposal.type;
    if (
      !isNonCountryPlaceType(type) ||
      member.proposal.type === type ||
      member.proposal.confidence >= LIST_PLACE_CONFIDENCE
    )
      continue;
    const agree = others.every(
      (m) => m.proposal.type === type && knowledge.places(m.text).some((p) => p.type === type),
    );
    if (agree && knowledge.places(member.text).some((p) => p.type === type))
      member.proposal = { type, source: 'list:places', confidence: LIST_PLACE_CONFIDENCE };
  }
}

/** "ministro de Relaciones Exteriores": the capitalised portfolio is part of a title, not a name. */
function insideRolePhrase(
  sentence: Sentence,
  candidate: SpanCandidate,
  knowledge: Knowledge,
): boolean {
  const lower = sentence.lower;
  for (let q = Math.max(0, candidate.tokenStart - 4); q < candidate.tokenStart; q++) {
    const match = knowledge.roleAt(lower, q);
    if (match && q + match.length >= candidate.tokenEnd) return true;
  }
  return false;
}
