/**
 * Which node labels to draw and where, on small graphs: most important first (the selection, then
 * the focused nodes, then by relation degree and mentions), each placed right of its node, else
 * left, else below or above, never over a label already placed, never over another node's disc and
 * never past the canvas edge. Pure: candidates and a text measure in, boxes out.
 */

export interface LabelCandidate {
  key: string;
  text: string;
  /** Short type mark drawn before the text (so type is not told by colour alone). */
  mark: string;
  /** Node centre and rendered radius, in viewport pixels. */
  x: number;
  y: number;
  radius: number;
  /** Higher first. Infinity: always drawn (the selection). */
  priority: number;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends LabelCandidate, Box {
  /** Box of mark + text, viewport pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  markWidth: number;
}

export interface PlacementOptions {
  width: number;
  height: number;
  fontSize: number;
  measure(text: string): number;
  /** Free pixels kept around each label. */
  gap?: number;
  /**
   * The first this-many labels by priority may cover other nodes' discs when no spot is free of
   * them (never another label): the hubs stay named in a crowded view. Default 8.
   */
  leaders?: number;
}

const MARK_PADDING = 3;
const MARK_GAP = 3;
const CELL = 64;

/** Buckets of placed boxes by grid cell, so a collision test looks at a few boxes only. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  private *cellsOf(left: number, top: number, width: number, height: number) {
    for (let cx = Math.floor(left / CELL); cx <= Math.floor((left + width) / CELL); cx++)
      for (let cy = Math.floor(top / CELL); cy <= Math.floor((top + height) / CELL); cy++)
        yield cx * 100_003 + cy;
  }
  collides(left: number, top: number, width: number, height: number, gap: number): boolean {
    for (const cell of this.cellsOf(left - gap, top - gap, width + 2 * gap, height + 2 * gap)) {
      for (const b of this.cells.get(cell) ?? []) {
        if (
          left < b.left + b.width + gap &&
          b.left < left + width + gap &&
          top < b.top + b.height + gap &&
          b.top < top + height + gap
        )
          return true;
      }
    }
    return false;
  }
  add(box: Box): void {
    for (const cell of this.cellsOf(box.left, box.top, box.width, box.height)) {
      const list = this.cells.get(cell);
      if (list) list.push(box);
      else this.cells.set(cell, [box]);
    }
  }
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { width, height, fontSize, measure } = options;
  const gap = options.gap ?? 2;
  const boxHeight = Math.round(fontSize * 1.25);
  const grid = new BoxGrid();
  const discs = new BoxGrid();
  const placed: PlacedLabel[] = [];
  const leaders = options.leaders ?? 8;
  // Every node's disc is an obstacle: a label hides no node (leaders excepted, see above).
  for (const c of candidates)
    discs.add({
      left: c.x - c.radius,
      top: c.y - c.radius,
      width: 2 * c.radius,
      height: 2 * c.radius,
    });
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.y - b.y || a.x - b.x);
  for (const [rank, c] of sorted.entries()) {
    // Labels of nodes outside the view are not drawn (they would be cut or pile up at the border).
    if (c.x < -c.radius || c.x > width + c.radius || c.y < -c.radius || c.y > height + c.radius)
      continue;
    const markWidth = c.mark ? measure(c.mark) + 2 * MARK_PADDING : 0;
    const w = Math.ceil(markWidth + (c.mark ? MARK_GAP : 0) + measure(c.text));
    if (w > width - 2) continue;
    const middle = c.y - boxHeight / 2;
    const spots: Array<[number, number]> = [
      [c.x + c.radius + 4, middle],
      [c.x - c.radius - 4 - w, middle],
      [c.x - w / 2, c.y + c.radius + 3],
      [c.x - w / 2, c.y - c.radius - 3 - boxHeight],
    ];
    const passes = rank < leaders ? [true, false] : [true];
    search: for (const avoidDiscs of passes) {
      for (const [rawLeft, rawTop] of spots) {
        const left = Math.min(Math.max(1, rawLeft), width - w - 1);
        const top = Math.min(Math.max(1, rawTop), height - boxHeight - 1);
        // A spot pushed far from its node by the edges would point at the wrong node.
        if (Math.abs(left - rawLeft) > c.radius + 4 || Math.abs(top - rawTop) > boxHeight) continue;
        if (grid.collides(left, top, w, boxHeight, gap)) continue;
        if (avoidDiscs && discs.collides(left, top, w, boxHeight, 1)) continue;
        const box: PlacedLabel = { ...c, left, top, width: w, height: boxHeight, markWidth };
        grid.add(box);
        placed.push(box);
        break search;
      }
    }
  }
  return placed;
}
