/**
 * Head nouns that start an institution's name. Besides the organisation cues, a few heads name either a
 * territory or a body: "Departamento de Antioquia" is a region, "Departamento de Ciencias de la Tierra" an
 * academic department. They are a body unless what follows "de" is a known place (the pack lists them).
 */
import type { Knowledge } from '../knowledge.js';
import { packFor } from '../lang/index.js';
import type { Sentence } from '../types.js';

/** The span opens with an organisation's head noun ("Universidad …", "Policía …"). */
export function opensWithOrganizationCue(
  sentence: Sentence,
  tokenStart: number,
  knowledge: Knowledge,
): boolean {
  return knowledge.cue(sentence.lower[tokenStart]!) === 'Organization';
}

export function isInstitutionHead(lowerWord: string, knowledge: Knowledge): boolean {
  return (
    knowledge.cue(lowerWord) === 'Organization' ||
    packFor(knowledge.language).mentions.territoryOrBodyHeads.has(lowerWord)
  );
}
