/** The shape of hand-kept role lexicon entries (general knowledge: titles and role nouns, not people). */
import type { Predicate } from '../../../schema/index.js';
import type { RoleAttachment } from '../types.js';

export interface RoleSpec {
  /**
   * Spanish: a masculine singular inflected by `inflectSpanish`, or an explicit paradigm "m/f/mpl/fpl".
   * English: "singular/plural" or "form" (plural by +s), optionally "m:..."/"f:..." prefixed for gendered forms.
   */
  readonly forms: string;
  readonly predicate: Predicate;
  readonly attachesTo: RoleAttachment;
  readonly abbreviations?: readonly string[];
  /** Portfolios making compounds "<head> <portfolio>" ("ministro de Defensa"). */
  readonly portfolios?: readonly string[];
  /**
   * Where the same title names another office: ISO 3166-1 alpha-2 of the country the role is of →
   * the predicate there ("canciller" is the foreign minister in Latin America, the head of government
   * in Germany and Austria).
   */
  readonly predicateIn?: Readonly<Record<string, Predicate>>;
}
