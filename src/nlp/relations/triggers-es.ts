/**
 * Spanish relation triggers: a verb (matched on its stem, any person/tense), the preposition that
 * introduces its object, and the predicate. Theme-dependent verbs (enviar) choose the predicate from
 * the noun sent.
 */
import type { EntityType, Predicate } from '../../schema/index.js';

/** Everything the verb-relation rules need for one language. */
export interface TriggerLexicon {
  readonly triggers: readonly VerbTrigger[];
  readonly transferThemes: ReadonlyArray<readonly [RegExp, Predicate]>;
  readonly allianceNouns: RegExp;
  readonly passiveAux: ReadonlySet<string>;
  readonly participle: RegExp;
  readonly gerund: RegExp;
  readonly speechSubjectVerbs: RegExp;
  /** Introduces the agent of a passive ("por", "by"). */
  readonly agentPreposition: string;
}

export interface VerbTrigger {
  readonly stem: RegExp;
  readonly predicate: Predicate;
  /** Prepositions that must introduce the object ("con"); empty = a direct object (personal "a" allowed). */
  readonly preps: readonly string[];
  /** Entity types the object may have (default: any). */
  readonly objectTypes?: readonly EntityType[];
  /** Speech verbs take a postposed subject ("…”, dijo Pérez"). */
  readonly speech?: boolean;
  /** Transfer verbs: the predicate depends on what is sent. */
  readonly transfer?: boolean;
  /** A noun whose agent may follow it with "de" ("la ofensiva del PP contra X"). */
  readonly agentAfter?: boolean;
  /** The object may be the subject of a "que" clause ("descubrió que X permitió …"). */
  readonly clausal?: boolean;
}

const PLACES: readonly EntityType[] = ['Country', 'City', 'Region', 'Place'];
const AGENTS: readonly EntityType[] = ['Person', 'Organization', 'Country'];
const PEOPLE: readonly EntityType[] = ['Person', 'Organization'];
const THINGS: readonly EntityType[] = ['Event', 'Law', 'Other', 'Organization'];

const v = (stem: RegExp, predicate: Predicate, preps: readonly string[] = [], extra: Partial<VerbTrigger> = {}): VerbTrigger => ({ stem, predicate, preps, ...extra });

