/** Relation rules on made-up sentences (rule-only knowledge, so the statistical model does not vary them). */
import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { extractArticle } from '../../src/pipeline/index.js';

function relations(body: string): string[] {
  const x = extractArticle(
    finalizeArticle({ source: 't', text: `Titular\n\n${body}`, format: 'txt' }),
    loadKnowledge('es', { ner: false }),
  );
  const name = (id: number) => x.entities.find((e) => e.id === id)!.name;
  return x.relations.map(
    (r) =>
      `${name(r.subject)} ${r.predicate} ${name(r.object)}${r.certainty === 'reported' ? ' (reported)' : ''}`,
  );
}

describe('relation rules', () => {
  it('reads titles before and after a name, with the body they belong to', () => {
    expect(
      relations('La ministra de Defensa de Francia, Florence Parly, viajó a Madrid.'),
    ).toContain('Florence Parly MINISTER_OF Francia');
    expect(
      relations(
        'Llegó Rubén Olmedo, secretario de Administración del Instituto Técnico Regional, a la reunión.',
      ),
    ).toContain('Rubén Olmedo WORKS_FOR Instituto Técnico Regional');
  });

  it('lets the country decide which office a title names', () => {
    // "canciller": the foreign minister in most Spanish-speaking countries, the head of government in Germany and Austria.
    expect(relations('El canciller de Alemania, Hans Obermeier, viajó a Madrid.')).toContain(
      'Hans Obermeier LEADER_OF Alemania',
    );
    expect(relations('El canciller de Perú, Tomás Ugarte, viajó a Madrid.')).toContain(
      'Tomás Ugarte MINISTER_OF Perú',
    );
  });

  it('gives no relation for a negated verb and marks hedged ones as reported', () => {
    expect(
      relations('El presidente Emmanuel Macron no se reunió con Olaf Scholz.').some((r) =>
        r.includes('MET_WITH'),
      ),
    ).toBe(false);
    expect(relations('Rusia supuestamente envía alimentos a Corea del Norte.')).toContain(
      'Rusia SENT_AID_TO Corea del Norte (reported)',
    );
  });

  it('expands coordinated subjects and objects', () => {
    const found = relations(
      'Carlos Pérez, Rubén Olmedo y Jordi Puig trabajaron en Guatemala y Honduras el año pasado.',
    );
    for (const who of ['Carlos Pérez', 'Rubén Olmedo', 'Jordi Puig']) {
      for (const where of ['Guatemala', 'Honduras'])
        expect(found).toContain(`${who} WORKED_IN ${where}`);
    }
  });

  it('sees through a relative clause set off by commas to the subject', () => {
    expect(
      relations(
        'La Federación de Comunidades Judías, que agrupa a cien entidades, ha denunciado a la Unión Nacional.',
      ),
    ).toContain('Federación de Comunidades Judías DENOUNCED Unión Nacional');
  });

  it('reads ownership nouns over a whole list, and "entre X y Y" frames', () => {
    const owns = relations(
      'Carlos Pérez Gómez, propietario de Productos Yupi, Plásticos Rimax y Hoteles Charleston, habló ayer.',
    );
    expect(owns).toEqual(
      expect.arrayContaining([
        'Carlos Pérez Gómez OWNS Productos Yupi',
        'Carlos Pérez Gómez OWNS Plásticos Rimax',
        'Carlos Pérez Gómez OWNS Hoteles Charleston',
      ]),
    );
    expect(
      relations('El acuerdo entre el Partido Verde y la Unión Cívica se firmó ayer.'),
    ).toContain('Partido Verde COOPERATES_WITH Unión Cívica');
  });

  it('reads nouns of attack with their agent and target', () => {
    expect(
      relations(
        'La abogada Marta Ruiz presentó el lunes una querella ante el juzgado contra Pedro Gil Soto.',
      ),
    ).toContain('Marta Ruiz SUED Pedro Gil Soto');
    expect(
      relations('En plena ofensiva del Partido Azul contra Luis Mora Vidal, nadie habló.'),
    ).toContain('Partido Azul OPPOSED Luis Mora Vidal');
  });

  it('reads interviews and revelations', () => {
    expect(
      relations('Juan Pérez Soto declaró en una entrevista con Radio Continental que seguirá.'),
    ).toContain('Juan Pérez Soto INTERVIEWED_BY Radio Continental');
    expect(
      relations('El Diario Central descubrió que Luis Mora Vidal cobró comisiones.'),
    ).toContain('Diario Central ACCUSED Luis Mora Vidal');
  });

  it('attributes quoted statements to their speaker', () => {
    expect(
      relations('Ana García lo tiene claro: “El Gobierno de Chile está cómodo con la foto”.'),
    ).toContain('Ana García SPOKE_ABOUT Gobierno de Chile');
  });

  it('reads nationality and birth place from the noun phrase', () => {
    const found = relations(
      'La novela del escritor peruano Mario Vargas Llosa (Arequipa, 1936) se publicó en Madrid.',
    );
    expect(found).toContain('Mario Vargas Llosa CITIZEN_OF Perú');
    expect(found).toContain('Mario Vargas Llosa BORN_IN Arequipa');
  });

  it('takes a dropped subject from the person the previous sentence was about', () => {
    expect(
      relations('Lucía Fernández Ortiz habló ayer en la radio. Después, criticó a Pedro Gil Soto.'),
    ).toContain('Lucía Fernández Ortiz CRITICIZED Pedro Gil Soto');
    // A noun phrase opening the clause is its subject, not the previous topic.
    expect(
      relations(
        'Lucía Fernández Ortiz habló ayer. La demanda buscaba anular los votos en Ecuador.',
      ).some((r) => r.startsWith('Lucía')),
    ).toBe(false);
  });

  it('reads object clitics: the topic is the object, the subject follows the verb', () => {
    expect(
      relations(
        'Lucía Fernández Ortiz habló ayer en la radio. En la calle la critican con dureza Pedro Gil Soto y otros.',
      ),
    ).toContain('Pedro Gil Soto CRITICIZED Lucía Fernández Ortiz');
    expect(
      relations(
        'La directora Ana Ruiz Gil revisó el caso después de que el ministro Pedro Gil Soto la instruyera a revisar las cuentas de Luis Mora Vidal.',
      ),
    ).toContain('Pedro Gil Soto URGED Ana Ruiz Gil');
  });

  it('resolves a relative pronoun to the names before its comma', () => {
    const found = relations(
      'Carlos Pérez Gómez y Rubén Olmedo Ruiz, quienes después viajarán a Ecuador, hablaron.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Carlos Pérez Gómez VISITED Ecuador',
        'Rubén Olmedo Ruiz VISITED Ecuador',
      ]),
    );
  });

  it('reads who gave what was received, through a programme to the body that runs it', () => {
    const found = relations(
      'Varias empresas, como Productos Yupi y Plásticos Rimax, recibieron subsidios del Fondo de Apoyo al Empleo, FAE, del Gobierno Nacional.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Gobierno Nacional SUBSIDIZED Productos Yupi',
        'Gobierno Nacional SUBSIDIZED Plásticos Rimax',
      ]),
    );
    expect(found.some((r) => r.includes('RECEIVED'))).toBe(false);
  });

  it('does not read a verb stem inside its noun', () => {
    const found = relations(
      'La negociación del Frente Azul con la Liga Roja y la investigación de Pedro Gil Soto siguen.',
    );
    expect(found.some((r) => r.includes('INVESTIGATED') || r.includes('NEGOTIATED_WITH'))).toBe(
      false,
    );
  });

  it('reads roles stated by a predicate: copulas, naming verbs, "convertirse en", "como parte de"', () => {
    expect(
      relations('Ana Ruiz Gil es la primera presidenta del Banco Central desde 1990.'),
    ).toContain('Ana Ruiz Gil PRESIDENT_OF Banco Central');
    expect(
      relations(
        'Según su currículum, Ana Ruiz Gil fue nombrada en marzo de 2015 directora general de Análisis y Riesgo, en la Comisión Nacional de Valores.',
      ),
    ).toContain('Ana Ruiz Gil HEAD_OF Comisión Nacional de Valores (reported)');
    expect(
      relations(
        'Ana Ruiz Gil habló ayer. Se convirtió entonces en investigadora del Instituto Nacional de Salud.',
      ),
    ).toContain('Ana Ruiz Gil WORKS_FOR Instituto Nacional de Salud');
    const joined = relations(
      'Lucía Mora Vidal nació en Quito. En 2010 llegó al Senado como parte del Partido Verde.',
    );
    expect(joined).toEqual(
      expect.arrayContaining([
        'Lucía Mora Vidal MEMBER_OF Senado',
        'Lucía Mora Vidal MEMBER_OF Partido Verde',
      ]),
    );
    expect(
      relations(
        'El economista Pedro Gil Soto, quien fue vicepresidente con Luis Mora Vidal, habló ayer.',
      ),
    ).toContain('Pedro Gil Soto WORKS_FOR Luis Mora Vidal');
    expect(
      relations('En aquellos años, la presidenta del Comité de Control era Ana Ruiz Gil.'),
    ).toContain('Ana Ruiz Gil PRESIDENT_OF Comité de Control');
    // "llegó a un acuerdo con X" is not joining X.
    expect(
      relations('Lucía Mora Vidal llegó a un acuerdo con el Partido Verde.').some((r) =>
        r.includes('MEMBER_OF'),
      ),
    ).toBe(false);
  });

  it('reads stacked and coordinated titles, and the body an office is held in', () => {
    expect(
      relations(
        'Como dice Pedro Gil Soto, 12 años portavoz del Partido Azul en el Congreso, nada cambia.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Pedro Gil Soto SPOKESPERSON_OF Partido Azul',
        'Pedro Gil Soto MEMBER_OF Congreso',
      ]),
    );
    expect(
      relations(
        'Se arranca el barón del Partido Azul más votado del país, el presidente regional, Pedro Gil Soto.',
      ),
    ).toContain('Pedro Gil Soto MEMBER_OF Partido Azul');
    expect(
      relations(
        'Habló Tomás Ruiz, profesor y director de un curso de derecho civil en la Universidad Estatal de Lima.',
      ),
    ).toContain('Tomás Ruiz WORKS_FOR Universidad Estatal de Lima');
    // A place after the body locates the body; it is not what the office is of.
    expect(relations('Habló Tomás Ruiz, presidente de la Federación Obrera de Chile.')).toContain(
      'Tomás Ruiz PRESIDENT_OF Federación Obrera de Chile',
    );
    const advisers = relations(
      'Asesor de Pedro Gil Soto y Ana Ruiz Gil, Tomás Ruiz llegó a Perú hace años.',
    );
    expect(advisers).toEqual(
      expect.arrayContaining([
        'Tomás Ruiz WORKS_FOR Pedro Gil Soto',
        'Tomás Ruiz WORKS_FOR Ana Ruiz Gil',
        'Tomás Ruiz VISITED Perú',
      ]),
    );
    expect(advisers.some((r) => r.startsWith('Pedro Gil Soto VISITED'))).toBe(false);
    // Where a consultant is from is not whom the consultant works for.
    expect(
      relations('El consultor catalán Tomás Ruiz Gil habló.').some((r) => r.includes('WORKS_FOR')),
    ).toBe(false);
  });

  it('takes "de aquella nación" as the country named before, not the speaker\'s', () => {
    const found = relations(
      'La gira pasó por Chile y luego por Perú, donde habló con el presidente de aquella nación, Tomás Ruiz Gil, y con el mandatario argentino, Luis Mora Vidal.',
    );
    expect(found).toContain('Tomás Ruiz Gil PRESIDENT_OF Perú');
    expect(found).not.toContain('Tomás Ruiz Gil LEADER_OF Argentina');
  });

  it("attributes quotations: unclosed ones, the colon clause's subject, dropped speakers, documents and answered arguments", () => {
    expect(
      relations('Ana Ruiz Gil lo tiene claro: “El Partido Azul no cambiará. Nunca lo hará”.'),
    ).toContain('Ana Ruiz Gil SPOKE_ABOUT Partido Azul');
    const article = relations(
      'En 2007, un artículo de la politóloga Ana Ruiz Gil en la revista de la Fundación Azul replicaba: “El Partido Rojo miente”.',
    );
    expect(article).toContain('Ana Ruiz Gil SPOKE_ABOUT Partido Rojo');
    expect(article).not.toContain('Fundación Azul SPOKE_ABOUT Partido Rojo');
    expect(
      relations(
        'Pedro Gil Soto habló ayer en el Senado. Y ha añadido: “Ana Ruiz Gil cumple con lo prometido”.',
      ),
    ).toContain('Pedro Gil Soto SPOKE_ABOUT Ana Ruiz Gil');
    expect(
      relations(
        'Pedro Gil Soto le da la vuelta al argumento de Ana Ruiz Gil: “La oposición siempre miente”.',
      ),
    ).toContain('Pedro Gil Soto SPOKE_ABOUT Ana Ruiz Gil');
    expect(
      relations(
        '“Luis Mora Vidal tenía un conflicto de interés”, indica la tarjeta informativa del Banco Central.',
      ),
    ).toContain('Banco Central SPOKE_ABOUT Luis Mora Vidal');
  });

  it('does not read a list of places as one inside the other', () => {
    expect(
      relations('El recurso pedía anular las papeletas en Ohio, Oregón, Nevada y Vermont.').some(
        (r) => r.includes('LOCATED_IN'),
      ),
    ).toBe(false);
  });

  it('reads nouns with a possessive agent: support, clashes, victories, rivals', () => {
    expect(
      relations(
        'Ana Ruiz Gil, que se ha significado por su apoyo a la independencia de Groenlandia, habló.',
      ),
    ).toContain('Ana Ruiz Gil SUPPORTS Groenlandia');
    expect(
      relations('El periodista habló con Ana Ruiz Gil sobre su choque con Pedro Gil Soto.'),
    ).toContain('Ana Ruiz Gil OPPOSED Pedro Gil Soto');
    expect(
      relations(
        'Ana Ruiz Gil habló ayer. En ambos casos, su principal rival fue el senador, Pedro Gil Soto.',
      ),
    ).toContain('Pedro Gil Soto OPPOSED Ana Ruiz Gil');
    expect(
      relations('Pedro Gil Soto celebró su arrolladora victoria en Carolina del Sur.'),
    ).toContain('Pedro Gil Soto WON Carolina del Sur');
    // The owner of "su" is the subject of its own clause, not of the clause around it.
    const found = relations(
      'El Diario Sur publicó una investigación acerca de Luis Mora Vidal, donde se revelaban las omisiones en que incurrió durante su paso por el Banco Austral.',
    );
    expect(found).toContain('Luis Mora Vidal WORKS_FOR Banco Austral');
    expect(found).not.toContain('Diario Sur WORKS_FOR Banco Austral');
  });

  it('locates events, places in larger regions, branches, and laws by their country', () => {
    expect(
      relations('La Cumbre de las Américas que iban a celebrar el día 17 en Lima se aplazó.'),
    ).toContain('Cumbre de las Américas OCCURRED_IN Lima');
    expect(
      relations('Uruguay se convirtió en la tercera nación de Sudamérica en aprobar la ley.'),
    ).toContain('Uruguay LOCATED_IN Sudamérica');
    expect(relations('La filial del Banco Austral en Chile quebró.')).toContain(
      'Banco Austral BASED_IN Chile',
    );
    expect(relations('La Constitución peruana prohíbe la reelección.')).toContain(
      'Constitución PART_OF Perú',
    );
  });

  it('carries a quotation across sentences until it closes, in the voice that opened it', () => {
    const found = relations(
      'Pedro Gil Soto habló en un mitin.\n“Es un momento difícil para el país. Y la política de Ana Ruiz Gil no es la respuesta. Lo sabemos”. Luego se fue con Luis Mora Vidal.',
    );
    expect(found).toContain('Pedro Gil Soto SPOKE_ABOUT Ana Ruiz Gil');
    expect(found).not.toContain('Pedro Gil Soto SPOKE_ABOUT Luis Mora Vidal');
  });

  it('reads nouns of investigation with their target', () => {
    expect(
      relations(
        'La fiscal Ana Ruiz Gil dirigió en persona la investigación interna contra Luis Mora Vidal.',
      ),
    ).toContain('Ana Ruiz Gil INVESTIGATED Luis Mora Vidal');
  });

  it('reads ownership of listed companies: "propiedades del magnate X", "el conglomerado de compañías como A, B y C"', () => {
    const companies = ['Banco Andino', 'Fundación Norte', 'Compañía Minera del Sur'];
    const owned = relations(
      'Se destacan el Banco Andino, la Fundación Norte y la Compañía Minera del Sur, propiedades del magnate Luis Mora Vidal.',
    );
    for (const company of companies) expect(owned).toContain(`Luis Mora Vidal OWNS ${company}`);
    const group = relations(
      'También la Organización Ruiz Gil, el conglomerado de importantes compañías como el Banco Andino, la Fundación Norte y la Compañía Minera del Sur.',
    );
    for (const company of companies)
      expect(group).toContain(`Organización Ruiz Gil OWNS ${company}`);
  });

  it('takes the holder in apposition to a role noun as the object, and years of service as membership', () => {
    expect(
      relations(
        'La abogada Marta Ruiz Gil presentó una querella contra la responsable en Chile de la Radio Cumbre, Ana Soto Vidal.',
      ),
    ).toContain('Marta Ruiz Gil SUED Ana Soto Vidal');
    expect(
      relations('Pedro Gil Soto, con muchos años de servicio en el Partido Azul, habló ayer.'),
    ).toContain('Pedro Gil Soto MEMBER_OF Partido Azul');
  });

  it('keeps clear of nouns, other clauses and places where agents are needed', () => {
    expect(
      relations(
        'El senador Pedro Gil Soto dijo que sería un error oponerse a los electores en el Congreso Nacional.',
      ).some((r) => r.includes('SAID_TO')),
    ).toBe(false);
    expect(
      relations(
        'La novela de Ana Ruiz Gil lleva al lector en un viaje de tres siglos por la historia de Chile.',
      ).some((r) => r.includes('VISITED')),
    ).toBe(false);
    expect(
      relations('Habló en una entrevista realizada por video entre Lima y Quito.').some((r) =>
        r.includes('MET_WITH'),
      ),
    ).toBe(false);
    expect(
      relations(
        'Los senadores conservadores reconociendo el triunfo de Luis Mora Vidal, dijo Pedro Gil Soto, fracasarán.',
      ).some((r) => r.includes('LEGISLATOR_FOR')),
    ).toBe(false);
  });
});
