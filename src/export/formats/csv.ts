/**
 * CSV files that `neo4j-admin database import full` accepts: nodes.csv (id, labels, properties,
 * string[] arrays split on ";") and relationships.csv (start, end, type, properties).
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=";" neo4j
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportFormat } from './types.js';

const ARRAY = ';';
const list = (values: readonly string[]): string =>
  values.map((v) => v.replaceAll(ARRAY, ',')).join(ARRAY);

export const csvFormat: ExportFormat = {
  name: 'csv',
  description: 'neo4j-admin import CSV: nodes.csv and relationships.csv in a folder',
  multiFile: true,
  extension: '',
  write: (envelope) => {
    const nodeRows: unknown[][] = [
      [
        'id:ID',
        ':LABEL',
        'name',
        'aliases:string[]',
        'demonyms:string[]',
        'mentionCount:int',
        'articles:string[]',
        'articleId',
        'title',
        'source',
        'language',
        'iso',
        'value:double',
        'unit',
      ],
    ];
    for (const { key, attributes: a } of envelope.graph.nodes) {
      const labels = a.kind === 'entity' ? `Entity${ARRAY}${a.type}` : a.type;
      nodeRows.push([
        key,
        labels,
        a.name,
        a.kind === 'entity' ? list(a.aliases) : '',
        a.kind === 'entity' ? list(a.demonyms) : '',
        a.kind === 'entity' ? a.mentionCount : '',
        a.kind === 'article' ? '' : list(a.articles),
        a.kind === 'article' ? a.articleId : '',
        a.kind === 'article' ? a.title : '',
        a.kind === 'article' ? a.source : '',
        a.kind === 'article' ? a.language : '',
        a.kind === 'date' ? (a.iso ?? '') : '',
        a.kind === 'quantity' ? (a.value ?? '') : '',
        a.kind === 'quantity' ? (a.unit ?? '') : '',
      ]);
    }
    const relRows: unknown[][] = [
      [
        ':START_ID',
        ':END_ID',
        ':TYPE',
        'category',
        'certainty',
        'confidence:double',
        'count:int',
        'articles:string[]',
        'evidence:string[]',
        'dates:string[]',
      ],
    ];
    for (const { source, target, attributes: a } of envelope.graph.edges) {
      relRows.push([
        source,
        target,
        a.predicate,
        a.kind === 'relation' ? a.category : a.kind === 'cooccurrence' ? a.category : '',
        a.kind === 'relation' ? a.certainty : '',
        a.kind === 'relation' ? a.confidence : '',
        a.kind === 'relation' ? a.evidence.length : a.count,
        a.kind === 'mentioned_in' ? '' : list(a.articles),
        a.kind === 'relation' ? list(a.evidence.map((e) => e.text)) : '',
        a.kind === 'relation' ? list(a.dates) : '',
      ]);
    }
    return [
      { name: 'nodes.csv', content: stringify(nodeRows) },
      { name: 'relationships.csv', content: stringify(relRows) },
    ];
  },
};
