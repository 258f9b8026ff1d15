/**
 * The entity rules that weigh the NER model against the capitalisation rules, one table per rule,
 * on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../src/ingest/index.js';
import type { Knowledge, NerSpan } from '../../src/nlp/knowledge.js';
import { packFor } from '../../src/nlp/lang/index.js';
import { isBlend } from '../../src/nlp/coref/index.js';
import { shapeSpan } from '../../src/nlp/mentions/cleanup.js';
import { isRomanNumeral } from '../../src/nlp/mentions/shape.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { splitSentences, tokenize } from '../../src/nlp/segment/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const knowledge = loadKnowledge('es', { ner: false });
const grammar = packFor('es').grammar;

/** The span of `name` in `text`, shaped with an optional model span over the same words. */
function shaped(text: string, name: string, model?: Omit<NerSpan, 'start' | 'end'>): string[] {
  const sentence = splitSentences(text)[0]!;
  const words = tokenize(name).map((t) => t.text);
  const start = sentence.tokens.findIndex((_, i) =>
    words.every((w, k) => sentence.tokens[i + k]?.text === w),
  );
  expect(start, `"${name}" in "${text}"`).toBeGreaterThanOrEqual(0);
  const span = { sentenceIndex: 0, tokenStart: start, tokenEnd: start + words.length };
  const ner = model ? { ...model, start: span.tokenStart, end: span.tokenEnd } : undefined;
  return shapeSpan(sentence, span, knowledge, grammar, ner).map((s) =>
    sentence.tokens
      .slice(s.tokenStart, s.tokenEnd)
      .map((t) => t.text)
      .join(' '),
  );
}

describe('modelKeepsWhole: "A de <place>" stays one name when the model reads it as one', () => {
  const cases: {
    text: string;
    name: string;
    model?: Omit<NerSpan, 'start' | 'end'>;
    expected: string[];
  }[] = [
    {
      text: 'Las acciones cayeron en la Bolsa de Lisboa ayer.',
      name: 'Bolsa de Lisboa',
      model: { label: 'ORG', confidence: 0.9 },
      expected: ['Bolsa de Lisboa'],
    },
    {
      text: 'Las acciones cayeron en la Bolsa de Lisboa ayer.',
      name: 'Bolsa de Lisboa',
      expected: ['Bolsa', 'Lisboa'],
    },
    {
      text: 'El delantero firmó con el Atlético de Lisboa ayer.',
      name: 'Atlético de Lisboa',
      model: { label: 'ORG', confidence: 0.85 },
      expected: ['Atlético de Lisboa'],
    },
    {
      text: 'El delantero firmó con el Atlético de Lisboa ayer.',
      name: 'Atlético de Lisboa',
      model: { label: 'ORG', confidence: 0.6 },
      expected: ['Atlético', 'Lisboa'],
    },
    {
      text: 'Habló Tomás Ferreira de Lisboa ayer.',
      name: 'Tomás Ferreira de Lisboa',
      expected: ['Tomás Ferreira', 'Lisboa'],
    },
    {
      text: 'Habló Tomás Ferreira de Lisboa ayer.',
      name: 'Tomás Ferreira de Lisboa',
      model: { label: 'PER', confidence: 0.3 },
      expected: ['Tomás Ferreira', 'Lisboa'],
    },
  ];
  for (const { text, name, model, expected } of cases)
    it(`${name} ${model ? `(model ${model.label} ${model.confidence})` : '(no model span)'}`, () =>
      expect(shaped(text, name, model)).toEqual(expected));
});

describe('personAfterName: a name run together with a person is two names', () => {
  const cases: {
    text: string;
    name: string;
    model?: Omit<NerSpan, 'start' | 'end'> & { from: number };
    expected: string[];
  }[] = [
    {
      text: 'La vocera del Frente Cívico Marta Gil habló ayer.',
      name: 'Frente Cívico Marta Gil',
      expected: ['Frente Cívico', 'Marta Gil'],
    },
    {
      text: 'La vocera del Frente Cívico Zelda Quiroga habló ayer.',
      name: 'Frente Cívico Zelda Quiroga',
      expected: ['Frente Cívico Zelda Quiroga'],
    },
    {
      text: 'La vocera del Frente Cívico Zelda Quiroga habló ayer.',
      name: 'Frente Cívico Zelda Quiroga',
      model: { label: 'PER', confidence: 0.9, from: 2 },
      expected: ['Frente Cívico', 'Zelda Quiroga'],
    },
    // The model's one ORG over body and person does not keep them together: a known given name splits.
    {
      text: 'La vocera del Frente Cívico Marta Gil habló ayer.',
      name: 'Frente Cívico Marta Gil',
      model: { label: 'ORG', confidence: 0.9, from: 0 },
      expected: ['Frente Cívico', 'Marta Gil'],
    },
    // One word before the given name: a saint's or a compound name, not two names.
    { text: 'Estudió en San Marta Gil ayer.', name: 'San Marta Gil', expected: ['San Marta Gil'] },
    // A person's own double given name.
    {
      text: 'Llegó Ana Marta Gil ayer.',
      name: 'Ana Marta Gil',
      expected: ['Ana Marta Gil'],
    },
  ];
  for (const { text, name, model, expected } of cases)
    it(`${name}${model ? ' (model person)' : ''}`, () => {
      const sentence = splitSentences(text)[0]!;
      const words = name.split(' ');
      const start = sentence.tokens.findIndex((t) => t.text === words[0]);
      const span = { sentenceIndex: 0, tokenStart: start, tokenEnd: start + words.length };
      const ner = model
        ? {
            label: model.label,
            confidence: model.confidence,
            start: start + model.from,
            end: span.tokenEnd,
          }
        : undefined;
      expect(
        shapeSpan(sentence, span, knowledge, grammar, ner).map((s) =>
          sentence.tokens
            .slice(s.tokenStart, s.tokenEnd)
            .map((t) => t.text)
            .join(' '),
        ),
      ).toEqual(expected);
    });
});

