/**
 * Spanish relation triggers: a verb (matched on its stem, any person/tense), the preposition that
 * introduces its object, and the predicate. Theme-dependent verbs (enviar) choose the predicate from
 * the noun sent.
 */
import type { Predicate } from '../../../schema/index.js';
import { AGENTS, PEOPLE, PLACES, THINGS, v } from '../trigger-frames.js';
import type { TriggerLexicon, VerbTrigger } from '../types.js';

/**
 * Finite and non-finite forms of regular verbs, so that a stem does not also match its noun
 * ("negoció" but not "negociación", "rechazó" but not "rechazo").
 */
const AR_ENDINGS =
  'ó|aron|a|an|ar|arse|ará|arán|aría|arían|ado|ada|ados|adas|ando|aba|aban|e|en|ase|asen|ara|aran|ó';
const ar = (...stems: string[]): RegExp => new RegExp(`^(${stems.join('|')})(${AR_ENDINGS})$`);

export const ES_TRIGGERS: readonly VerbTrigger[] = [
  // meeting_visit
  v(/^(reuni(ó|eron|rá|rán|rse|do|da|dos|das|endo)|reún[ea]n?|reune)$/, 'MET_WITH', ['con'], {
    objectTypes: AGENTS,
  }),
  v(/^(entrevist[óo]|encontr[óo]|conversó|convers[aó]ron|dialog[óa])/, 'MET_WITH', ['con'], {
    objectTypes: AGENTS,
  }),
  v(/^visit(ó|a|an|aron|ará|arán|ado|ar|aba)$/, 'VISITED', [], { objectTypes: PLACES }),
  v(
    /^(viaj(ó|aron|a|an|ar|ará|arán|ado|ando|aba|aban|arán)|lleg[óoa]|llegaron|llegar|llegará|llegarán|acudi(ó|eron|r|rá|rán))$/,
    'VISITED',
    ['a', 'al', 'hasta'],
    { objectTypes: PLACES },
  ),
  // "se aseguró la nominación del Partido Demócrata": winning a party's nomination.
  v(
    /^(asegur[óa]|aseguraron|obtuv(o|ieron)|gan[óa]|ganaron|consigui[óe]|consiguieron|logr[óa]|lograron)$/,
    'MEMBER_OF',
    ['de', 'del'],
    { theme: /^(nominación|candidatura)$/, objectTypes: ['Organization'] },
  ),
  // Arriving in a body is joining it: "llegó al Senado", "ingresó en el PSOE".
  v(
    /^(lleg[óo]|llegaron|ingres[óo]|ingresaron|entr[óo]|entraron)$/,
    'MEMBER_OF',
    ['a', 'al', 'en'],
    { objectTypes: ['Organization'], adjacent: true },
  ),
  // "X recibieron subsidios del Gobierno": the giver follows "de", the receiver is the subject.
  v(
    /^(recib|obtuv|obten|percib|cobr)(ió|ieron|e|en|o|ieron|ía|ían|ido|ó|aron|a|an)$/,
    'SUBSIDIZED',
    ['de', 'del'],
    {
      theme:
        /^(subsidi|subvenci|ayudas?$|fondos$|financiaci|dinero$|préstamos?$|créditos?$|rescates?$)/,
      inverse: true,
      objectTypes: AGENTS,
    },
  ),
  // "recibió a Radio Sur": receiving someone is the personal "a", not "recibió subsidios del Gobierno".
  v(/^recibi(ó|eron|r|do)$|^recibe$/, 'RECEIVED', ['a', 'al'], { objectTypes: AGENTS }),
  // communication
  v(
    /^(dijo|dijeron|dice|dicen|afirmó|aseguró|declaró|señaló|explicó|expresó|manifestó|comunicó|transmitió|advirtió|indicó|sostuvo|destacó|subrayó|respondió|agregó|añadió)$/,
    'SAID_TO',
    ['a', 'al'],
    { speech: true, objectTypes: PEOPLE },
  ),
  v(
    new RegExp(`${ar('elogi', 'alab', 'felicit').source}|^agradec(ió|ieron|e|en|iendo)$`),
    'PRAISED',
    [],
    { objectTypes: AGENTS },
  ),
  v(
    new RegExp(`${ar('critic', 'cuestion', 'reproch', 'censur').source}|^arremeti(ó|eron|endo)$`),
    'CRITICIZED',
    [],
    { objectTypes: AGENTS },
  ),
  v(ar('acus'), 'ACCUSED', []),
  v(/^(inst[óa]|exigi|urgi|pidi[óe]|piden|solicit|orden[óa]|instruy)/, 'URGED', ['a', 'al'], {
    objectTypes: AGENTS,
  }),
  v(/^(desminti|desmient|refut|contradij)/, 'CRITICIZED', [], { objectTypes: AGENTS }),
  v(/^anunci/, 'ANNOUNCED', [], { objectTypes: THINGS }),
  v(/^(descubri[óe]|revel[óa]|expus[oi]|destap[óa])/, 'ACCUSED', [], {
    objectTypes: AGENTS,
    clausal: true,
  }),
  v(/^entrevistas?$/, 'INTERVIEWED_BY', ['en', 'con', 'a'], { objectTypes: ['Organization'] }),
  // cooperation
  v(
    new RegExp(`${ar('apoy', 'respald', 'aval').source}|^defendi(ó|eron|do|endo)$|^defiende$`),
    'SUPPORTS',
    [],
    { objectTypes: AGENTS },
  ),
  // "ayudar al jefe del Estado" (not the noun "la ayuda").
  v(/^ayud(ó|aron|an|ar|ará|arán|aría|ado|ando|aba|aban)$/, 'SUPPORTS', [], {
    objectTypes: AGENTS,
  }),
  // "establece relaciones con X", "mantiene relaciones con X".
  v(
    /^(establec|mant|manten)(e|en|ió|ieron|ía|ían|er|ido|iene|ienen|uvo|uvieron)$/,
    'COOPERATES_WITH',
    ['con'],
    { theme: /^relaci[óo]n(es)?$/, objectTypes: AGENTS },
  ),
  v(ar('colabor', 'cooper'), 'COOPERATES_WITH', ['con']),
  v(/^negoci(ó|aron|a|an|ar|ará|arán|ado|ando|aba|aban)$/, 'NEGOTIATED_WITH', ['con']),
  v(new RegExp(`${ar('firm', 'pact').source}|^suscribi(ó|eron|r|do)$`), 'SIGNED_AGREEMENT_WITH', [
    'con',
  ]),
  v(/^(acord|conven)(aron|ó|ado|ar|an)$/, 'COOPERATES_WITH', ['con']),
  // conflict
  v(
    new RegExp(`${ar('rechaz').source}|^(opuso|opusieron|oponen|opone|oponerse|oponía)$`),
    'OPPOSED',
    [],
  ),
  v(/^denunci/, 'DENOUNCED', []),
  v(/^(atac[óa]|atacaron|bombarde|agredi)/, 'ATTACKED', []),
  v(/^invadi/, 'INVADED', []),
  v(/^querellas?$/, 'SUED', ['contra'], { objectTypes: AGENTS, agentAfter: true }),
  v(ar('demand', 'querell'), 'SUED', []),
  v(/^(proced(ió|ieron|e|en|er))$/, 'SUED', ['contra'], { objectTypes: AGENTS }),
  // Nouns of legal or political attack: "presentó una querella … contra X", "la ofensiva del PP contra X".
  v(
    /^(denuncias?|demandas?|acusaciones|ofensivas?|campañas?|oposición|críticas?|ataques?)$/,
    'OPPOSED',
    ['contra'],
    { objectTypes: AGENTS, agentAfter: true },
  ),
  v(/^investig(ó|aron|a|an|ar|ará|arán|ado|ada|ados|adas|ando|aba|aban)$/, 'INVESTIGATED', []),
  // "condujo la investigación interna contra X", "la indagatoria de la Fiscalía sobre X".
  v(
    /^(investigación|investigaciones|indagatorias?|pesquisas?|auditorías?)$/,
    'INVESTIGATED',
    ['contra', 'sobre'],
    { objectTypes: AGENTS, agentAfter: true },
  ),
  v(/^(sancion|destituy|despidi|cesó|multó|inhabilit)/, 'SANCTIONED', []),
  v(/^(derrot|venci)/, 'DEFEATED', []),
  v(ar('combat', 'luch', 'pele'), 'FOUGHT', ['contra', 'en']),
  v(
    new RegExp(
      `${ar('enfrent', 'disput').source}|^(compet|compit)(ir|ió|ieron|e|en|iendo|irá|irán|ía|ían)$`,
    ),
    'COMPETES_AGAINST',
    ['contra', 'a', 'al', 'con'],
    { objectTypes: AGENTS },
  ),
  v(/^(trabaj[óa]|trabajaron|trabajan|trabajar|trabajado)$/, 'WORKS_FOR', ['para', 'en'], {
    objectTypes: ['Organization'],
  }),
  v(/^(trabaj[óa]|trabajaron|trabajan|trabajar|trabajado|oper[óa]|operan)$/, 'WORKED_IN', ['en'], {
    objectTypes: PLACES,
  }),
  // transfer
  v(/^(env[ií]|mand[óa]|mandaron|suministr|entreg|don[óa]|vendi)/, 'SENT_AID_TO', ['a', 'al'], {
    transfer: true,
    objectTypes: AGENTS.concat(PLACES),
  }),
  v(ar('subsidi', 'financi', 'subvencion'), 'SUBSIDIZED', []),
  // other
  v(/^(gan[óa]|ganaron)$/, 'WON', [], { objectTypes: ['Event'] }),
  // "arrolló en las elecciones", "ganó en las primarias", "venció en X".
  v(
    /^(gan[óa]|ganaron|arras[óa]|arrasaron|arroll[óa]|arrollaron|venci[óe]|vencieron|triunf[óa]|triunfaron)$/,
    'WON',
    ['en'],
    { objectTypes: ['Event'] },
  ),
  v(/^(fund[óa]|fundaron)$/, 'FOUNDER_OF', [], { objectTypes: ['Organization'] }),
  v(/^escribi/, 'AUTHOR_OF', [], { objectTypes: ['Other', 'Law'] }),
];

