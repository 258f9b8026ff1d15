/**
 * Mention detection for one article: proper names (orthography + statistical NER), typed by rules;
 * demonyms; and role nominals. Returns mentions in text order.
 */
import { packFor, type GrammarLexicon } from '../lang/index.js';
import type { Knowledge, NerSpan } from '../knowledge.js';
import type { EntityMention, Sentence } from '../types.js';
import { capitalizedElsewhere, findNameCandidates, type SpanCandidate } from './candidates.js';
import { bareCommonWord, inFixedExpression, shapeSpan, unsupportedInitial } from './cleanup.js';
import { findDescribedNames } from './descriptions.js';
import { findTitles } from './titles.js';
import { leftContext } from './context.js';
import { findDemonyms, findRoleNominals } from './nominals.js';
import { portfolioTokens } from './portfolio.js';
import { isAcronym, isAllCaps, isCapitalized } from './shape.js';
import { coordinations, enumerationCue } from './coordination.js';
import { typeSpan, type TypeProposal } from './typing.js';
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
  const titles = rules.titlesOfWorks ? findTitles(sentences) : new Map<number, EntityMention[]>();
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
          unsupportedInitial(sentence, candidate, elsewhere, knowledge)
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
    const inNominal = new Set<number>();
    for (const n of nominals) for (let k = n.tokenStart; k < n.tokenEnd; k++) inNominal.add(k);
    // A demonym inside a name still evokes its country ("Universidad estadounidense de …", "elecciones gallegas").
    mentions.push(...nominals, ...findDemonyms(sentence, knowledge, inNominal));
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
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
      if (!shared) continue;
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

interface Candidate {
  readonly candidate: SpanCandidate;
  readonly ner?: NerSpan;
}

/** Orthographic candidates plus model spans: exact matches carry the model's vote; new model spans are added. */
function mergeWithModel(
  spans: readonly SpanCandidate[],
  sentences: readonly Sentence[],
  knowledge: Knowledge,
): Candidate[] {
  if (!knowledge.ner) return spans.map((candidate) => ({ candidate }));
  const out: Candidate[] = [];
  const bySentence = new Map<number, SpanCandidate[]>();
  for (const s of spans)
    bySentence.set(s.sentenceIndex, [...(bySentence.get(s.sentenceIndex) ?? []), s]);
  const tagged = knowledge.ner(sentences.map((s) => s.tokens.map((t) => t.text)));
  for (const [i, sentence] of sentences.entries()) {
    const rule = bySentence.get(sentence.index) ?? [];
    const model = tagged[i]!;
    const used = new Set<SpanCandidate>();
    /** A model span as a candidate of its own, with its vote. */
    const keepModel = (m: NerSpan): void => {
      out.push({
        candidate: { sentenceIndex: sentence.index, tokenStart: m.start, tokenEnd: m.end },
        ner: m,
      });
    };
    // A confident model span over one or more runs and the words between or around them is one name
    // ("Consejo por la Paz", "Real Madrid" at a sentence start): orthography stops at the lower-case word.
    if (ruleOn('modelSpanOverRuns'))
      for (const m of model) {
        const covered = modelSpanOverRuns(m, rule, sentence);
        if (!covered) continue;
        for (const r of covered) used.add(r);
        keepModel(m);
      }
    // Boundaries come from the orthographic run (the maximal capitalised name) unless the model splits
    // it into several names ("Tom Ellery | de | Oregón"); the model labels the run it mostly covers and
    // adds names orthography cannot see.
    for (const r of rule) {
      if (used.has(r)) continue;
      const inside = model.filter((m) => m.start >= r.tokenStart && m.end <= r.tokenEnd);
      // A run with words shouted in capitals ("ACUERDO FIRMADO EN Lima", a headline) keeps only the model's names.
      if (ruleOn('capsHeadline') && shoutedRun(sentence, r, knowledge)) {
        for (const m of inside) if (m.confidence >= SHOUTED_MODEL) keepModel(m);
        used.add(r);
        continue;
      }
      // "Universidad de …" opens an institution's name; "la coalición …" announces one.
      const institution =
        knowledge.cue(sentence.tokens[r.tokenStart]!.text.toLowerCase()) === 'Organization' ||
        (ruleOn('cueBeforeRun') && announcedByCue(sentence, r, knowledge));
      // An institution keeps its name whole unless the model finds a person in it ("Gobierno de Ana Ruiz Gil").
      const personInside = inside.some(
        (m) =>
          m.label === 'PER' &&
          m.end - m.start >= 2 &&
          m.confidence >= 0.8 &&
          m.start > r.tokenStart,
      );
      // A run the gazetteer knows whole ("Corea del Norte") is one name whatever the model's pieces.
      const known =
        inside.length >= 2 &&
        knowledge.places(
          sentence.text.slice(
            sentence.tokens[r.tokenStart]!.start - sentence.start,
            sentence.tokens[r.tokenEnd - 1]!.end - sentence.start,
          ),
        ).length > 0;
      if (ruleOn('modelPieces') && inside.length >= 2 && !known && (!institution || personInside)) {
        for (const m of inside) if (m.confidence >= SHOUTED_MODEL) keepModel(m);
        used.add(r);
        continue;
      }
      const vote = model.find((m) => {
        const shared = Math.min(r.tokenEnd, m.end) - Math.max(r.tokenStart, m.start);
        return shared * 2 >= r.tokenEnd - r.tokenStart;
      });
      out.push(vote ? { candidate: r, ner: vote } : { candidate: r });
      used.add(r);
    }
    for (const m of model) {
      if (!rule.some((r) => r.tokenStart < m.end && m.start < r.tokenEnd)) {
        keepModel(m);
      }
    }
    for (const r of rule) if (!used.has(r)) out.push({ candidate: r });
  }
  return out;
}