/** Rule knowledge plus a stand-in model that labels every occurrence of `words` (and nothing else). */
function withModel(words?: string, label?: NerSpan['label'], confidence = 0.95): Knowledge {
  const base = loadKnowledge('es', { ner: false });
  const seq = words?.split(' ') ?? [];
  return {
    ...base,
    ner: (sentences) =>
      sentences.map((tokens) =>
        tokens.flatMap((_, i) =>
          label && seq.length > 0 && seq.every((w, k) => tokens[i + k] === w)
            ? [{ start: i, end: i + seq.length, label, confidence }]
            : [],
        ),
      ),
  };
}

/** The entities of an article made of a headline and `body` (the headline's own entity left out). */
function entitiesOf(body: string, k: Knowledge) {
  const x = extractArticle(
    finalizeArticle({ source: 't', text: `Titular\n\n${body}`, format: 'txt' }),
    k,
  );
  return x.entities.filter((e) => e.name !== 'Titular');
}

function typed(body: string, k: Knowledge): string[] {
  return entitiesOf(body, k).map((e) => `${e.type}:${e.name}`);
}

describe('nameEvidenceOnce: a town name repeated is one piece of evidence, each context is another', () => {
  // Four mentions of a city's name, one of them after an organisation cue: the cue (0.85) outweighs the
  // gazetteer's word (0.8), which the other three mentions only repeat.
  it('a body named like a city, with one cue among bare mentions, is an Organization', () =>
    expect(
      typed(
        'El partido Valencia presentó ayer su programa. Valencia pidió calma. Después, Valencia ' +
          'anunció un acuerdo. Valencia votará el lunes.',
        withModel(),
      ),
    ).toContain('Organization:Valencia'));
  it('the same bare mentions without the cue stay the city', () =>
    expect(
      typed(
        'Valencia presentó ayer su programa. Valencia pidió calma. Después, Valencia anunció un ' +
          'acuerdo. Valencia votará el lunes.',
        withModel(),
      ),
    ).toContain('City:Valencia'));
});

describe('modelOverGazetteer: a confident ORG/PER label outweighs a town of the same name', () => {
  const cases: { body: string; model?: [string, NerSpan['label'], number]; expected: string }[] = [
    { body: 'El Valencia ganó ayer por dos goles.', expected: 'City:Valencia' },
    {
      body: 'El Valencia ganó ayer por dos goles.',
      model: ['Valencia', 'ORG', 0.95],
      expected: 'Organization:Valencia',
    },
    {
      body: 'El Valencia ganó ayer por dos goles.',
      model: ['Valencia', 'ORG', 0.85],
      expected: 'Organization:Valencia',
    },
    {
      body: 'El Valencia ganó ayer por dos goles.',
      model: ['Valencia', 'ORG', 0.7],
      expected: 'City:Valencia',
    },
    // Countries keep the gazetteer's type: a country acting as its government is still the country.
    {
      body: 'Chile anunció ayer nuevas medidas.',
      model: ['Chile', 'ORG', 0.97],
      expected: 'Country:Chile',
    },
  ];
  for (const { body, model, expected } of cases)
    it(`${body} ${model ? model.join(' ') : '(model silent)'} → ${expected}`, () =>
      expect(typed(body, model ? withModel(...model) : withModel())).toContain(expected));
});

describe('bareCommonWord: a lone capitalised common noun with no other evidence is no name', () => {
  const cases: { body: string; model?: [string, NerSpan['label'], number]; expected: string[] }[] =
    [
      { body: 'Precio final: diez euros por persona.', expected: [] },
      { body: 'Comentario del autor sobre la obra.', expected: [] },
      { body: 'La cifra salió en Volumen dos del anuario.', expected: [] },
      {
        body: 'La cifra salió en Volumen dos del anuario.',
        model: ['Volumen', 'MISC', 0.8],
        expected: ['Other:Volumen'],
      },
      // Not a common word: a rare capitalised word stays a (weak) name.
      { body: 'Ayer llegó Zumbrel a la reunión.', expected: ['Other:Zumbrel'] },
    ];
  for (const { body, model, expected } of cases)
    it(`${body} ${model ? model.join(' ') : '(model silent)'}`, () =>
      expect(typed(body, model ? withModel(...model) : withModel())).toEqual(expected));
});

