import { describe, expect, it } from 'vitest';
import { finalizeArticle } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/nlp/index.js';
import { loadKnowledge } from '../../src/nlp/resources.js';
import { sentencesFromTokens, splitSentences, tokenize } from '../../src/nlp/segment/index.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps dotted acronyms, abbreviations, grouped numbers and hyphenated names together', () => {
    expect(
      words('El Sr. García llegó a EE.UU. con 30.000 soldados, 1,5 millones y COVID-19 el 11-M.'),
    ).toEqual([
      'El',
      'Sr.',
      'García',
      'llegó',
      'a',
      'EE.UU.',
      'con',
      '30.000',
      'soldados',
      ',',
      '1,5',
      'millones',
      'y',
      'COVID-19',
      'el',
      '11-M',
      '.',
    ]);
  });

  it('keeps a corpus mask for a number or address as one token that is no name', () => {
    expect(words('El *NUMBER* de junio visitó *URL* con Ana.')).toEqual([
      'El',
      '*NUMBER*',
      'de',
      'junio',
      'visitó',
      '*URL*',
      'con',
      'Ana',
      '.',
    ]);
  });

  it("splits the English possessive 's off its word, keeping offsets", () => {
    expect(words("Turkey's minister and the IOC’s head met O'Neill.")).toEqual([
      'Turkey',
      "'s",
      'minister',
      'and',
      'the',
      'IOC',
      '’s',
      'head',
      'met',
      "O'Neill",
      '.',
    ]);
    const [turkey, s] = tokenize("Turkey's");
    expect([turkey!.start, turkey!.end, s!.start, s!.end]).toEqual([0, 6, 6, 8]);
  });

  it('splits curly and angle quotes and keeps the ellipsis whole', () => {
    expect(words('«Hola», dijo “Kim”... fin')).toEqual([
      '«',
      'Hola',
      '»',
      ',',
      'dijo',
      '“',
      'Kim',
      '”',
      '...',
      'fin',
    ]);
  });

  it('gives offsets that slice back to each token', () => {
    const text = 'Según la agencia rusa TASS, el 90% votó.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations or inside numbers', () => {
    const s = splitSentences('El Dr. Pérez visitó EE.UU. en 2024. Llegaron 30.000 personas.');
    expect(s.map((x) => x.text)).toEqual([
      'El Dr. Pérez visitó EE.UU. en 2024.',
      'Llegaron 30.000 personas.',
    ]);
  });

  it('keeps closing quotes with their sentence, both before and after the period', () => {
    const s = splitSentences('Dijo: “cuenta con usted”. Luego se fue. “Es mejor así.” Fin.');
    expect(s.map((x) => x.text)).toEqual([
      'Dijo: “cuenta con usted”.',
      'Luego se fue.',
      '“Es mejor así.”',
      'Fin.',
    ]);
  });

  it('ends a sentence at every line break (headlines, datelines) and indexes them in order', () => {
    const text =
      'Titular sin punto\n\nMADRID, 23 may (EFE).- El Gobierno aprobó la ley. Otra frase.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'Titular sin punto',
      'MADRID, 23 may (EFE).-',
      'El Gobierno aprobó la ley.',
      'Otra frase.',
    ]);
    s.forEach((x, i) => {
      expect(x.index).toBe(i);
      expect(text.slice(x.start, x.end)).toBe(x.text);
    });
  });

  it('does not split before a lowercase continuation', () => {
    expect(splitSentences('Vino con la Sra. ministra y el gral. jefe.').length).toBe(1);
  });
});

describe('sentencesFromTokens and extractArticle with given sentences', () => {
  // CoNLL-2002 writes "y" as "." inside some names: trama's splitter would end a sentence there.
  const text = 'Titular\n\nEl secretario de Ciencia. Tecnología habló ayer .';
  const spans = (words: string[], from: number): { start: number; end: number }[] => {
    let at = from;
    return words.map((w) => {
      const start = text.indexOf(w, at);
      at = start + w.length;
      return { start, end: at };
    });
  };
  const given = sentencesFromTokens(text, [
    spans(['Titular'], 0),
    spans(['El', 'secretario', 'de', 'Ciencia.', 'Tecnología', 'habló', 'ayer', '.'], 9),
  ]);

  it('keeps the given sentences and tokens, with offsets, lower case and indices', () => {
    expect(given.map((s) => s.tokens.map((t) => t.text))).toEqual([
      ['Titular'],
      ['El', 'secretario', 'de', 'Ciencia.', 'Tecnología', 'habló', 'ayer', '.'],
    ]);
    expect(given[1]!.text).toBe('El secretario de Ciencia. Tecnología habló ayer .');
    expect(given[1]!.lower[3]).toBe('ciencia.');
    expect(given.map((s) => s.index)).toEqual([0, 1]);
    expect(splitSentences(text)).toHaveLength(3);
  });

  it('extractArticle runs its stages on them instead of its own splitter', () => {
    const article = finalizeArticle({ source: 't', text, format: 'txt' });
    const k = loadKnowledge('es', { ner: false });
    expect(extractArticle(article, k, { sentences: given }).sentences).toBe(given);
    expect(extractArticle(article, k).sentences).toHaveLength(3);
  });

  it('refuses a token outside the text', () =>
    expect(() => sentencesFromTokens('abc', [[{ start: 1, end: 9 }]])).toThrow(
      /sentencesFromTokens: token \[1, 9\) is outside the text \(length 3\)/,
    ));
});