/** What is sent decides the transfer predicate ("armas" → weapons). */
export const ES_TRANSFER_THEMES: ReadonlyArray<readonly [RegExp, Predicate]> = [
  [/^(soldad|tropa|militar|efectiv|combatient|mercenari|fuerzas)/, 'SENT_TROOPS_TO'],
  [/^(arma|misil|munici|armament|proyectil|drones?|tanques?|cohete)/, 'SENT_WEAPONS_TO'],
  [/^(saludo|mensaje|carta|felicitaci|condolenci)/, 'SAID_TO'],
  [
    /^(aliment|ayuda|dinero|fondo|recurso|petróleo|combustible|suministro|víveres|medicament|vacuna|donaci|préstamo|crédito)/,
    'SENT_AID_TO',
  ],
];

/** Nouns that name an agreement: "firmaron una alianza" → ALLIED_WITH. */
export const ES_ALLIANCE_NOUNS = /^(alianza|pacto|coalición)/;

export const ES_PASSIVE_AUX = new Set([
  'fue',
  'fueron',
  'sido',
  'es',
  'son',
  'será',
  'serán',
  'era',
  'eran',
]);
export const ES_SPEECH_SUBJECT_VERBS =
  /^(dijo|dijeron|dice|dicen|afirmó|afirma|aseguró|asegura|declaró|señaló|señala|explicó|explica|añadió|añade|agregó|agrega|sostuvo|sostiene|indicó|indica|respondió|responde|opinó|opina|manifestó|precisó|precisa|subrayó|subraya|apuntó|apunta|concluyó|concluye|insistió|insiste|advirtió|advierte|reconoció|reconoce|destacó|destaca|comentó|comenta)$/;

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