describe('isBlend: a short name blended from the beginnings of a longer name joins it', () => {
  const cases: [string, string, boolean][] = [
    ['conagua', 'comision nacional del agua', true],
    ['sectur', 'secretaria de turismo', true],
    ['pemex', 'petroleos mexicanos', true],
    ['bdem', 'banco de mexico', false], // four letters: too short to tell
    ['turismo', 'secretaria de turismo', false], // one word's beginning alone is no blend
    ['comex', 'comision nacional del agua', false],
    ['nacional', 'comision nacional del agua', false],
  ];
  for (const [short, long, expected] of cases)
    it(`${short} ~ ${long}: ${expected}`, () =>
      expect(isBlend(short, long.split(' '), packFor('es').coref.acronymSkips)).toBe(expected));

  it('joins the blend to the organisation in an article', () => {
    const found = typed(
      'La Comisión Nacional del Riego (Conariego) informó ayer. Según Conariego, el nivel bajó.',
      withModel(),
    );
    expect(found).toEqual(['Organization:Comisión Nacional del Riego']);
  });
});

describe('bracketed acronym: an acronym in brackets right after a name is its short form', () => {
  it('joins an acronym whose letters are the initials in another order to the name before it', () => {
    const found = typed(
      'La Oficina de Control de Drogas (DCO) abrió una sede. La DCO contratará a cien agentes.',
      withModel(),
    );
    expect(found).toEqual(['Organization:Oficina de Control de Drogas']);
  });

  it('does not join an acronym with a letter that no word of the name starts with', () => {
    const found = typed(
      'La Oficina de Control de Drogas (DEX) abrió una sede. La DEX contratará a cien agentes.',
      withModel(),
    );
    expect(found).toEqual(
      expect.arrayContaining(['Organization:Oficina de Control de Drogas', 'Organization:DEX']),
    );
  });

  it('keeps a bracketed acronym after a person apart: there it is an affiliation', () => {
    const found = typed(
      'El diputado Mario Quintanar (PRQ) votó en contra. El PRQ lo respaldó.',
      withModel(),
    );
    expect(found).toEqual(expect.arrayContaining(['Person:Mario Quintanar', 'Organization:PRQ']));
  });
});

describe('a capitalised cue ends another name: it types nothing after it', () => {
  /** Rule knowledge plus a stand-in model labelling each phrase of `spans`. */
  const modelOf = (spans: [string, NerSpan['label']][]): Knowledge => ({
    ...loadKnowledge('es', { ner: false }),
    ner: (sentences) =>
      sentences.map((tokens) =>
        spans.flatMap(([words, label]) => {
          const seq = words.split(' ');
          const i = tokens.findIndex((_, k) => seq.every((w, j) => tokens[k + j] === w));
          return i < 0 ? [] : [{ start: i, end: i + seq.length, label, confidence: 0.95 }];
        }),
      ),
  });

  it('"… del Departamento de Estado Karen Whitfield": the person is not typed by "Estado"', () =>
    expect(
      typed(
        'La portavoz del Departamento de Estado Karen Whitfield dijo que no.',
        modelOf([
          ['Departamento de Estado', 'ORG'],
          ['Karen Whitfield', 'PER'],
        ]),
      ),
    ).toEqual(
      expect.arrayContaining(['Organization:Departamento de Estado', 'Person:Karen Whitfield']),
    ));

  it('a lower-case cue still types the name after it', () =>
    expect(typed('Viajó al estado de Zulmira la semana pasada.', withModel())).toContain(
      'Region:Zulmira',
    ));
});

describe('an organisation named by the first words of its full name joins it', () => {
  it('"Secretaría de Pesca" → "Secretaría de Pesca y Acuacultura"', () =>
    expect(
      typed(
        'La Secretaría de Pesca y Acuacultura publicó el informe. Según la Secretaría de Pesca, la captura bajó.',
        withModel(),
      ),
    ).toEqual(['Organization:Secretaría de Pesca y Acuacultura']));
});

describe('a run the gazetteer knows whole stays one name when the model cuts it in pieces', () => {
  it('"Corea del Norte" tagged "Corea" + "Norte" by the model is still the country', () => {
    const k: Knowledge = {
      ...loadKnowledge('es', { ner: false }),
      ner: (sentences) =>
        sentences.map((tokens) =>
          tokens.flatMap((t, i) =>
            t === 'Corea' || t === 'Norte'
              ? [{ start: i, end: i + 1, label: 'ORG' as const, confidence: 0.7 }]
              : [],
          ),
        ),
    };
    expect(typed('Rusia y Corea del Norte firmaron un pacto.', k)).toEqual(
      expect.arrayContaining(['Country:Corea del Norte', 'Country:Rusia']),
    );
  });
});

