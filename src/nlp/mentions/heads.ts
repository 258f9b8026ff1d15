/**
 * Head nouns that start an institution's name. Besides the organisation cues, a few heads name either a
 * territory or a body: "Departamento de Antioquia" is a region, "Departamento de Ciencias de la Tierra" an
 * academic department. They are a body unless what follows "de" is a known place.
 */
import type { Knowledge } from '../knowledge.js';

export const TERRITORY_OR_BODY_HEADS: ReadonlySet<string> = new Set(['departamento', 'department']);

export function isInstitutionHead(lowerWord: string, knowledge: Knowledge): boolean {
  return knowledge.cue(lowerWord) === 'Organization' || TERRITORY_OR_BODY_HEADS.has(lowerWord);
}
