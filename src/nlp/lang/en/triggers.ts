/** English relation triggers: the same shapes as the Spanish lexicon (see ../es/triggers.ts). */
import { AGENTS, PEOPLE, PLACES, THINGS, v } from '../trigger-frames.js';
import type { TriggerLexicon, VerbTrigger } from '../types.js';

const EN_TRIGGERS: readonly VerbTrigger[] = [
  v(/^(met|meets|meet|meeting)$/, 'MET_WITH', ['with'], { objectTypes: AGENTS }),
  v(/^(met|meets)$/, 'MET_WITH', [], { objectTypes: AGENTS }),
  v(/^(visit|visits|visited|visiting)$/, 'VISITED', [], { objectTypes: PLACES }),
  v(/^(travel|travels|travelled|traveled|arrived|arrives|flew)$/, 'VISITED', ['to', 'in'], {
    objectTypes: PLACES,
  }),
  v(/^(received|hosted|hosts|welcomed)$/, 'RECEIVED', [], { objectTypes: AGENTS }),
  v(/^(told|tells)$/, 'SAID_TO', [], { speech: true, objectTypes: PEOPLE }),
  v(/^(said|says|stated|declared|added)$/, 'SAID_TO', ['to'], {
    speech: true,
    objectTypes: PEOPLE,
  }),
  v(/^(praised|praises|thanked|congratulated|hailed)$/, 'PRAISED', [], { objectTypes: AGENTS }),
  v(/^(criticised|criticized|criticises|criticizes|condemned|slammed|denied)$/, 'CRITICIZED', [], {
    objectTypes: AGENTS,
  }),
  v(/^(accused|accuses)$/, 'ACCUSED', [], { objectTypes: AGENTS }),
  v(/^(urged|urges|asked|called|ordered|instructed)$/, 'URGED', [], { objectTypes: AGENTS }),
  v(/^(announced|announces|unveiled)$/, 'ANNOUNCED', [], { objectTypes: THINGS }),
  v(/^(supported|supports|backed|backs|endorsed|endorses|defended)$/, 'SUPPORTS', [], {
    objectTypes: AGENTS,
  }),
  v(/^(cooperate|cooperates|cooperated|collaborated|worked)$/, 'COOPERATES_WITH', ['with'], {
    objectTypes: AGENTS,
  }),
  v(/^(negotiated|negotiates)$/, 'NEGOTIATED_WITH', ['with'], { objectTypes: AGENTS }),
  v(/^(signed|sign|signs)$/, 'SIGNED_AGREEMENT_WITH', ['with'], { objectTypes: AGENTS }),
  v(/^(opposed|opposes|rejected|rejects)$/, 'OPPOSED', [], { objectTypes: AGENTS }),
  v(/^(denounced|denounces|sued|sues)$/, 'SUED', [], { objectTypes: AGENTS }),
  v(/^(attacked|attacks|bombed|struck)$/, 'ATTACKED', [], {}),
  v(/^(invaded|invades)$/, 'INVADED', [], { objectTypes: PLACES }),
  v(/^(investigated|investigates|probed)$/, 'INVESTIGATED', [], {}),
  v(/^(sanctioned|fired|dismissed|fined)$/, 'SANCTIONED', [], {}),
  v(/^(defeated|beat)$/, 'DEFEATED', [], { objectTypes: AGENTS }),
  v(/^(fought|fights)$/, 'FOUGHT', ['against', 'in'], {}),
  v(/^(sent|sends|send|sending|supplied|delivered|shipped)$/, 'SENT_AID_TO', ['to'], {
    transfer: true,
    objectTypes: AGENTS.concat(PLACES),
  }),
  v(/^(funded|financed|subsidised|subsidized|paid)$/, 'SUBSIDIZED', [], {}),
  v(/^(won|wins)$/, 'WON', [], { objectTypes: ['Event'] }),
  v(/^(founded|co-founded)$/, 'FOUNDER_OF', [], { objectTypes: ['Organization'] }),
];

export const EN_TRIGGER_LEXICON: TriggerLexicon = {
  triggers: EN_TRIGGERS,
  transferThemes: [
    [/^(soldier|troop|forces|fighters|personnel)/, 'SENT_TROOPS_TO'],
    [/^(weapon|arms|missile|ammunition|drone|tank|rocket|artillery)/, 'SENT_WEAPONS_TO'],
    [/^(greeting|message|letter|condolence)/, 'SAID_TO'],
    [/^(food|aid|money|fund|supplies|fuel|oil|vaccine|medicine|loan)/, 'SENT_AID_TO'],
  ],
  allianceNouns: /^(alliance|pact|coalition)/,
  passiveAux: new Set(['was', 'were', 'been', 'is', 'are', 'be']),
  participle: /(ed|en|wn|nt)$/,
  gerund: /ing$/,
  speechSubjectVerbs: /^(said|says|added|stated|declared)$/,
  agentPreposition: 'by',
};