/** Rule knowledge plus a stand-in model labelling each phrase of `spans` with its label and confidence. */
function withSpans(spans: [string, NerSpan['label'], number][]): Knowledge {
  return {
    ...loadKnowledge('es', { ner: false }),
    ner: (sentences) =>
      sentences.map((tokens) =>
        spans.flatMap(([words, label, confidence]) => {
          const seq = words.split(' ');
          return tokens.flatMap((_, i) =>
            seq.every((w, k) => tokens[i + k] === w)
              ? [{ start: i, end: i + seq.length, label, confidence }]
              : [],
          );
        }),
      ),
  };
}

describe('modelSpanOverRuns: a confident model span over runs and the words between them is one name', () => {
  it('"Consejo por la Democracia Andina" read whole by the model stays whole', () =>
    expect(
      typed(
        'Ayer el Consejo por la Democracia Andina convocó una marcha.',
        withSpans([['Consejo por la Democracia Andina', 'ORG', 0.9]]),
      ),
    ).toEqual(['Organization:Consejo por la Democracia Andina']));

  it('a sentence-initial word orthography leaves out joins the name ("Nueva Zelanda")', () =>
    expect(
      typed('Nueva Zelanda firmó el acuerdo.', withSpans([['Nueva Zelanda', 'LOC', 0.9]])),
    ).toEqual(['Country:Nueva Zelanda']));

  it('an unsure model span does not join the runs', () =>
    expect(
      typed(
        'Ayer el Consejo por la Democracia Andina convocó una marcha.',
        withSpans([['Consejo por la Democracia Andina', 'ORG', 0.5]]),
      ),
    ).not.toContain('Organization:Consejo por la Democracia Andina'));
});

describe('capsHeadline: a run with a common word in capitals keeps only the model names in it', () => {
  it('"ACUERDO FIRMADO EN Lima": the headline words are no name, the city is', () =>
    expect(
      typed('ACUERDO FIRMADO EN Lima tras la reunión.', withSpans([['Lima', 'LOC', 0.9]])),
    ).toEqual(['City:Lima']));

  it('without a model name inside, nothing of the run is kept', () =>
    expect(typed('ACUERDO FIRMADO EN Lima tras la reunión.', withSpans([]))).toEqual([]));

  it('acronyms in capitals are not headline words', () =>
    expect(typed('La ONU y la OTAN firmaron.', withSpans([]))).toEqual(
      expect.arrayContaining(['Organization:ONU', 'Organization:OTAN']),
    ));
});

describe('codes: capitals run together with a number of three digits or more are a code, not initials', () => {
  it('"XK2040" is Other', () =>
    expect(typed('El avión XK2040 aterrizó en la pista.', withSpans([]))).toEqual([
      'Other:XK2040',
    ]));
  it('an acronym without digits is still an organisation', () =>
    expect(typed('El avión de la XKT aterrizó en la pista.', withSpans([]))).toEqual([
      'Organization:XKT',
    ]));
});

describe('ambiguousHeads: "Liga" names a body as often as a competition, so it types nothing', () => {
  it('the model reads a competition: Other', () =>
    expect(
      typed('La Liga de Maestros arrancó ayer.', withSpans([['Liga de Maestros', 'MISC', 0.95]])),
    ).toEqual(['Other:Liga de Maestros']));
  it('the model reads a body: Organization', () =>
    expect(
      typed('La Liga de Maestros protestó ayer.', withSpans([['Liga de Maestros', 'ORG', 0.95]])),
    ).toEqual(['Organization:Liga de Maestros']));
  it('another organisation head still types the name against the model', () =>
    expect(
      typed(
        'La Comisión de Maestros protestó ayer.',
        withSpans([['Comisión de Maestros', 'MISC', 0.95]]),
      ),
    ).toEqual(['Organization:Comisión de Maestros']));
});

describe('typing by shape only where the model gave no label', () => {
  it('an unknown place the model labels LOC is not a person by its two capitals', () =>
    expect(
      typed('Los turistas visitaron Punta Brava ayer.', withSpans([['Punta Brava', 'LOC', 0.9]])),
    ).toEqual(['Place:Punta Brava']));
  it('with the model silent, shape still types it', () =>
    expect(typed('Los turistas visitaron Punta Brava ayer.', withSpans([]))).toEqual([
      'Person:Punta Brava',
    ]));
});

describe('no plural-common-head rule: "Juegos …" is what the model reads', () => {
  it('the model reads an event: Other', () =>
    expect(
      typed('Los Juegos Serranos comenzaron ayer.', withSpans([['Juegos Serranos', 'MISC', 0.9]])),
    ).toEqual(['Other:Juegos Serranos']));
});

