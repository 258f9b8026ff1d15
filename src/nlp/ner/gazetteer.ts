/**
 * Phrase gazetteers: lists of (lower-cased, normalised) token sequences, each with a label (e.g. an
 * entity type). `annotate` marks every token covered by a longest match with `B-label` / `I-label`,
 * which the feature extractor turns into features named after the gazetteer. The same class serves the
 * lexicon derived from the training data and external lists (places, person names) added later: any
 * object implementing `GazetteerSource` can be passed to the feature extractor.
 */

export interface GazetteerSource {
  /** Names the features (`gz:<name>=B-LOC`); must be stable between training and tagging. */
  readonly name: string;
  /** Whether match features also say if the token is capitalised (`gz:<name>=B-LOC:lc` when it is not). */
  readonly cased?: boolean;
  /** Per token: `B-label`, `I-label` or undefined. `lower` are lower-cased normalised tokens. */
  annotate(lower: readonly string[]): (string | undefined)[];
}

export interface GazetteerEntry {
  readonly tokens: readonly string[];
  readonly label: string;
}

export class PhraseGazetteer implements GazetteerSource {
  /** First token → entries starting with it, longest first. */
  private readonly byFirst = new Map<string, { tokens: readonly string[]; labels: string[] }[]>();
  private readonly byKey = new Map<string, { tokens: readonly string[]; labels: string[] }>();
  /** First tokens whose entry lists need re-sorting (longest first) before the next match. */
  private readonly unsorted = new Set<string>();

  constructor(
    readonly name: string,
    entries: Iterable<GazetteerEntry> = [],
    readonly maxLength = 8,
    readonly cased = false,
  ) {
    for (const e of entries) this.add(e.tokens, e.label);
  }

  get entryCount(): number {
    return this.byKey.size;
  }

  /** Adds a phrase (tokens already lower-cased and normalised); repeated labels are kept once. */
  add(tokens: readonly string[], label: string): void {
    if (tokens.length === 0 || tokens.length > this.maxLength) return;
    const key = tokens.join('\u0001');
    const same = this.byKey.get(key);
    if (same) {
      if (!same.labels.includes(label)) same.labels.push(label);
      return;
    }
    const first = tokens[0]!;
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    const entry = { tokens: [...tokens], labels: [label] };
    list.push(entry);
    this.byKey.set(key, entry);
    if (list.length > 1) this.unsorted.add(first);
  }

  /** Entries as plain data (for serialisation), labels joined with `|`. */
  entries(): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    for (const x of this.byKey.values()) for (const label of x.labels) out.push({ tokens: x.tokens, label });
    return out;
  }

  annotate(lower: readonly string[]): (string | undefined)[] {
    if (this.unsorted.size > 0) {
      // Stable sort: among equal lengths, insertion order decides.
      for (const first of this.unsorted) this.byFirst.get(first)!.sort((a, b) => b.tokens.length - a.tokens.length);
      this.unsorted.clear();
    }
    const out: (string | undefined)[] = new Array(lower.length).fill(undefined);
    let i = 0;
    while (i < lower.length) {
      const list = this.byFirst.get(lower[i]!);
      let matched = 0;
      let label = '';
      if (list) {
        for (const x of list) {
          const n = x.tokens.length;
          if (i + n > lower.length) continue;
          let ok = true;
          for (let k = 1; k < n; k++) if (x.tokens[k] !== lower[i + k]) { ok = false; break; }
          if (ok) {
            matched = n;
            label = x.labels.join('|');
            break;
          }
        }
      }
      if (matched === 0) { i++; continue; }
      out[i] = `B-${label}`;
      for (let k = 1; k < matched; k++) out[i + k] = `I-${label}`;
      i += matched;
    }
    return out;
  }
}
