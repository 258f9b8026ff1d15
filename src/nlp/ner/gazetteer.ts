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
  /**
   * Per token: `B-label`, `I-label` or undefined. `lower` are lower-cased normalised tokens; `words`,
   * when given, holds for each token what `word` returned for it (a caller that keeps per-word data
   * looks each word up once instead of at every occurrence). The result is the same without it.
   */
  annotate(
    lower: readonly string[],
    words?: readonly (GazetteerWord | undefined)[],
  ): (string | undefined)[];
  /** What this gazetteer knows about one lower-cased normalised word, for `annotate`'s `words`. */
  word?(lower: string): GazetteerWord;
}

/** A gazetteer's entry for one word (opaque: only the gazetteer that made it reads it). */
export interface GazetteerWord {
  readonly source: GazetteerSource;
}

export interface GazetteerEntry {
  readonly tokens: readonly string[];
  readonly label: string;
}

interface Phrase {
  readonly tokens: readonly string[];
  readonly labels: string[];
  /** `labels` joined with `|` (what the features show). */
  joined: string;
  /** `B-joined` and `I-joined`, made once (`tagsOf`); `taggedAs` is the `joined` they were made from. */
  b?: string;
  i?: string;
  taggedAs?: string;
}

/** The B- and I- annotations of a phrase, made on first use (and again if its labels changed). */
function tagsOf(x: Phrase): Phrase {
  if (x.taggedAs !== x.joined) {
    x.b = `B-${x.joined}`;
    x.i = `I-${x.joined}`;
    x.taggedAs = x.joined;
  }
  return x;
}

/** The phrases a token can start: its one-token phrase, and by second token the longer ones. */
interface PhraseStart extends GazetteerWord {
  /** The gazetteer's `version` it was made from: an entry added since makes it out of date. */
  readonly version: number;
  readonly single: Phrase | undefined;
  readonly bySecond: ReadonlyMap<string, Phrase[]> | undefined;
}