describe('no building rule: a building name the model reads as its occupant keeps the model type', () => {
  it('"Casa Azulada" labelled ORG by the model is an organisation', () =>
    expect(
      typed(
        'La Casa Azulada anunció ayer nuevas medidas.',
        withSpans([['Casa Azulada', 'ORG', 0.95]]),
      ),
    ).toEqual(['Organization:Casa Azulada']));
});

describe('roleYields: a title types a name as a person unless the model is sure it is not one', () => {
  it('"el director X" with X a confident model ORG stays an organisation', () =>
    expect(
      typed(
        'Lo anunció el director Marea Alta en la rueda de prensa.',
        withSpans([['Marea Alta', 'ORG', 0.95]]),
      ),
    ).toContain('Organization:Marea Alta'));
  it('an unsure model label yields to the title', () =>
    expect(
      typed(
        'Lo anunció el director Marea Alta en la rueda de prensa.',
        withSpans([['Marea Alta', 'ORG', 0.6]]),
      ),
    ).toContain('Person:Marea Alta'));
});

describe('listYields: list members keep a confident model label against the list cue', () => {
  it('"ciudades como A, B y C": a member the model is sure is an organisation stays one', () => {
    const found = typed(
      'Visitó ciudades como Vértice, Nóvax y Farol durante la gira.',
      withSpans([['Nóvax', 'ORG', 0.95]]),
    );
    expect(found).toContain('Organization:Nóvax');
    expect(found).toContain('City:Vértice');
  });
});

describe('modelOverInitial: a confident model label vouches for a lone word after a bracket', () => {
  it('"Ana Ruiz ( Nóvax )": the affiliation is kept', () =>
    expect(
      typed(
        'Lo confirmó Ana Ruiz ( Nóvax ) en la asamblea.',
        withSpans([
          ['Ana Ruiz', 'PER', 0.95],
          ['Nóvax', 'ORG', 0.9],
        ]),
      ),
    ).toContain('Organization:Nóvax'));
  it('an unsure label does not', () =>
    expect(
      typed(
        'Lo confirmó Ana Ruiz ( Nóvax ) en la asamblea.',
        withSpans([
          ['Ana Ruiz', 'PER', 0.95],
          ['Nóvax', 'ORG', 0.6],
        ]),
      ),
    ).not.toContain('Organization:Nóvax'));
});

describe('articleLedWhole: "A de <place>" led by an article is one name (a medium\'s title)', () => {
  it('"El Heraldo de Lima" stays whole', () =>
    expect(shaped('Lo publicó El Heraldo de Lima ayer.', 'El Heraldo de Lima')).toEqual([
      'El Heraldo de Lima',
    ]));
  it('without the article, the place still splits off', () =>
    expect(shaped('Lo publicó Heraldo de Lima ayer.', 'Heraldo de Lima')).toEqual([
      'Heraldo',
      'Lima',
    ]));
});

describe('cueBeforeRun: a run right after an organisation cue noun is one name, whatever the model splits', () => {
  // The model reads the coalition's name as a country and an organisation.
  const pieces = withSpans([
    ['Chile', 'LOC', 0.9],
    ['Frente', 'ORG', 0.9],
  ]);
  it('"la coalición Por Chile al Frente" stays whole', () =>
    expect(typed('Ayer la coalición Por Chile al Frente presentó su programa.', pieces)).toEqual([
      'Organization:Por Chile al Frente',
    ]));
  it('without the cue noun the model pieces win', () =>
    expect(typed('Ayer Por Chile al Frente presentó su programa.', pieces)).toEqual(
      expect.arrayContaining(['Country:Chile']),
    ));
  it('a capitalised cue opens a name of its own, not this rule ("la Coalición …" is the run itself)', () =>
    expect(typed('Ayer la Coalición Por Chile al Frente presentó su programa.', pieces)).toEqual([
      'Organization:Coalición Por Chile al Frente',
    ]));
});

describe('territoryNeedsPlace: "Departamento de X" is a territory only when X is more than a small town', () => {
  it('"Departamento de Justicia" is a body (a small town of the gazetteer is called Justicia)', () =>
    expect(typed('El lunes el Departamento de Justicia presentó cargos.', withSpans([]))).toEqual([
      'Organization:Departamento de Justicia',
    ]));
  it('"Departamento de Antioquia" is still a territory', () =>
    expect(typed('El Departamento de Antioquia votó ayer.', withSpans([]))).not.toContain(
      'Organization:Departamento de Antioquia',
    ));
});

