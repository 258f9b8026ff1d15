/**
 * The final state of a load (final-state.ts) as the CSV files of one bulk import, with the property
 * columns the codecs declare: one file per node kind and per relationship family.
 */
import {
  ARTICLE_PROPERTIES,
  COOCCURRENCE_PROPERTIES,
  DATE_PROPERTIES,
  ENTITY_PROPERTIES,
  MENTION_PROPERTIES,
  QUANTITY_PROPERTIES,
  RELATION_PROPERTIES,
  type PropertySpec,
} from '../codecs/index.js';
import { ARTICLE_LABEL, CO_OCCURS_WITH, KEY_LABEL, MENTIONED_IN } from '../model.js';
import { ARRAY_DELIMITER, writeCsvFile, type CsvFileSpec, type WrittenCsv } from './csv-files.js';
import type { FinalState } from './final-state.js';

const NODE_ID = 'key:ID(Node)';
const START = ':START_ID(Node)';
const END = ':END_ID(Node)';
const without = (properties: readonly PropertySpec[], name: string) =>
  properties.filter((p) => p.name !== name);

export interface ImportFile extends WrittenCsv {
  /** `--nodes=<label>=<path>` or `--relationships=<type>=<path>`; null when the file names them per row. */
  labelOrType: string | null;
  group: 'nodes' | 'relationships';
}

/** Writes the files into `dir`; files without rows are left out. `ingestedAt` is an ISO date-time. */
export async function writeImportFiles(
  state: FinalState,
  dir: string,
  ingestedAt: string,
): Promise<ImportFile[]> {
  const nodesOf = (label: string) => state.nodes.filter((n) => n.keyLabel === label);
  const keyed = (label: string) =>
    nodesOf(label).map((n) => ({ columns: [n.key], props: n.props }));
  const files: Array<{
    spec: CsvFileSpec;
    labelOrType: string | null;
    group: ImportFile['group'];
  }> = [
    {
      group: 'nodes',
      labelOrType: ARTICLE_LABEL,
      spec: {
        name: 'articles.csv',
        columns: ['id:ID(Article)'],
        properties: without(ARTICLE_PROPERTIES, 'id'),
        rows: state.articles.map((props) => ({
          columns: [String(props.id)],
          props: { ...props, ingestedAt },
        })),
      },
    },
    {
      group: 'nodes',
      labelOrType: null,
      spec: {
        name: 'entities.csv',
        columns: [NODE_ID, ':LABEL'],
        properties: without(ENTITY_PROPERTIES, 'key'),
        rows: nodesOf(KEY_LABEL.entity).map((n) => ({
          columns: [n.key, `${n.keyLabel}${ARRAY_DELIMITER}${n.typeLabel}`],
          props: n.props,
        })),
      },
    },
    {
      group: 'nodes',
      labelOrType: KEY_LABEL.date,
      spec: {
        name: 'dates.csv',
        columns: [NODE_ID],
        properties: without(DATE_PROPERTIES, 'key'),
        rows: keyed(KEY_LABEL.date),
      },
    },
    {
      group: 'nodes',
      labelOrType: KEY_LABEL.quantity,
      spec: {
        name: 'quantities.csv',
        columns: [NODE_ID],
        properties: without(QUANTITY_PROPERTIES, 'key'),
        rows: keyed(KEY_LABEL.quantity),
      },
    },
    {
      group: 'relationships',
      labelOrType: MENTIONED_IN,
      spec: {
        name: 'mentions.csv',
        columns: [START, ':END_ID(Article)'],
        properties: MENTION_PROPERTIES,
        rows: state.mentions.map((m) => ({ columns: [m.source, m.target], props: m.props })),
      },
    },
    {
      group: 'relationships',
      labelOrType: null,
      spec: {
        name: 'relations.csv',
        columns: [START, END, ':TYPE'],
        properties: RELATION_PROPERTIES,
        rows: state.relations
          .filter((r) => r.type !== CO_OCCURS_WITH)
          .map((r) => ({ columns: [r.source, r.target, r.type], props: r.props })),
      },
    },
    {
      group: 'relationships',
      labelOrType: CO_OCCURS_WITH,
      spec: {
        name: 'cooccurrences.csv',
        columns: [START, END],
        properties: COOCCURRENCE_PROPERTIES,
        rows: state.relations
          .filter((r) => r.type === CO_OCCURS_WITH)
          .map((r) => ({ columns: [r.source, r.target], props: r.props })),
      },
    },
  ];
  const written: ImportFile[] = [];
  for (const f of files) {
    const csv = await writeCsvFile(dir, f.spec);
    if (csv.rows > 0) written.push({ ...csv, labelOrType: f.labelOrType, group: f.group });
  }
  return written;
}