export class PhraseGazetteer implements GazetteerSource {
  /** One-token phrases: token → phrase. Most entries; a match is one map lookup. */
  private readonly single = new Map<string, Phrase>();
  /** First token → phrases of two or more tokens starting with it, longest first. */
  private readonly multi = new Map<string, Phrase[]>();
  private readonly byKey = new Map<string, Phrase>();
  /** First tokens whose phrase lists need re-sorting (longest first) before the next match. */
  private readonly unsorted = new Set<string>();
  /**
   * First token → second token → the phrases of `multi` starting with both, in `multi`'s order (a
   * common first word such as "de" starts hundreds of phrases; the second word leaves a few).
   */
  private readonly byPair = new Map<string, Map<string, Phrase[]>>();
  /** First tokens whose `byPair` entry is out of date. */
  private readonly stale = new Set<string>();
  /**
   * Token → what starts with it (its one-token phrase, its `byPair` entry): one lookup per token in
   * `annotate` instead of two. Rebuilt before the next match after an entry is added.
   */
  private starts = new Map<string, PhraseStart>();
  private startsStale = false;
  /** Counts rebuilds of `starts`; a `PhraseStart` of another version is out of date. */
  private version = 0;
  /** The start of a word that starts no phrase (of the current version). */
  private none: PhraseStart = { source: this, version: 0, single: undefined, bySecond: undefined };

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
      if (!same.labels.includes(label)) {
        same.labels.push(label);
        same.joined = same.labels.join('|');
      }
      return;
    }
    this.insert(key, { tokens: [...tokens], labels: [label], joined: label });
  }

  private insert(key: string, phrase: Phrase): void {
    this.byKey.set(key, phrase);
    this.startsStale = true;
    const first = phrase.tokens[0]!;
    if (phrase.tokens.length === 1) {
      this.single.set(first, phrase);
      return;
    }
    let list = this.multi.get(first);
    if (!list) this.multi.set(first, (list = []));
    list.push(phrase);
    if (list.length > 1) this.unsorted.add(first);
    this.stale.add(first);
  }

  /** Entries as plain data, one per (phrase, label), in insertion order. */
  entries(): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    for (const x of this.byKey.values())
      for (const label of x.labels) out.push({ tokens: x.tokens, label });
    return out;
  }

  /**
   * Compact text form for model files: one phrase a line, `token token\tLABEL|LABEL`, in insertion
   * order. `fromLines` reads it back into an equal gazetteer.
   */
  toLines(): string {
    const out: string[] = [];
    for (const x of this.byKey.values()) out.push(x.tokens.join(' ') + '\t' + x.joined);
    return out.join('\n');
  }

  static fromLines(name: string, text: string, maxLength = 8, cased = false): PhraseGazetteer {
    const g = new PhraseGazetteer(name, [], maxLength, cased);
    if (text === '') return g;
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      const tokens = line.slice(0, tab).split(' ');
      if (tokens.length > maxLength) continue;
      const joined = line.slice(tab + 1);
      const key = tokens.join('\u0001');
      const same = g.byKey.get(key);
      if (same) {
        for (const label of joined.split('|'))
          if (!same.labels.includes(label)) same.labels.push(label);
        same.joined = same.labels.join('|');
        continue;
      }
      g.insert(key, { tokens, labels: joined.split('|'), joined });
    }
    return g;
  }

  word(lower: string): GazetteerWord {
    this.prepare();
    return this.starts.get(lower) ?? this.none;
  }

  annotate(
    lower: readonly string[],
    words?: readonly (GazetteerWord | undefined)[],
  ): (string | undefined)[] {
    this.prepare();
    const n = lower.length;
    const out: (string | undefined)[] = new Array(n).fill(undefined);
    let i = 0;
    while (i < n) {
      const given = words?.[i] as PhraseStart | undefined;
      const start =
        given !== undefined && given.source === this && given.version === this.version
          ? given
          : this.starts.get(lower[i]!);
      if (start === undefined || start === this.none) {
        i++;
        continue;
      }
      let matched = 0;
      let phrase: Phrase | undefined;
      const list = i + 1 < n ? start.bySecond?.get(lower[i + 1]!) : undefined;
      if (list) {
        for (const x of list) {
          const len = x.tokens.length;
          if (i + len > n) continue;
          let ok = true;
          for (let k = 1; k < len; k++)
            if (x.tokens[k] !== lower[i + k]) {
              ok = false;
              break;
            }
          if (ok) {
            matched = len;
            phrase = x;
            break;
          }
        }
      }
      if (matched === 0) {
        phrase = start.single;
        if (phrase === undefined) {
          i++;
          continue;
        }
        matched = 1;
      }
      const tags = tagsOf(phrase!);
      out[i] = tags.b;
      for (let k = 1; k < matched; k++) out[i + k] = tags.i;
      i += matched;
    }
    return out;
  }

  /** Brings the match indexes up to date with the entries added since the last match. */
  private prepare(): void {
    if (this.unsorted.size > 0) {
      // Stable sort: among equal lengths, insertion order decides.
      for (const first of this.unsorted)
        this.multi.get(first)!.sort((a, b) => b.tokens.length - a.tokens.length);
      this.unsorted.clear();
    }
    if (this.stale.size > 0) {
      for (const first of this.stale) {
        const bySecond = new Map<string, Phrase[]>();
        for (const x of this.multi.get(first)!) {
          const second = x.tokens[1]!;
          let same = bySecond.get(second);
          if (!same) bySecond.set(second, (same = []));
          same.push(x);
        }
        this.byPair.set(first, bySecond);
      }
      this.stale.clear();
    }
    if (this.startsStale) {
      const version = ++this.version;
      const starts = new Map<string, PhraseStart>();
      for (const [w, single] of this.single)
        starts.set(w, { source: this, version, single, bySecond: undefined });
      for (const [w, bySecond] of this.byPair)
        starts.set(w, { source: this, version, single: this.single.get(w), bySecond });
      this.starts = starts;
      this.none = { source: this, version, single: undefined, bySecond: undefined };
      this.startsStale = false;
    }
  }
}