describe('cueOverQuote and quoted model spans: a cue reaches a quoted name; the quotes stay out of it', () => {
  // The model tags CoNLL-style, with the quotation marks inside the chunk.
  const quotedModel = withSpans([['" Reforma "', 'ORG', 0.9]]);
  it('\'el diario mexicano "Reforma"\' is the newspaper, named without its marks', () =>
    expect(
      typed(
        'Según publica hoy el diario mexicano "Reforma", el vicepresidente habló.',
        quotedModel,
      ),
    ).toEqual(expect.arrayContaining(['Organization:Reforma'])));
  it('a model span never ends on a quotation mark', () =>
    expect(
      typed('Según publica hoy el "Reforma", el vicepresidente habló.', quotedModel).filter((e) =>
        e.includes('Reforma'),
      ),
    ).toEqual([expect.stringMatching(/:Reforma$/)]));
});

describe('headOverPlaceCue: a place cue further left does not make an institution a place', () => {
  it('"un departamento de investigación de la Universidad de Pensilvania" names a university', () =>
    expect(
      typed(
        'Un departamento de investigación de la Universidad de Pensilvania publicó el informe.',
        withSpans([]),
      ),
    ).toEqual(['Organization:Universidad de Pensilvania']));
});

describe('Roman numerals: only well-formed ones are numerals, other runs of their letters are acronyms', () => {
  it('isRomanNumeral', () => {
    expect(['XXI', 'IV', 'III', 'MCM', 'XL'].filter(isRomanNumeral)).toEqual([
      'XXI',
      'IV',
      'III',
      'MCM',
      'XL',
    ]);
    expect(['CVM', 'VM', 'IIII', 'MCVM', ''].filter(isRomanNumeral)).toEqual([]);
  });
  it('"la CVM" is an organisation and "Carlos III" keeps its numeral', () =>
    expect(
      typed('Después la CVM habló con el rey Carlos III.', withSpans([['CVM', 'ORG', 0.95]])),
    ).toEqual(expect.arrayContaining(['Organization:CVM', 'Person:Carlos III'])));
});

describe('yearAfterEvent and ordinalOpensName: an event dated by its year; an ordinal opens a name', () => {
  it('"el Mundial 2002" is one event', () =>
    expect(typed('Perú jugará la fase clasificatoria del Mundial 2002.', withSpans([]))).toEqual(
      expect.arrayContaining(['Event:Mundial 2002']),
    ));
  it('"en Santander la XIII Cumbre" is a city and an event, not one name', () =>
    expect(
      typed('Ayer concluyó en Santander la XIII Cumbre hispano-francesa.', withSpans([])),
    ).toEqual(expect.arrayContaining(['City:Santander', 'Event:XIII Cumbre'])));
});

describe('cueNotName: the cue noun of a list is a lower-case word, never the end of a name', () => {
  it('"Jurado Nacional de Elecciones (JNE)" is a body: "Elecciones" announces no list of events', () =>
    expect(
      typed(
        'Las decisiones del Jurado Nacional de Elecciones (JNE) deben ser respetadas.',
        withSpans([['Jurado Nacional de Elecciones', 'ORG', 0.9]]),
      ),
    ).toEqual(['Organization:Jurado Nacional de Elecciones']));
  // The list cue itself ("las tres organizaciones (A, B y C)") is tested in mentions.test.ts.
});

describe('institutionNotPerson and a cue before a quoted capital', () => {
  it('"la Policía Foral, el presidente …": a role after the comma does not make a body a person', () =>
    expect(
      typed('Acompañado por la Policía Foral, el presidente se fue a casa.', withSpans([])),
    ).toEqual(['Organization:Policía Foral']));
  it('\'el diario mexicano "Reforma".\': the cue vouches for a capital after a quote', () =>
    expect(
      typed(
        'Lo publica hoy el diario mexicano " Reforma " .',
        withSpans([['" Reforma "', 'ORG', 0.7]]),
      ),
    ).toEqual(expect.arrayContaining(['Organization:Reforma'])));
});

describe('knownPlaceWhole: a sentence-initial common word stays in a run the gazetteer knows whole', () => {
  it('"Estados Unidos" opening a sentence is the country, not "Unidos"', () =>
    expect(
      typed('Estados Unidos ha retirado la invitación. Reino Unido votó en contra.', withSpans([])),
    ).toEqual(expect.arrayContaining(['Country:Estados Unidos', 'Country:Reino Unido'])));
});

describe('sentenceCaseNotName: a determiner and a lower-case word opening a sentence make no name', () => {
  it('"El mandatario dijo …" is a role phrase, not a person', () =>
    expect(
      typed(
        'Ana Ruiz llegó ayer a Lima. El mandatario dijo que la reunión fue buena.',
        withSpans([
          ['Ana Ruiz', 'PER', 0.95],
          ['El mandatario', 'PER', 0.9],
        ]),
      ),
    ).toEqual(['Person:Ana Ruiz', 'City:Lima']));
  it('"El presidente de la CNDH dijo …" is a description; the acronym in it stays a name of its own', () =>
    expect(
      typed(
        'El presidente de la CNDH dijo que no.',
        withSpans([['El presidente de la CNDH', 'PER', 0.9]]),
      ),
    ).toEqual(['Organization:CNDH']));
  it('a surname with particles ("De la Calle explicó …") and a title of a work stay names', () =>
    expect(
      typed(
        'De la Calle explicó el plan. El complot mongol se estrenó ayer.',
        withSpans([
          ['De la Calle', 'PER', 0.9],
          ['El complot mongol', 'MISC', 0.9],
        ]),
      ),
    ).toEqual(expect.arrayContaining(['Person:De la Calle', 'Other:El complot mongol'])));
  it('a span with a capitalised word after the first stays a name ("La Moncloa", "El Salvador")', () =>
    expect(
      typed(
        'La Moncloa guarda silencio. El Salvador votó en contra.',
        withSpans([
          ['La Moncloa', 'LOC', 0.9],
          ['El Salvador', 'LOC', 0.9],
        ]),
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/Moncloa$/), 'Country:El Salvador'])));
});

