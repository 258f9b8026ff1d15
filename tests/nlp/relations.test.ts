/** Relation rules on made-up sentences (rule-only knowledge, so the statistical model does not vary them). */
import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { extractArticle } from '../../src/pipeline/index.js';

function relations(body: string): string[] {
  const x = extractArticle(finalizeArticle({ source: 't', text: `Titular\n\n${body}`, format: 'txt' }), loadKnowledge('es', { ner: false }));
  const name = (id: number) => x.entities.find((e) => e.id === id)!.name;
  return x.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}${r.certainty === 'reported' ? ' (reported)' : ''}`);
}

describe('relation rules', () => {
  it('reads titles before and after a name, with the body they belong to', () => {
    expect(relations('La ministra de Defensa de Francia, Florence Parly, viajó a Madrid.')).toContain('Florence Parly MINISTER_OF Francia');
    expect(relations('Llegó Jorge Quintana, secretario de Administración del Instituto Politécnico Nacional, a la reunión.')).toContain(
      'Jorge Quintana WORKS_FOR Instituto Politécnico Nacional',
    );
  });

  it('lets the country decide which office a title names', () => {
    // "canciller": the foreign minister in most Spanish-speaking countries, the head of government in Germany and Austria.
    expect(relations('El canciller de Alemania, Hans Obermeier, viajó a Madrid.')).toContain('Hans Obermeier LEADER_OF Alemania');
    expect(relations('El canciller de Perú, Tomás Ugarte, viajó a Madrid.')).toContain('Tomás Ugarte MINISTER_OF Perú');
  });

  it('gives no relation for a negated verb and marks hedged ones as reported', () => {
    expect(relations('El presidente Emmanuel Macron no se reunió con Olaf Scholz.').some((r) => r.includes('MET_WITH'))).toBe(false);
    expect(relations('Rusia supuestamente envía alimentos a Corea del Norte.')).toContain('Rusia SENT_AID_TO Corea del Norte (reported)');
  });

  it('expands coordinated subjects and objects', () => {
    const found = relations('Carlos Pérez, Antonio Sola y Jordi Segarra trabajaron en Guatemala y Honduras el año pasado.');
    for (const who of ['Carlos Pérez', 'Antonio Sola', 'Jordi Segarra']) {
      for (const where of ['Guatemala', 'Honduras']) expect(found).toContain(`${who} WORKED_IN ${where}`);
    }
  });

  it('sees through a relative clause set off by commas to the subject', () => {
    expect(relations('La Federación de Comunidades Judías, que agrupa a cien entidades, ha denunciado a la Unión Nacional.')).toContain(
      'Federación de Comunidades Judías DENOUNCED Unión Nacional',
    );
  });

  it('reads ownership nouns over a whole list, and "entre X y Y" frames', () => {
    const owns = relations('Carlos Pérez Gómez, propietario de Productos Yupi, Plásticos Rimax y Hoteles Charleston, habló ayer.');
    expect(owns).toEqual(expect.arrayContaining(['Carlos Pérez Gómez OWNS Productos Yupi', 'Carlos Pérez Gómez OWNS Plásticos Rimax', 'Carlos Pérez Gómez OWNS Hoteles Charleston']));
    expect(relations('El acuerdo entre el Partido Verde y la Unión Cívica se firmó ayer.')).toContain('Partido Verde COOPERATES_WITH Unión Cívica');
  });

  it('reads nouns of attack with their agent and target', () => {
    expect(relations('La abogada Marta Ruiz presentó el lunes una querella ante el juzgado contra Pedro Gil Soto.')).toContain('Marta Ruiz SUED Pedro Gil Soto');
    expect(relations('En plena ofensiva del Partido Azul contra Luis Mora Vidal, nadie habló.')).toContain('Partido Azul OPPOSED Luis Mora Vidal');
  });

  it('reads interviews and revelations', () => {
    expect(relations('Juan Pérez Soto declaró en una entrevista con Radio Continental que seguirá.')).toContain('Juan Pérez Soto INTERVIEWED_BY Radio Continental');
    expect(relations('El Diario Central descubrió que Luis Mora Vidal cobró comisiones.')).toContain('Diario Central ACCUSED Luis Mora Vidal');
  });

  it('attributes quoted statements to their speaker', () => {
    expect(relations('Ana García lo tiene claro: “El Gobierno de Chile está cómodo con la foto”.')).toContain('Ana García SPOKE_ABOUT Gobierno de Chile');
  });

  it('reads nationality and birth place from the noun phrase', () => {
    const found = relations('La novela del escritor peruano Mario Vargas Llosa (Arequipa, 1936) se publicó en Madrid.');
    expect(found).toContain('Mario Vargas Llosa CITIZEN_OF Perú');
    expect(found).toContain('Mario Vargas Llosa BORN_IN Arequipa');
  });
});