/**
 * A run right after a lower-case organisation cue noun ("la coalición Por México al Frente", "el partido
 * Verde Ecologista de México"): the cue announces one name, whatever pieces the model sees in it.
 */
function announcedByCue(sentence: Sentence, run: SpanCandidate, knowledge: Knowledge): boolean {
  const before = run.tokenStart - 1;
  if (before < 0) return false;
  const word = sentence.tokens[before]!.text;
  return word === sentence.lower[before] && knowledge.cue(word) === 'Organization';
}

/**
 * The model's confidence above which its span replaces the orthographic runs it contains when it reaches
 * over words orthography leaves out.
 */
export const MODEL_SPAN_OVER_RUNS = 0.6;

/**
 * The runs a confident model span takes over: it contains at least one run, reaches beyond them (over a
 * lower-case word between two runs or a word before or after one), crosses none, and begins and ends with
 * a capitalised word. Undefined when the span does not qualify.
 */
function modelSpanOverRuns(
  m: NerSpan,
  runs: readonly SpanCandidate[],
  sentence: Sentence,
): SpanCandidate[] | undefined {
  if (m.confidence < MODEL_SPAN_OVER_RUNS) return undefined;
  const tokens = sentence.tokens;
  if (!isCapitalized(tokens[m.start]!.text) || !isCapitalized(tokens[m.end - 1]!.text))
    return undefined;
  const overlapping = runs.filter((r) => r.tokenStart < m.end && m.start < r.tokenEnd);
  if (
    overlapping.length === 0 ||
    overlapping.some((r) => r.tokenStart < m.start || r.tokenEnd > m.end)
  )
    return undefined;
  const inRuns = overlapping.reduce((n, r) => n + r.tokenEnd - r.tokenStart, 0);
  return inRuns < m.end - m.start ? overlapping : undefined;
}

/** The model's confidence a name needs inside a shouted run (a headline in capitals). */
export const SHOUTED_MODEL = 0.5;

/**
 * A run of two words or more with a common word written in capitals ("ACUERDO FIRMADO EN Lima", "REAL
 * MADRID"): a headline or a shouted label, whose capitals say nothing about where names are.
 */
function shoutedRun(sentence: Sentence, run: SpanCandidate, knowledge: Knowledge): boolean {
  if (run.tokenEnd - run.tokenStart < 2) return false;
  for (let k = run.tokenStart; k < run.tokenEnd; k++) {
    const word = sentence.tokens[k]!.text;
    if (/\p{L}{2}/u.test(word) && isAllCaps(word) && knowledge.isCommonWord(sentence.lower[k]!))
      return true;
  }
  return false;
}