describe('cueAcrossModifier: a cue noun with its own "de" modifier still types the name after it', () => {
  it('"la empresa de seguridad informática X" is a company, though the model reads a place', () =>
    expect(
      typed(
        'Trabajó para la empresa de seguridad informática Borealis Quant durante años.',
        withSpans([['Borealis Quant', 'LOC', 0.7]]),
      ),
    ).toEqual(['Organization:Borealis Quant']));
  it('"la empresa de X" still names the owner, not the company', () =>
    expect(
      typed('Trabajó en la empresa de Ana Ruiz.', withSpans([['Ana Ruiz', 'PER', 0.9]])),
    ).toEqual(['Person:Ana Ruiz']));
});

describe('listPlaces: a name every other member of a list of places shares a type with is that place', () => {
  const spans = withSpans([
    ['Burgos', 'LOC', 0.9],
    ['Soria', 'LOC', 0.9],
    ['León', 'PER', 0.95],
    ['Palencia', 'LOC', 0.9],
  ]);
  it('"Burgos, Soria, León y Palencia": the person-like name is a city among cities', () =>
    expect(typed('Los municipios en disputa son Burgos, Soria, León y Palencia.', spans)).toEqual(
      expect.arrayContaining(['City:León']),
    ));
  it('two places decide too ("Burgos y León"), a person among them does not ("Ana Ruiz y León")', () => {
    expect(typed('Los municipios en disputa son Burgos y León.', spans)).toEqual(
      expect.arrayContaining(['City:León']),
    );
    expect(typed('Llegaron Ana Ruiz y León.', withSpans([['León', 'PER', 0.95]]))).toEqual(
      expect.arrayContaining(['Person:León']),
    );
  });
});

describe('pluralCues and cueInitial: "los partidos X (ACR)" types X and spells the cue in the acronym', () => {
  it('"los partidos Aurora Cívica (PAC) y …": an organisation whose acronym joins it', () => {
    const entities = entitiesOf(
      'Votaron los partidos Aurora Cívica (PAC) y Nueva Fuerza. El PAC celebró.',
      withSpans([['Aurora Cívica', 'MISC', 0.7]]),
    );
    const party = entities.find((e) => e.name === 'Aurora Cívica');
    expect(party?.type).toBe('Organization');
    expect(party?.mentions.map((m) => m.text)).toEqual(['Aurora Cívica', 'PAC', 'PAC']);
    expect(entities.filter((e) => e.name === 'PAC')).toEqual([]);
  });
});

describe('handles: a social-media handle is a name of its own, joined to the person it spells', () => {
  const article = (body: string) => entitiesOf(body, withSpans([]));
  it('"@usuario_9 Gracias …": the handle alone, lower-case or not, even in brackets', () =>
    expect(
      article('Escribió @Juana_Mx Gracias por todo. Respondió @pepeluis85 (@otro_usuario) ayer.')
        .map((e) => `${e.type}:${e.name}`)
        .sort(),
    ).toEqual(['Person:@Juana_Mx', 'Person:@otro_usuario', 'Person:@pepeluis85']));
  it('"Ana Ruiz Prado (@anaruizprado_)" and "@AnaRuizG": the person\'s accounts', () => {
    const people = article(
      'Ana Ruiz Prado (@anaruizprado_) habló. Luego @AnaRuizG lo repitió y @RuizPeña no.',
    );
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Ana Ruiz Prado', ['Ana Ruiz Prado', '@anaruizprado_', '@AnaRuizG']],
      ['@RuizPeña', ['@RuizPeña']],
    ]);
  });
});

describe('event heads "día", "paro", "aniversario", and initialEventNoun', () => {
  it('"el Día Nacional de Chile", "el Paro Nacional" are events; "Día tras día" opens no name', () =>
    expect(
      typed(
        'El Día Nacional de Chile se celebró. El Paro Nacional siguió. Día tras día, nada.',
        withSpans([]),
      ),
    ).toEqual(['Event:Día Nacional de Chile', 'Event:Paro Nacional']));
});

