/** What the node codecs (entity, date, quantity) share: the row the writer merges, and the decoded base. */
import type { Mention } from '../../schema/index.js';
import type { KeyLabel } from '../model.js';
import type { Props } from './props.js';

export interface NodeRow {
  key: string;
  /** Key label (Entity, Date, Quantity). */
  keyLabel: KeyLabel;
  /** Extra label: the entity type (Person, Country, ...), or null. */
  typeLabel: string | null;
  /** What `SET n += props` receives (a null removes the property, so it is never stored). */
  props: Props;
}

/** What a node decodes from besides its own properties: its MENTIONED_IN links. */
export interface DecodedLinks {
  mentions: Mention[];
  articles: string[];
}
