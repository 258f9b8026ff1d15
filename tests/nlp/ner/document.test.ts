import { describe, expect, it } from 'vitest';
import { conllDocuments, documentContext } from '../../../src/nlp/ner/document.js';
import { sentenceFeatures, tokenView } from '../../../src/nlp/ner/features.js';
import { emptyResources } from '../../../src/nlp/ner/resources.js';
import { tagConllSentences } from '../../../src/eval/conll/tag-file.js';

const res = emptyResources();
const doc = (sentences: string[][]) =>
  documentContext(sentences.map((s) => s.map((t) => tokenView(t, res))));

describe('documentContext / document features', () => {
  const sentences = [
    'El presidente Andrés Pastrana llegó a Bogotá .'.split(' '),
    'Pastrana dijo que la Paz es posible .'.split(' '),
    'Los negociadores buscan la paz .'.split(' '),
    'PASTRANA VIAJA A MADRID'.split(' '),
  ];
  const ctx = doc(sentences);

  it('counts lower-case and capitalised mid-sentence uses, ignoring sentence starts and headlines', () => {
    expect(ctx.words.get('paz')).toMatchObject({ lowerMid: 1, capMid: 1 });
    expect(ctx.words.get('pastrana')).toMatchObject({
      lowerMid: 0,
      capMid: 1,
      longestRun: 2,
      longestPos: 'E',
      longestFirst: 'andrés',
    });
    expect(ctx.words.get('el')).toMatchObject({ capMid: 0 });
  });

  it('gives a sentence-initial or headline word the evidence from the rest of the article', () => {
    const second = sentenceFeatures(sentences[1]!, res, ctx);
    expect(second[0]).toContain('doc:cap:0');
    expect(second[0]).toContain('doc:longer=E');
    expect(second[0]).toContain('doc:longerFirst=andrés');
    expect(second[4]).toContain('doc:lc');
    const headline = sentenceFeatures(sentences[3]!, res, ctx);
    expect(headline[0]).toContain('doc:cap:0');
    // Its own use does not count: "Bogotá" occurs once, so no doc:cap.
    expect(
      sentenceFeatures(sentences[0]!, res, ctx)[6]!.filter((f) => f.startsWith('doc:')),
    ).toEqual([]);
    // Without a document the features are absent.
    expect(
      sentenceFeatures(sentences[1]!, res).some((f) => f.some((x) => x.startsWith('doc:'))),
    ).toBe(false);
  });
});

describe('conllDocuments', () => {
  it('splits CoNLL-2002 sentences into articles at "… ( AGENCY ) ." datelines followed by "-"', () => {
    const s = [
      'Madrid , 23 may ( EFE ) .',
      '-',
      'Primera noticia .',
      'Sigue .',
      'Lima , 23 may ( EFECOM ) .',
      '-',
      'Segunda .',
      'Un paréntesis ( así ) .',
      'Fin .',
    ].map((x) => x.split(' '));
    expect(conllDocuments(s)).toEqual([
      [0, 4],
      [4, 9],
    ]);
    expect(conllDocuments([['Hola', '.']])).toEqual([[0, 1]]);
  });
});

describe('tagConllSentences', () => {
  it('tags each document together when the tagger can, sentence by sentence otherwise', () => {
    const sentences = [
      { tokens: ['a'], gold: ['O'] },
      { tokens: ['b'], gold: ['O'] },
      { tokens: ['c'], gold: ['O'] },
    ];
    const calls: string[] = [];
    const tagger = {
      tag: (t: readonly string[]) => (calls.push(`s:${t.join()}`), t.map(() => 'O')),
      tagDocument: (d: readonly (readonly string[])[]) => (
        calls.push(`d:${d.map((t) => t.join()).join('|')}`),
        d.map((t) => t.map(() => 'B-PER'))
      ),
    };
    const out = tagConllSentences(sentences, tagger, [
      [0, 2],
      [2, 3],
    ]);
    expect(calls).toEqual(['d:a|b', 'd:c']);
    expect(out.map((s) => s.pred)).toEqual([['B-PER'], ['B-PER'], ['B-PER']]);
    calls.length = 0;
    expect(tagConllSentences(sentences, tagger).map((s) => s.pred)).toEqual([['O'], ['O'], ['O']]);
    expect(calls).toEqual(['s:a', 's:b', 's:c']);
  });
});
