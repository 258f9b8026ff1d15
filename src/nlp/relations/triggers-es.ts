/**
 * Spanish relation triggers: a verb (matched on its stem, any person/tense), the preposition that
 * introduces its object, and the predicate. Theme-dependent verbs (enviar) choose the predicate from
 * the noun sent.
 */
import type { Predicate } from '../../schema/index.js';

export interface VerbTrigger {
  readonly stem: RegExp;
  readonly predicate: Predicate;
  /** Prepositions that may introduce the object ("con", "a"); empty = direct object. */
  readonly preps: readonly string[];
  /** Speech verbs take a postposed subject ("…”, dijo Kim"). */
  readonly speech?: boolean;
  /** Transfer verbs: the predicate depends on what is sent. */
  readonly transfer?: boolean;
}

const v = (stem: RegExp, predicate: Predicate, preps: readonly string[] = [], extra: Partial<VerbTrigger> = {}): VerbTrigger => ({ stem, predicate, preps, ...extra });

export const ES_TRIGGERS: readonly VerbTrigger[] = [
  // meeting_visit
  v(/^(reuni|reún|reune|reunirse)/, 'MET_WITH', ['con']),
  v(/^(entrevist[óo]|encontr[óo]|conversó|convers[aó]ron|dialog[óa])/, 'MET_WITH', ['con']),
  v(/^visit(ó|a|an|aron|ará|arán|ado|ar|aba)$/, 'VISITED', ['a', 'al']),
  v(/^(viaj|lleg[óoa]|llegaron|acudi)/, 'VISITED', ['a', 'al', 'hasta']),
  v(/^recibi(ó|eron|r|do)$|^recibe$/, 'RECEIVED', ['a', 'al']),
  // communication
  v(/^(dijo|dijeron|dice|dicen|afirmó|aseguró|declaró|señaló|explicó|expresó|manifestó|comunicó|transmitió|advirtió|indicó|sostuvo|destacó|subrayó|respondió|agregó|añadió)$/, 'SAID_TO', ['a', 'al'], { speech: true }),
  v(/^(elogi|alab|felicit|agradeci|agradec)/, 'PRAISED', ['a', 'al']),
  v(/^(critic|cuestion|reproch|censur|arremeti)/, 'CRITICIZED', ['a', 'al']),
  v(/^acus/, 'ACCUSED', ['a', 'al']),
  v(/^(inst[óa]|exigi|urgi|pidi[óe]|solicit)/, 'URGED', ['a', 'al']),
  v(/^anunci/, 'ANNOUNCED', []),
  // cooperation
  v(/^(apoy|respald|defendi|avala)/, 'SUPPORTS', ['a', 'al']),
  v(/^(colabor|cooper|trabaj[aó] con|trabajan)/, 'COOPERATES_WITH', ['con']),
  v(/^negoci/, 'NEGOTIATED_WITH', ['con']),
  v(/^(firm|suscribi|pact)/, 'SIGNED_AGREEMENT_WITH', ['con']),
  // conflict
  v(/^(rechaz|se opus|opuso|oponen|opone)/, 'OPPOSED', ['a', 'al']),
  v(/^denunci/, 'DENOUNCED', ['a', 'al', 'ante']),
  v(/^(atac|bombarde|agredi)/, 'ATTACKED', ['a', 'al']),
  v(/^invadi/, 'INVADED', []),
  v(/^(demand[óa]|querell)/, 'SUED', ['a', 'al']),
  v(/^investig/, 'INVESTIGATED', ['a', 'al']),
  v(/^(sancion|destituy|despidi|cesó|multó|inhabilit)/, 'SANCTIONED', ['a', 'al']),
  v(/^(derrot|venci)/, 'DEFEATED', ['a', 'al']),
  v(/^(combat|lucha|luchó|pelea)/, 'FOUGHT', ['contra', 'en']),
  // transfer
  v(/^(envi|mand[óa]|mandaron|suministr|entreg|don[óa]|vendi)/, 'SENT_AID_TO', ['a', 'al'], { transfer: true }),
  v(/^(subsidi|financi)/, 'SUBSIDIZED', ['a', 'al']),
  // other
  v(/^(gan[óa]|ganaron)$/, 'WON', []),
  v(/^(fund[óa]|fundaron|cre[óo])$/, 'FOUNDER_OF', []),
  v(/^escribi/, 'AUTHOR_OF', []),
];

/** What is sent decides the transfer predicate ("armas" → weapons). */
export const ES_TRANSFER_THEMES: ReadonlyArray<readonly [RegExp, Predicate]> = [
  [/^(soldad|tropa|militar|efectiv|combatient|mercenari|fuerzas)/, 'SENT_TROOPS_TO'],
  [/^(arma|misil|munici|armament|proyectil|drones?|tanques?|cohete)/, 'SENT_WEAPONS_TO'],
  [/^(saludo|mensaje|carta|felicitaci|condolenci)/, 'SAID_TO'],
];

/** Nouns that name an agreement: "firmaron una alianza" → ALLIED_WITH. */
export const ES_ALLIANCE_NOUNS = /^(alianza|pacto|coalición)/;

export const ES_PASSIVE_AUX = new Set(['fue', 'fueron', 'sido', 'es', 'son', 'será', 'serán', 'era', 'eran']);
export const ES_SPEECH_SUBJECT_VERBS = /^(dijo|dijeron|afirmó|aseguró|declaró|señaló|explicó|añadió|agregó|sostuvo|indicó|respondió)$/;