describe('bracketedBlends and unsaidClassInitial: what a bracket after a body name may spell', () => {
  const groups = (body: string) =>
    entitiesOf(
      body,
      withSpans([
        ['Vía Verde', 'ORG', 0.9],
        ['Nueva Aurora', 'ORG', 0.9],
        ['Solidaridad Rioplatense Alternativa', 'ORG', 0.9],
        ['Soria', 'ORG', 0.9],
      ]),
    ).map((e) => e.mentions.map((m) => m.text).join(' | '));
  it('a blend of the word beginnings, even one named like a town ("Solidaridad Rioplatense Alternativa (Soria)")', () =>
    expect(groups('Habló ayer Solidaridad Rioplatense Alternativa (Soria).')).toEqual([
      'Solidaridad Rioplatense Alternativa | Soria',
    ]));
  it('an acronym whose first letter is a class noun the text leaves out ("Vía Verde (PVV)"); only the first', () =>
    expect(groups('Ganaron Vía Verde (PVV) y Nueva Aurora (NAB).')).toEqual([
      'Vía Verde | PVV',
      'Nueva Aurora',
      'NAB',
    ]));
});

describe('expansionAfterAcronym and acronymNotTown', () => {
  it('"los PAV (Puestos de Apoyo Vecinal)": the expansion is whole and joins its acronym', () => {
    const entities = entitiesOf(
      'La protesta tomó a los PAV (Puestos de Apoyo Vecinal) como símbolo.',
      withSpans([]),
    );
    expect(entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Puestos de Apoyo Vecinal', ['PAV', 'Puestos de Apoyo Vecinal']],
    ]);
  });
  it('initials that spell a town\'s name ("LIMA" for a programme) are no town; a capital short form a town has is', () =>
    expect(typed('Los resultados de LIMA fueron malos en la CDMX.', withSpans([]))).toEqual([
      'Organization:LIMA',
      'City:CDMX',
    ]));
});

describe('listExpansion: a bracketed list spelling the acronym before it holds no names', () => {
  it('"las personas ABC (Artistas, Bailarines y Cantantes)": no name in the bracket, even the model\'s', () =>
    expect(
      typed(
        'Las personas ABC (Artistas, Bailarines y Cantantes) marcharon ayer con Ana Ruiz.',
        withSpans([
          ['Bailarines', 'ORG', 0.9],
          ['Cantantes', 'PER', 0.9],
        ]),
      ).filter((e) => !e.endsWith(':ABC')),
    ).toEqual(['Person:Ana Ruiz']));
});

describe('company nouns head organisation names', () => {
  it('"el Hotel Miramar", "la Constructora Andina" are organisations, whatever the model read', () =>
    expect(
      typed(
        'Trabajó en el Hotel Miramar y luego en la Constructora Andina.',
        withSpans([
          ['Hotel Miramar', 'PER', 0.7],
          ['Constructora Andina', 'LOC', 0.7],
        ]),
      ),
    ).toEqual(['Organization:Hotel Miramar', 'Organization:Constructora Andina']));
});

describe('a closing medium word outweighs the head noun', () => {
  it('"Cumbre TV" is a channel, not a summit; "Ágora Noticias" a medium', () =>
    expect(typed('Lo dijo en Cumbre TV y lo repitió Ágora Noticias.', withSpans([]))).toEqual([
      'Organization:Cumbre TV',
      'Organization:Ágora Noticias',
    ]));
});

describe('cue words "istmo" (a region) and "sistema" (a body)', () => {
  it('"el Istmo de Varela" is a region, "el Sistema Nacional de Becas" a body', () =>
    expect(
      typed(
        'El Istmo de Varela recibirá fondos del Sistema Nacional de Becas.',
        withSpans([
          ['Istmo de Varela', 'MISC', 0.7],
          ['Sistema Nacional de Becas', 'MISC', 0.7],
        ]),
      ),
    ).toEqual(
      expect.arrayContaining(['Region:Istmo de Varela', 'Organization:Sistema Nacional de Becas']),
    ));
});

describe('classNominals: "el país", "la ciudad" refer back to the last place of their type', () => {
  const mentionsOf = (body: string): string[][] =>
    entitiesOf(body, withSpans([]))
      .filter((e) => e.type === 'Country' || e.type === 'City')
      .map((e) => [e.name, ...e.mentions.map((m) => m.text)]);
  it('"del país" joins the country named before; "la ciudad de X" introduces X', () =>
    expect(
      mentionsOf(
        'Ana Ruiz llegó a Chile y luego a Perú. El presidente del país, Juan Soto, dijo que la ciudad de Lima es bella. La ciudad creció.',
      ),
    ).toEqual([
      ['Chile', 'Chile'],
      ['Perú', 'Perú', 'país'],
      ['Lima', 'Lima', 'La ciudad'],
    ]));
  it('with no place of its type named before, the nominal is dropped', () =>
    expect(mentionsOf('El país está tranquilo. Ana Ruiz vive en Chile.')).toEqual([
      ['Chile', 'Chile'],
    ]));
});
