import { describe, expect, it } from 'vitest';
import type { ArticleContribution } from '../../src/store/contributions.js';
import { transactionGroups } from '../../src/store/transaction-groups.js';

describe('transactionGroups', () => {
  const article = (id: string, source: string | null, relations: number): ArticleContribution => ({
    articleId: id,
    article:
      source === null ? { id, stub: true, props: {} } : { id, stub: false, props: { source } },
    nodes: [],
    mentions: [],
    relations: Array.from(
      { length: relations },
      () => ({}) as ArticleContribution['relations'][number],
    ),
    cooccurrences: [],
  });

  it('keeps articles whole and in order, within the row and article limits', () => {
    const articles = [
      article('a', 's1', 3),
      article('b', 's2', 3),
      article('c', 's3', 10),
      article('d', 's4', 1),
      article('e', null, 1),
    ];
    const groups = transactionGroups(articles, 6, 10);
    expect(groups.map((g) => g.map((c) => c.articleId))).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(transactionGroups(articles, 1000, 2).map((g) => g.length)).toEqual([2, 2, 1]);
    expect(transactionGroups(articles, 1000, 1).map((g) => g.length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('never puts two versions of the same source in one transaction', () => {
    const groups = transactionGroups(
      [
        article('a', 'same', 1),
        article('b', 'same', 1),
        article('c', null, 1),
        article('d', null, 1),
      ],
      1000,
      100,
    );
    expect(groups.map((g) => g.map((c) => c.articleId))).toEqual([['a'], ['b', 'c', 'd']]);
  });
});
