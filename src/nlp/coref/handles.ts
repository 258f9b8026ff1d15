/**
 * A social-media handle joins the person whose name it spells: "@anaruizprado_" is Ana Ruiz Prado's
 * account, "@AnaRuizG" Ana Ruiz's. The handle, folded and stripped of everything but letters
 * and digits, starts with two or more consecutive words of the person's name run together, and what
 * is left after them is at most a short tag (an initial, a number). One person must match.
 */
import { foldName } from '../../schema/index.js';
import { isHandle } from '../mentions/shape.js';
import { mergeInto, type MentionGroup } from './metonyms.js';

/** Letters and digits a handle may add after the name it spells ("_", "G", "85"). */
const MAX_TAIL = 3;

const squeeze = (text: string): string => foldName(text).replace(/[^\p{L}\p{N}]/gu, '');

export function mergeHandles(groups: readonly MentionGroup[]): MentionGroup[] {
  const handles = groups.filter((g) => g.every((m) => isHandle(m.text)));
  if (handles.length === 0) return [...groups];
  const people = groups.filter(
    (g) => g.every((m) => m.type === 'Person') && g.some((m) => !isHandle(m.text)),
  );
  /** Per person: every run of two or more consecutive name words, squeezed. */
  const runs = new Map(
    people.map((p) => [
      p,
      new Set(
        p
          .filter((m) => !isHandle(m.text))
          .flatMap((m) => {
            const words = foldName(m.text).split(/\s+/u);
            const out: string[] = [];
            for (let i = 0; i < words.length; i++)
              for (let j = i + 2; j <= words.length; j++)
                out.push(squeeze(words.slice(i, j).join('')));
            return out;
          }),
      ),
    ]),
  );
  const moves = new Map<MentionGroup, MentionGroup>();
  for (const group of handles) {
    const handle = squeeze(group[0]!.text);
    const spells = (run: string): boolean =>
      run.length >= 6 && handle.startsWith(run) && handle.length - run.length <= MAX_TAIL;
    const found = people.filter((p) => [...runs.get(p)!].some(spells));
    if (found.length === 1) moves.set(group, found[0]!);
  }
  return mergeInto(groups, moves);
}
