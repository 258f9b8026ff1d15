import type { Article } from '../ingest/index.js';
import type { ArticleRelation } from '../nlp/relations/index.js';
import type { ArticleEntity, Sentence, TextDate, TextQuantity } from '../nlp/types.js';

/** Everything extracted from one article, before it joins the graph. */
export interface ArticleExtraction {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly ArticleEntity[];
  readonly relations: readonly ArticleRelation[];
  readonly dates: readonly TextDate[];
  readonly quantities: readonly TextQuantity[];
}