export const ES_TRIGGERS: readonly VerbTrigger[] = [
  // meeting_visit
  v(/^(reuni|reún|reune|reunirse)/, 'MET_WITH', ['con'], { objectTypes: AGENTS }),
  v(/^(entrevist[óo]|encontr[óo]|conversó|convers[aó]ron|dialog[óa])/, 'MET_WITH', ['con'], { objectTypes: AGENTS }),
  v(/^visit(ó|a|an|aron|ará|arán|ado|ar|aba)$/, 'VISITED', [], { objectTypes: PLACES }),
  v(/^(viaj|lleg[óoa]|llegaron|acudi)/, 'VISITED', ['a', 'al', 'hasta'], { objectTypes: PLACES }),
  v(/^recibi(ó|eron|r|do)$|^recibe$/, 'RECEIVED', [], { objectTypes: AGENTS }),
  // communication
  v(/^(dijo|dijeron|dice|dicen|afirmó|aseguró|declaró|señaló|explicó|expresó|manifestó|comunicó|transmitió|advirtió|indicó|sostuvo|destacó|subrayó|respondió|agregó|añadió)$/, 'SAID_TO', ['a', 'al'], { speech: true, objectTypes: PEOPLE }),
  v(/^(elogi|alab|felicit|agradeci|agradec)/, 'PRAISED', [], { objectTypes: AGENTS }),
  v(/^(critic|cuestion|reproch|censur|arremeti)/, 'CRITICIZED', [], { objectTypes: AGENTS }),
  v(/^acus/, 'ACCUSED', []),
  v(/^(inst[óa]|exigi|urgi|pidi[óe]|piden|solicit|orden[óa]|instruy)/, 'URGED', ['a', 'al'], { objectTypes: AGENTS }),
  v(/^(desminti|desmient|refut|contradij)/, 'CRITICIZED', [], { objectTypes: AGENTS }),
  v(/^anunci/, 'ANNOUNCED', [], { objectTypes: THINGS }),
  v(/^(descubri[óe]|revel[óa]|expus[oi]|destap[óa])/, 'ACCUSED', [], { objectTypes: AGENTS, clausal: true }),
  v(/^entrevistas?$/, 'INTERVIEWED_BY', ['en', 'con', 'a'], { objectTypes: ['Organization'] }),
  // cooperation
  v(/^(apoy|respald|defendi|avala)/, 'SUPPORTS', [], { objectTypes: AGENTS }),
  v(/^(colabor|cooper|trabaj[aó] con|trabajan)/, 'COOPERATES_WITH', ['con']),
  v(/^negoci/, 'NEGOTIATED_WITH', ['con']),
  v(/^(firm|suscribi|pact)/, 'SIGNED_AGREEMENT_WITH', ['con']),
  v(/^(acord|conven)(aron|ó|ado|ar|an)$/, 'COOPERATES_WITH', ['con']),
  // conflict
  v(/^(rechaz|opuso|oponen|opone)/, 'OPPOSED', []),
  v(/^denunci/, 'DENOUNCED', []),
  v(/^(atac[óa]|atacaron|bombarde|agredi)/, 'ATTACKED', []),
  v(/^invadi/, 'INVADED', []),
  v(/^(demand[óa]|querell)/, 'SUED', []),
  v(/^(proced(ió|ieron|e|en|er))$/, 'SUED', ['contra'], { objectTypes: AGENTS }),
  // Nouns of legal or political attack: "presentó una querella … contra X", "la ofensiva del PP contra X".
  v(/^(querellas?|denuncias?|demandas?|acusaciones|ofensivas?|campañas?)$/, 'OPPOSED', ['contra'], { objectTypes: AGENTS, agentAfter: true }),
  v(/^investig/, 'INVESTIGATED', []),
  v(/^(sancion|destituy|despidi|cesó|multó|inhabilit)/, 'SANCTIONED', []),
  v(/^(derrot|venci)/, 'DEFEATED', []),
  v(/^(combat|lucha|luchó|pelea|pelear)/, 'FOUGHT', ['contra', 'en']),
  v(/^(enfrent|compet|disput)/, 'COMPETES_AGAINST', ['contra', 'a', 'al', 'con'], { objectTypes: AGENTS }),
  v(/^(trabaj[óa]|trabajaron|trabajan|trabajar|trabajado)$/, 'WORKS_FOR', ['para', 'en'], { objectTypes: ['Organization'] }),
  v(/^(trabaj[óa]|trabajaron|trabajan|trabajar|trabajado|oper[óa]|operan)$/, 'WORKED_IN', ['en'], { objectTypes: PLACES }),
  // transfer
  v(/^(env[ií]|mand[óa]|mandaron|suministr|entreg|don[óa]|vendi)/, 'SENT_AID_TO', ['a', 'al'], { transfer: true, objectTypes: AGENTS.concat(PLACES) }),
  v(/^(subsidi|financi)/, 'SUBSIDIZED', []),
  // other
  v(/^(gan[óa]|ganaron)$/, 'WON', [], { objectTypes: ['Event'] }),
  v(/^(fund[óa]|fundaron)$/, 'FOUNDER_OF', [], { objectTypes: ['Organization'] }),
  v(/^escribi/, 'AUTHOR_OF', [], { objectTypes: ['Other', 'Law'] }),
];

/** What is sent decides the transfer predicate ("armas" → weapons). */
export const ES_TRANSFER_THEMES: ReadonlyArray<readonly [RegExp, Predicate]> = [
  [/^(soldad|tropa|militar|efectiv|combatient|mercenari|fuerzas)/, 'SENT_TROOPS_TO'],
  [/^(arma|misil|munici|armament|proyectil|drones?|tanques?|cohete)/, 'SENT_WEAPONS_TO'],
  [/^(saludo|mensaje|carta|felicitaci|condolenci)/, 'SAID_TO'],
  [/^(aliment|ayuda|dinero|fondo|recurso|petróleo|combustible|suministro|víveres|medicament|vacuna|donaci|préstamo|crédito)/, 'SENT_AID_TO'],
];

/** Nouns that name an agreement: "firmaron una alianza" → ALLIED_WITH. */
export const ES_ALLIANCE_NOUNS = /^(alianza|pacto|coalición)/;

export const ES_PASSIVE_AUX = new Set(['fue', 'fueron', 'sido', 'es', 'son', 'será', 'serán', 'era', 'eran']);
export const ES_SPEECH_SUBJECT_VERBS = /^(dijo|dijeron|afirmó|aseguró|declaró|señaló|explicó|añadió|agregó|sostuvo|indicó|respondió|opinó|manifestó)$/;

export const ES_TRIGGER_LEXICON: TriggerLexicon = {
  triggers: ES_TRIGGERS,
  transferThemes: ES_TRANSFER_THEMES,
  allianceNouns: ES_ALLIANCE_NOUNS,
  passiveAux: ES_PASSIVE_AUX,
  participle: /(ad|id)[oa]s?$/,
  gerund: /ndo$/,
  speechSubjectVerbs: ES_SPEECH_SUBJECT_VERBS,
  agentPreposition: 'por',
};
