/**
 * Hard-wrapped text (e-mail, plain-text newsletters, many .txt exports) breaks lines inside sentences.
 * A blank line ends a paragraph; inside a paragraph a single line break becomes a space when the line
 * is a wrapped one (the paragraph's lines are wrap-width short and this line fills most of the width)
 * or when the next line plainly continues it (the line has no closing punctuation and the next starts
 * in lower case). Headlines, datelines and list items keep their line breaks: they are short lines
 * followed by a capitalised one, or start with a list marker. A break between two capitalised words
 * stays too: it separates names as often as it wraps one. Pure, and it only ever replaces a "\n"
 * by a " ", so the text keeps its length and every later offset indexes the result.
 */

/** Lines longer than this are paragraphs written on one line, not a wrapped text. */
const MAX_WRAP_WIDTH = 120;
/** A wrapped line fills at least this share of the paragraph's longest line. */
const FULL_LINE = 0.6;
const CLOSING = /[.!?:;…»"”')\]]$/u;
const LIST_ITEM = /^\s*(?:[-*•·–—]\s|\d{1,3}[.)]\s)/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const ENDS_IN_CAPITALISED_WORD = /(?:^|\s)\p{Lu}[\p{L}\p{M}'’-]*$/u;

function joins(line: string, next: string, width: number): boolean {
  if (LIST_ITEM.test(next) || next.trim() === '' || line.trim() === '') return false;
  if (!CLOSING.test(line.trimEnd()) && STARTS_LOWER.test(next)) return true;
  // A capitalised word on each side ("Cape Town" / "South Africa"): the break separates two names
  // (an address, a list) as often as it wraps one; joining would glue them into one name.
  if (ENDS_IN_CAPITALISED_WORD.test(line) && STARTS_UPPER.test(next)) return false;
  return width <= MAX_WRAP_WIDTH && line.length >= FULL_LINE * width;
}

export function unwrapLines(text: string): string {
  return text
    .split(/(\n{2,})/)
    .map((part) => {
      if (part.startsWith('\n')) return part;
      const lines = part.split('\n');
      if (lines.length < 2) return part;
      const width = Math.max(...lines.map((l) => l.length));
      let out = lines[0]!;
      for (let i = 1; i < lines.length; i++)
        out += (joins(lines[i - 1]!, lines[i]!, width) ? ' ' : '\n') + lines[i]!;
      return out;
    })
    .join('');
}
