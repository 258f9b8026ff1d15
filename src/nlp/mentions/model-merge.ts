/**
 * Orthographic name runs reconciled with the statistical NER model's spans: which boundaries win, which
 * runs the model splits or joins, and which model spans are new names. Each candidate keeps the model's
 * vote for the typing rules.
 */
import type { Knowledge, NerSpan } from '../knowledge.js';
import { packFor } from '../lang/index.js';
import { spanText } from '../segment/index.js';
import { opensWithOrganizationCue } from './heads.js';
import type { Sentence } from '../types.js';
import { ruleOn } from '../ablation.js';
import type { SpanCandidate } from './candidates.js';
import { isAllCaps, isCapitalized } from './shape.js';

export interface Candidate {
  readonly candidate: SpanCandidate;
  readonly ner?: NerSpan;
}

/** Orthographic candidates plus model spans: exact matches carry the model's vote; new model spans are added. */
export function mergeWithModel(
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
    // A span capitalised only by the start of its sentence is no name, and no vote for the runs in it.
    const model = ruleOn('sentenceCaseNotName')
      ? tagged[i]!.filter((m) => !sentenceCase(m, sentence, knowledge))
      : tagged[i]!;
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
        opensWithOrganizationCue(sentence, r.tokenStart, knowledge) ||
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
        knowledge.places(spanText(sentence, r.tokenStart, r.tokenEnd)).length > 0;
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
 * A person, organisation or place span that opens its sentence with a determiner followed by a
 * lower-case word ("El mandatario dijo …", "El presidente de la CNDH dijo …"): its first capital is
 * the sentence's, and Spanish writes every main word of such a name with a capital, so the span is a
 * description (role nominals and coreference deal with it; a name inside it stays a run of its own).
 * Titles of works (MISC) are written in sentence case ("El complot mongol") and are not touched.
 */
function sentenceCase(m: NerSpan, sentence: Sentence, knowledge: Knowledge): boolean {
  const tokens = sentence.tokens;
  if (m.label === 'MISC' || m.end - m.start < 2) return false; // one word: orthography decides
  // Only punctuation (an opening quote or dash) before the span: its first word opens the sentence.
  for (let k = 0; k < m.start; k++) if (/\p{L}|\p{N}/u.test(tokens[k]!.text)) return false;
  const { determiners, nameConnectors } = packFor(knowledge.language).grammar;
  if (!determiners.has(sentence.lower[m.start]!)) return false;
  // A particle after the first word may still belong to a name ("De la Calle explicó …").
  const second = tokens[m.start + 1]!.text;
  return !isCapitalized(second) && !nameConnectors.has(sentence.lower[m.start + 1]!);
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
