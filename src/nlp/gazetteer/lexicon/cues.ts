/**
 * Cue words (general lexicon): organisation head nouns and suffixes, place cues with the type they imply,
 * event cues and law cues, Spanish and English. Multi-word cues are matched as phrases.
 */
import type { PlaceType } from '../types.js';

/** Head nouns that start or signal an organisation name ("Partido", "Ministerio", "Universidad"). */
export const ORG_HEADS_ES = [
  'partido', 'ministerio', 'universidad', 'agencia', 'agencia de noticias', 'banco', 'banco central', 'tribunal', 'tribunal supremo',
  'tribunal constitucional', 'fiscalía', 'comisión', 'consejo', 'consejo de seguridad', 'asamblea', 'asamblea general', 'congreso',
  'senado', 'parlamento', 'cámara', 'cámara de diputados', 'cámara de representantes', 'fundación', 'instituto', 'organización',
  'federación', 'unión', 'sindicato', 'ejército', 'fuerzas armadas', 'armada', 'fuerza aérea', 'policía', 'guardia', 'guardia civil',
  'gobierno', 'corte', 'corte suprema', 'secretaría', 'servicio', 'comité', 'frente', 'movimiento', 'asociación', 'grupo',
  'compañía', 'empresa', 'corporación', 'televisión', 'radio', 'diario', 'periódico', 'cadena', 'club', 'coalición', 'alianza',
  'liga', 'iglesia', 'escuela', 'colegio', 'hospital', 'museo', 'academia', 'observatorio', 'oficina', 'departamento de estado',
  'dirección general', 'autoridad', 'brigada', 'batallón', 'regimiento', 'división', 'cuerpo', 'mando', 'estado mayor',
  'centro', 'red', 'plataforma', 'comisaría', 'juzgado', 'audiencia', 'audiencia nacional', 'defensoría', 'contraloría',
  'procuraduría', 'superintendencia', 'cooperativa', 'confederación', 'consorcio', 'holding', 'laboratorio', 'aerolínea',
  'unidad', 'comando', 'escuadrón', 'subcomité', 'junta', 'gabinete', 'dirección', 'subsecretaría', 'procuraduría general',
  // Co-official languages of Spain and Portuguese: names of bodies quoted in Spanish news.
  'unió', 'federació', 'consell', 'associació', 'fundació', 'institut', 'partit', 'universitat', 'ajuntament', 'sindicat',
  'agrupació', 'confederació', 'xunta', 'concello', 'universidade', 'deputación', 'fundação', 'associação', 'ministério',
];
export const ORG_HEADS_EN = [
  'party', 'ministry', 'department', 'university', 'agency', 'news agency', 'bank', 'central bank', 'court', 'supreme court',
  'commission', 'council', 'security council', 'assembly', 'general assembly', 'congress', 'senate', 'parliament', 'house',
  'house of representatives', 'foundation', 'institute', 'organization', 'organisation', 'federation', 'union', 'army', 'navy',
  'air force', 'police', 'guard', 'government', 'secretariat', 'service', 'committee', 'front', 'movement', 'association',
  'group', 'company', 'corporation', 'television', 'radio', 'network', 'club', 'coalition', 'alliance', 'league', 'church',
  'school', 'college', 'hospital', 'museum', 'academy', 'office', 'authority', 'brigade', 'battalion', 'division', 'corps',
  'command', 'center', 'centre', 'board', 'bureau', 'fund', 'trust', 'airlines', 'times', 'post', 'news', 'tribune', 'journal',
  'nations', 'programme', 'program',
];
/** Tokens that close an organisation name ("Repsol S.A.", "Apple Inc.", "CNN News"). */
export const ORG_SUFFIXES = [
  's.a.', 'sa', 's.l.', 'sl', 's.a.u.', 'sau', 's.a. de c.v.', 'inc.', 'inc', 'ltd.', 'ltd', 'llc', 'plc', 'corp.', 'corp', 'co.',
  'gmbh', 'ag', 'nv', 'n.v.', 'bv', 'spa', 'news', 'tv', 'press', 'media', 'group', 'holdings', 's.c.', 'sc', 's.a.s.', 'sas',
  'ltda.', 'ltda', 'consultores', 'asociados', 'abogados', 'hermanos', 'editores', 'channel', 'network', 'airlines', 'bank', 'televisión', 'radio', 'records', 'studios', 'labs', 'lab',
];

