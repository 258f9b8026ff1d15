/** Mention detection and typing on made-up sentences (rule-only knowledge). */
import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../src/ingest/index.js';
import type { Knowledge } from '../../src/nlp/knowledge.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { extractArticle } from '../../src/pipeline/index.js';

function entities(body: string): string[] {
  const x = extractArticle(
    finalizeArticle({ source: 't', text: `Titular\n\n${body}`, format: 'txt' }),
    loadKnowledge('es', { ner: false }),
  );
  return x.entities.map((e) => `${e.type}:${e.name}`);
}

describe('mentions', () => {
  it('keeps particles inside names and types places by gazetteer and cue words', () => {
    const found = entities(
      'La delegación llegó a la ciudad portuaria de Valparaíso, en Chile, y después a la región de Atacama y a Corea del Norte.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'City:Valparaíso',
        'Country:Chile',
        'Region:Atacama',
        'Country:Corea del Norte',
      ]),
    );
  });

  it('does not take sentence-initial function words, interview markers or Roman numerals for names', () => {
    const found = entities('P. El siglo XXI empezó mal. R. Sí, y la Comisión Europea lo sabe.');
    expect(found).toContain('Organization:Comisión Europea');
    expect(found.some((e) => /P\. El|R\. Sí|XXI/.test(e))).toBe(false);
  });

  it('splits a name from the place after it, but keeps institutions whole', () => {
    const found = entities(
      'El senador John Cornyn de Texas habló con la Universidad de Stanford y la Comisión Nacional Bancaria y de Valores.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Person:John Cornyn',
        'Region:Texas',
        'Organization:Universidad de Stanford',
        'Organization:Comisión Nacional Bancaria y de Valores',
      ]),
    );
  });

  it('finds lower-case named elections and laws', () => {
    const found = entities('Tras las elecciones gallegas, el Gobierno aprobó la ley Celaá.');
    expect(found).toEqual(
      expect.arrayContaining([
        'Event:elecciones gallegas',
        'Law:ley Celaá',
        'Organization:Gobierno',
      ]),
    );
  });

  it('joins a lower-case class noun to the name it forms one name with', () => {
    const found = entities(
      'El cártel de Valdoria opera en la colonia Almena, junto a la carretera Ruiz-Tapia. Llegaron a la isla de Brenner y al mar Austral de Ostia.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:cártel de Valdoria',
        'Place:colonia Almena',
        'Place:carretera Ruiz-Tapia',
        'Place:isla de Brenner',
        'Place:mar Austral de Ostia',
      ]),
    );
    // A natural-feature noun before a place the gazetteer knows only describes it.
    const cuba = entities('La isla de Cuba recibió turistas.');
    expect(cuba).toContain('Country:Cuba');
    expect(cuba.some((e) => e.includes('isla'))).toBe(false);
  });

  it('resolves acronyms to their expansion and surnames to the full name', () => {
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nLa Organización de las Naciones Unidas (ONU) criticó a Ana María Pérez. Pérez respondió a la ONU.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    const onu = x.entities.find((e) => e.name === 'Organización de las Naciones Unidas');
    expect(onu?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['ONU']));
    expect(x.entities.find((e) => e.name === 'Ana María Pérez')?.mentions.length).toBe(2);
  });
  it('types an unknown name that a role is "of" as an organisation', () => {
    const found = entities(
      'La vicesecretaria jurídica de Zentral, Ana Gómez, habló ayer. Zentral no respondió.',
    );
    expect(found).toContain('Organization:Zentral');
    expect(found).toContain('Person:Ana Gómez');
    // A known place after the role keeps its gazetteer type.
    expect(entities('El alcalde de Valparaíso habló ayer.')).toContain('City:Valparaíso');
  });

  it('gives every member of an enumeration announced by a plural cue noun the cue type', () => {
    const found = entities(
      'Recibieron ayudas compañías como Narvex Andina, Quelmo Sur y Trivalia Pons durante la crisis.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:Narvex Andina',
        'Organization:Quelmo Sur',
        'Organization:Trivalia Pons',
      ]),
    );
    const federations = entities(
      'Las tres organizaciones (Liga Norte Verde, Quintal Mora y Asamblea Rubia) firmaron.',
    );
    expect(federations).toEqual(expect.arrayContaining(['Organization:Quintal Mora']));
  });

  it('shares a role or cue in front of a coordination with all its members, but not across an apposition', () => {
    const found = entities(
      'Es el propietario de Marbel Rostano, Kifra Delmo y Tusal Vela desde hace años.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:Marbel Rostano',
        'Organization:Kifra Delmo',
        'Organization:Tusal Vela',
      ]),
    );
    const apposition = entities('El portavoz de Zentral, Pedro Ruiz Olmo, habló.');
    expect(apposition).toContain('Person:Pedro Ruiz Olmo');
  });
  it('reads Catalan and Galician institution heads and keeps two coordinated institutions apart', () => {
    const found = entities(
      'Firmaron la denuncia (Federació Cultural de Lleida y Federació Veïnal de Girona) ayer. La Xunta de Ourense calló.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:Federació Cultural de Lleida',
        'Organization:Federació Veïnal de Girona',
      ]),
    );
    expect(found.some((e) => e.startsWith('Organization:Xunta'))).toBe(true);
  });

  it('types a name closed by a company word or medium as an organisation', () => {
    const found = entities(
      'El reportaje lo emitió Velmora Channel y lo produjo Kastro Larrea S.A. el año pasado.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Organization:Velmora Channel', 'Organization:Kastro Larrea S.A.']),
    );
  });

  it('drops capitalised portfolios of job titles but keeps the body the title belongs to', () => {
    const found = entities(
      'Fue nombrado director de Inspección de Operaciones y Evaluación de la Policía Regional en 2016.',
    );
    expect(found).toContain('Organization:Policía Regional');
    expect(found.some((e) => /Inspección|Operaciones|Evaluación/.test(e))).toBe(false);
    // A spokesman speaks for a body, not for a portfolio.
    expect(
      entities('El portavoz de Renovación Nacional, Pedro Soto Vial, criticó el plan.'),
    ).toContain('Organization:Renovación Nacional');
  });

  it('strips abbreviated honorifics and takes them, or a role in apposition, as evidence of a person', () => {
    const found = entities(
      'Lo dice el Prof. Karsten Wolde en el informe. Lo confirmó Elvar Tummas, director de la agencia.',
    );
    expect(found).toEqual(expect.arrayContaining(['Person:Karsten Wolde', 'Person:Elvar Tummas']));
  });

  it('keeps a body named after "de" apart from the body it belongs to', () => {
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nLa Junta Asesora de la Organización Mundial del Turismo habló. La Organización Mundial del Turismo calló.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    expect(x.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Junta Asesora de la Organización Mundial del Turismo',
        'Organización Mundial del Turismo',
      ]),
    );
  });
  it('joins institutional short forms and synonyms to the body they name', () => {
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nEl Gobierno Federal de Brasil aprobó el plan. El Gobierno lo defendió y el Ejecutivo lo publicó.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    const government = x.entities.find((e) => e.name === 'Gobierno Federal de Brasil');
    expect(government?.mentions.map((m) => m.text)).toEqual([
      'Gobierno Federal de Brasil',
      'Gobierno',
      'Ejecutivo',
    ]);
  });

  it('does not take the capitalised noun of "golpe de Estado" for a name, even when the model proposes it', () => {
    const text =
      'Titular\n\nDicen que se preparan golpes de Estado, algunos alentados por un Gobierno radical. El golpe de Estado fracasó.';
    const x = extractArticle(
      finalizeArticle({ source: 't', text, format: 'txt' }),
      loadKnowledge('es'),
    );
    expect(x.entities.flatMap((e) => e.mentions).some((m) => m.text === 'Estado')).toBe(false);
  });
  it('finds lower-case events named by a demonym or a date, and election names with their date or place and year', () => {
    const found = entities(
      'Tras la revolución boliviana y el terremoto de 1987, llegaron las matanzas del 4-J y los atentados del 2 de marzo de 1999. ' +
        'Se votó en las elecciones regionales del 9 de mayo y después en las elecciones de Paraguay 2023.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Event:revolución boliviana',
        'Event:terremoto de 1987',
        'Event:matanzas del 4-J',
        'Event:atentados del 2 de marzo de 1999',
        'Event:elecciones regionales del 9 de mayo',
        'Event:elecciones de Paraguay 2023',
      ]),
    );
    // A head noun with neither qualifier is no name.
    expect(
      entities('La guerra terminó y el sismo de ayer asustó.').some((e) => e.startsWith('Event:')),
    ).toBe(false);
  });
  it('does not let an organisation cue word type what looks like a person name', () => {
    expect(entities('Ganó el centro derechista Juan Pérez Lasa en la segunda vuelta.')).toContain(
      'Person:Juan Pérez Lasa',
    );
  });

  it('reads a capitalised "De" as a surname particle, not as "A de B"', () => {
    const found = entities('Lo asesoró el consultor Israel De Castro durante la campaña.');
    expect(found).toContain('Person:Israel De Castro');
    expect(found).not.toContain('Country:Israel');
  });

  it('joins a lone middle surname to the one longer name that contains it', () => {
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nTomás Arvelo Quintana compró el diario. Arvelo lo vendió después.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    expect(
      x.entities.find((e) => e.name === 'Tomás Arvelo Quintana')?.mentions.map((m) => m.text),
    ).toEqual(['Tomás Arvelo Quintana', 'Arvelo']);
  });

  it('splits a person the model finds inside an institution name ("Gobierno de …")', () => {
    const text =
      'Titular\n\nLa reunión se celebró en 2015, todavía con el Gobierno de Francisco Morales Gil.';
    // A stand-in model that splits the run the way a statistical tagger may.
    const knowledge: Knowledge = {
      ...loadKnowledge('es', { ner: false }),
      ner: (sentences) =>
        sentences.map((tokens) => {
          const at = tokens.indexOf('Gobierno');
          if (at < 0) return [];
          return [
            { start: at, end: at + 1, label: 'ORG' as const, confidence: 0.95 },
            { start: at + 2, end: at + 5, label: 'PER' as const, confidence: 0.9 },
          ];
        }),
    };
    const x = extractArticle(finalizeArticle({ source: 't', text, format: 'txt' }), knowledge);
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toEqual(
      expect.arrayContaining(['Person:Francisco Morales Gil', 'Organization:Gobierno']),
    );
  });
  it('extends names over a dated law, a demonym before "de", a chamber side and a legal form', () => {
    const found = entities(
      'La Constitución de 1853 sigue vigente. Habló la Universidad estadounidense de Stanford y luego la Cámara baja. Lo pagó Larrea Consultores, S.C. en marzo.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Law:Constitución de 1853',
        'Organization:Universidad estadounidense de Stanford',
        'Country:Estados Unidos',
        'Organization:Cámara baja',
        'Organization:Larrea Consultores, S.C.',
      ]),
    );
  });

  it('types "Departamento de …" as a body unless a known place follows, and a name plus a country as a company', () => {
    const found = entities(
      'Trabaja en el Departamento de Física Aplicada y viaja al Departamento de Antioquia. Compró acciones de Kelmar Chile.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:Departamento de Física Aplicada',
        'Organization:Kelmar Chile',
      ]),
    );
    expect(found.some((e) => e === 'Organization:Departamento de Antioquia')).toBe(false);
  });

  it('does not take the word after an interview marker, or a town named like a common word at a sentence start, for a name', () => {
    const found = entities('P. ¿Y entonces? R. Efectivamente, nadie respondió. Nada que objetar.');
    expect(found).toEqual([]);
  });

  it('does not read "la Corona" as the city of that name', () => {
    const knowledge: Knowledge = {
      ...loadKnowledge('es', { ner: false }),
      ner: (sentences) =>
        sentences.map((tokens) =>
          tokens.flatMap((t, i) =>
            t === 'Corona'
              ? [{ start: i, end: i + 1, label: 'ORG' as const, confidence: 0.7 }]
              : [],
          ),
        ),
    };
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nEl rey defendió ayer a la Corona.',
        format: 'txt',
      }),
      knowledge,
    );
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toContain('Organization:Corona');
  });

  it('names an institution after its own name, not after a synonym that joined it', () => {
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nEl Gobierno aprobó el plan. El Ejecutivo lo publicó.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    expect(x.entities.find((e) => e.mentions.some((m) => m.text === 'Ejecutivo'))?.name).toBe(
      'Gobierno',
    );
  });
  it('finds titles of works announced by "titulado", a work noun next to the quotes, and their quoted repetitions', () => {
    const found = entities(
      'Publicó un libro titulado La memoria del agua. Luego vino el tráiler de “Reyes sin corona”, y el informe con el título «Riesgos del crédito: la historia del caso Bermejo» salió. ' +
        '“Reyes sin corona” tuvo éxito. El ministro dijo: “No habrá recortes” y se fue.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Other:La memoria del agua',
        'Other:Reyes sin corona',
        'Other:Riesgos del crédito: la historia del caso Bermejo',
      ]),
    );
    expect(found.some((e) => e.includes('No habrá recortes'))).toBe(false);
    // "llamado" without quotes names a person, not a work.
    const rebel = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nCazó a un rebelde, también llamado Tomás, en la sierra.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    expect(rebel.entities.flatMap((e) => e.mentions).some((m) => m.typeSource === 'title')).toBe(
      false,
    );
  });
  it('drops portfolios after lower-case bodies and degrees ("los ministerios de Asuntos Exteriores", "doctorado en Ciencias Políticas")', () => {
    const found = entities(
      'Los dos ministerios de Asuntos Exteriores se reunieron. Ella tiene un doctorado en Ciencias Políticas por la Universidad de Chile.',
    );
    expect(found).toContain('Organization:Universidad de Chile');
    expect(found.some((e) => /Asuntos Exteriores|Ciencias Políticas/.test(e))).toBe(false);
  });

  it('types by shape, code and apposition: article-led names, English titles, norm codes, Catalan laws, "X, banco …"', () => {
    const found = entities(
      'El Gobierno y La Veleta trabajan juntos. Anoche vimos Run For The Hills en el cine. Se aplicó la NOM-017-STPS-2008 y el Estatut. Trabajó en Banco Marvel, banco al cual defendió.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:La Veleta',
        'Other:Run For The Hills',
        'Law:NOM-017-STPS-2008',
        'Law:Estatut',
        'Organization:Banco Marvel',
      ]),
    );
    expect(entities('Trabajó en Quirvel, banco al cual defendió.')).toContain(
      'Organization:Quirvel',
    );
  });

  it('keys a body "of" a country on the canonical country name', () => {
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nEl Senado de Estados Unidos investigó. Después el Senado de EE.UU. publicó su informe.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    expect(x.entities.filter((e) => e.name.startsWith('Senado'))).toHaveLength(1);
  });
  it('reads a masculine singular demonym after "en" or a speaking verb as a language, not a country', () => {
    const found = entities(
      'La serie se emitió en ruso y el ministro habla francés. El gobierno alemán protestó.',
    );
    expect(found).toContain('Country:Alemania');
    expect(found).not.toContain('Country:Rusia');
    expect(found).not.toContain('Country:Francia');
    expect(entities('Lo dijo en portugués.')).not.toContain('Country:Portugal');
  });

  it('keeps "A de B" whole when a bracketed acronym spells it, and joins the acronym to it', () => {
    const x = extractArticle(
      finalizeArticle({
        source: 't',
        text: 'Titular\n\nCompró Fundiciones Grandes de Chile (FGCSA) por poco dinero. FGCSA quebró.',
        format: 'txt',
      }),
      loadKnowledge('es', { ner: false }),
    );
    const firm = x.entities.find((e) => e.name === 'Fundiciones Grandes de Chile');
    expect(firm?.mentions.map((m) => m.text)).toEqual([
      'Fundiciones Grandes de Chile',
      'FGCSA',
      'FGCSA',
    ]);
  });
});