export const PLACE_CUES_ES: ReadonlyArray<readonly [string, PlaceType]> = [
  ['ciudad', 'City'], ['capital', 'City'], ['localidad', 'City'], ['pueblo', 'City'], ['municipio', 'City'], ['villa', 'City'],
  ['aldea', 'City'], ['balneario', 'City'], ['urbe', 'City'], ['metrópoli', 'City'], ['puerto', 'Place'],
  ['país', 'Country'], ['nación', 'Country'], ['república', 'Country'], ['reino', 'Country'], ['emirato', 'Country'],
  ['región', 'Region'], ['provincia', 'Region'], ['estado', 'Region'], ['departamento', 'Region'], ['comunidad autónoma', 'Region'],
  ['condado', 'Region'], ['óblast', 'Region'], ['oblast', 'Region'], ['distrito', 'Region'], ['comarca', 'Region'], ['territorio', 'Region'],
  ['cantón', 'Region'], ['gobernación', 'Region'], ['prefectura', 'Region'], ['península', 'Region'], ['archipiélago', 'Region'],
  ['isla', 'Place'], ['islas', 'Place'], ['río', 'Place'], ['lago', 'Place'], ['monte', 'Place'], ['montaña', 'Place'], ['volcán', 'Place'],
  ['desierto', 'Place'], ['mar', 'Place'], ['océano', 'Place'], ['golfo', 'Place'], ['bahía', 'Place'], ['estrecho', 'Place'],
  ['canal', 'Place'], ['cordillera', 'Place'], ['sierra', 'Place'], ['valle', 'Place'], ['playa', 'Place'], ['costa', 'Place'],
  ['plaza', 'Place'], ['palacio', 'Place'], ['barrio', 'Place'], ['frontera', 'Place'], ['aeropuerto', 'Place'], ['base', 'Place'],
  ['base aérea', 'Place'], ['base militar', 'Place'], ['central nuclear', 'Place'], ['estación', 'Place'], ['calle', 'Place'],
  ['avenida', 'Place'], ['capitolio', 'Place'], ['parque', 'Place'], ['puente', 'Place'], ['embajada', 'Place'], ['catedral', 'Place'], ['estadio', 'Place'],
  ['paso fronterizo', 'Place'], ['zona desmilitarizada', 'Place'], ['campo de refugiados', 'Place'],
];
export const PLACE_CUES_EN: ReadonlyArray<readonly [string, PlaceType]> = [
  ['city', 'City'], ['capital', 'City'], ['town', 'City'], ['village', 'City'], ['municipality', 'City'], ['resort', 'City'],
  ['port', 'Place'], ['country', 'Country'], ['nation', 'Country'], ['republic', 'Country'], ['kingdom', 'Country'],
  ['region', 'Region'], ['province', 'Region'], ['state', 'Region'], ['department', 'Region'], ['county', 'Region'], ['oblast', 'Region'],
  ['district', 'Region'], ['territory', 'Region'], ['prefecture', 'Region'], ['peninsula', 'Region'], ['island', 'Place'],
  ['river', 'Place'], ['lake', 'Place'], ['mount', 'Place'], ['mountain', 'Place'], ['desert', 'Place'], ['sea', 'Place'],
  ['ocean', 'Place'], ['gulf', 'Place'], ['bay', 'Place'], ['strait', 'Place'], ['square', 'Place'], ['palace', 'Place'],
  ['border', 'Place'], ['airport', 'Place'], ['air base', 'Place'], ['base', 'Place'], ['street', 'Place'], ['avenue', 'Place'],
  ['park', 'Place'], ['bridge', 'Place'], ['embassy', 'Place'], ['stadium', 'Place'], ['neighborhood', 'Place'],
];

export const EVENT_CUES_ES = [
  'elecciones', 'elección', 'comicios', 'primarias', 'cumbre', 'guerra', 'conflicto', 'ataque', 'atentado', 'operación', 'crisis',
  'pandemia', 'epidemia', 'revolución', 'referéndum', 'juegos olímpicos', 'olimpiadas', 'mundial', 'copa', 'copa del mundo',
  'campeonato', 'torneo', 'festival', 'conferencia', 'foro', 'golpe de estado', 'huelga', 'manifestación', 'protesta', 'terremoto',
  'huracán', 'tifón', 'incendio', 'invasión', 'ofensiva', 'bombardeo', 'masacre', 'matanza', 'juicio', 'visita', 'reunión',
  'negociaciones', 'diálogo', 'maniobras', 'ejercicios militares', 'desfile', 'ceremonia', 'investidura', 'debate', 'escándalo',
  'caso', 'exposición', 'feria', 'congreso mundial', 'gira', 'misión', 'lanzamiento', 'prueba nuclear', 'ensayo nuclear',
];
export const EVENT_CUES_EN = [
  'election', 'elections', 'primary', 'summit', 'war', 'conflict', 'attack', 'bombing', 'operation', 'crisis', 'pandemic',
  'epidemic', 'revolution', 'referendum', 'olympic games', 'olympics', 'world cup', 'cup', 'championship', 'tournament',
  'festival', 'conference', 'forum', 'coup', 'strike', 'protest', 'earthquake', 'hurricane', 'typhoon', 'fire', 'invasion',
  'offensive', 'massacre', 'trial', 'visit', 'meeting', 'talks', 'negotiations', 'drills', 'military exercises', 'parade',
  'ceremony', 'inauguration', 'debate', 'scandal', 'launch', 'nuclear test',
];
export const LAW_CUES_ES = [
  'ley', 'ley orgánica', 'decreto', 'decreto ley', 'real decreto', 'constitución', 'reforma', 'tratado', 'acuerdo', 'pacto', 'norma',
  'reglamento', 'código', 'código penal', 'directiva', 'resolución', 'enmienda', 'estatuto', 'carta', 'convención', 'convenio',
  'protocolo', 'ordenanza', 'proyecto de ley', 'presupuestos', 'plan', 'estatut', 'llei', 'lei', 'decret',
];
export const LAW_CUES_EN = [
  'act', 'law', 'bill', 'decree', 'executive order', 'constitution', 'reform', 'treaty', 'agreement', 'accord', 'pact', 'regulation',
  'code', 'directive', 'resolution', 'amendment', 'statute', 'charter', 'convention', 'protocol', 'ordinance', 'budget',
];
